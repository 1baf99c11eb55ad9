// What an image worker does with an upload's body: finds the photo in the form, checks what it really is,
// re-encodes it and writes it to disk. All of it runs in the worker, off the server's event loop and threads.
import { createFileDurably } from '../files/durableFile.ts';
import { UPLOAD_MAX_BYTES } from '../schemas/uploads.ts';
import { imageFormatOf } from './magic.ts';
import { reencode, type ReencodeRules } from './reencode.ts';

export type Processed =
  | { ok: true; bytes: number; width: number; height: number }
  | { ok: false; problem: 'malformed' | 'no_file' | 'too_large' | 'unsupported' | 'unreadable' | 'too_many_pixels' | 'timed_out' };

export async function processUpload(body: Uint8Array<ArrayBuffer>, contentType: string, path: string, rules: ReencodeRules): Promise<Processed> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => undefined);
  if (!form) return { ok: false, problem: 'malformed' };
  const file = form.get('file');
  if (!(file instanceof File)) return { ok: false, problem: 'no_file' };
  if (file.size > UPLOAD_MAX_BYTES) return { ok: false, problem: 'too_large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The format a file really is comes from its first bytes; its name and declared type are not trusted.
  if (!imageFormatOf(bytes)) return { ok: false, problem: 'unsupported' };
  const image = await reencode(bytes, rules);
  if (!image.ok) return image;
  await createFileDurably(path, image.data);
  return { ok: true, bytes: image.data.length, width: image.width, height: image.height };
}
