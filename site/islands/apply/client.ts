// The only way islands reach the API: Hono's typed client, under the site's base path, in the page's language.
import { hc } from 'hono/client';
import type { Api } from '../../../api/app.ts';
import { terminalHeaders } from '../../lib/kiosk-terminal.ts';

/**
 * `csrfToken`: the signed-in page's token from POST /api/session, sent with every request (the API needs it on changes).
 * On a kiosk terminal every request also carries its X-Terminal-Key, read per request: lookups, finds and ratings
 * count against the terminal, not the village's one IP, and the key may arrive after the island was made.
 */
export function apiClient(base: string, lang: string, csrfToken?: string) {
  const fixed = { 'Accept-Language': lang, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) };
  return hc<Api>(new URL(base, location.origin).href, { headers: () => ({ ...fixed, ...terminalHeaders() }) });
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The one error body of every API failure. */
export interface ApiFailure {
  code: string;
  message: string;
  field?: string;
  requestId?: string;
}

/** The error body of a failed response, or a generic one when the body is not ours (a proxy's page, a cut connection). */
export async function failureOf(response: Response, fallback: string): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as Partial<ApiFailure>;
    if (typeof body.code === 'string' && typeof body.message === 'string') return body as ApiFailure;
  } catch {
    // not JSON: fall through to the generic message
  }
  return { code: `http_${response.status}`, message: fallback };
}
