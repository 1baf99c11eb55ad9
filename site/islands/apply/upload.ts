// Document photos: checked in the browser first, then sent with XMLHttpRequest (fetch has no upload progress).
import type { InferResponseType } from 'hono/client';
import type { ApiClient, ApiFailure } from './client.ts';

export type UploadAnswer = InferResponseType<ApiClient['api']['uploads']['$post'], 201>;

/** Types the server accepts (it checks the bytes too). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTOS_PER_CLAIM = 10;

/** Why a file is refused before sending, as a key of the apply strings, or undefined when it may go. */
export function photoProblem(file: File): 'upload.type' | 'upload.size' | undefined {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'upload.type';
  if (file.size > PHOTO_MAX_BYTES) return 'upload.size';
  return undefined;
}

/** Sends one photo; `onProgress` gets 0–1. Rejects with the API's error body. */
export function uploadPhoto(client: ApiClient, lang: string, file: File, onProgress: (share: number) => void, fallback: string): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', client.api.uploads.$url().href);
    request.setRequestHeader('Accept-Language', lang);
    request.responseType = 'json';
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onload = () => {
      const body = request.response as (UploadAnswer & Partial<ApiFailure>) | null;
      if (request.status === 201 && body?.uploadId) resolve(body);
      else reject({ code: body?.code ?? `http_${request.status}`, message: body?.message ?? fallback } satisfies ApiFailure);
    };
    request.onerror = () => reject({ code: 'network', message: fallback } satisfies ApiFailure);
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
