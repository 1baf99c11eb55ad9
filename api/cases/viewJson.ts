// A case view serialised once, as UTF-8, with the place of its access token known: the token is the only part of a
// lookup's answer that changes, and only once a minute (see makeTokenIssuer), so the answer's bytes are kept with the
// token they hold and given again until it changes; a new token goes into new bytes.
import type { CaseView } from '../schemas/caseView.ts';

export interface ViewJson {
  /** The answer last given: the view with `token` in its place. Never changed once given (a socket may be sending it). */
  bytes: Buffer<ArrayBuffer>;
  token: string;
  /** Where the token's JSON string starts and ends in `bytes`. */
  tokenStart: number;
  tokenEnd: number;
}

const EMPTY_TOKEN = '"accessToken":""';

/** The view as JSON.stringify writes it, keys in the view's own order, with an empty token. */
export function viewJson(view: CaseView): ViewJson {
  const text = JSON.stringify({ ...view, accessToken: '' });
  // Only a key can be followed by `:`; strings inside the view have their quotes escaped.
  const at = text.indexOf(EMPTY_TOKEN) + EMPTY_TOKEN.length - 2;
  const tokenStart = Buffer.byteLength(text.slice(0, at));
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return { bytes, token: '', tokenStart, tokenEnd: tokenStart + 2 };
}

/** The same bytes as JSON.stringify({ ...view, accessToken }) in UTF-8. */
export function withAccessToken(json: ViewJson, accessToken: string): Buffer<ArrayBuffer> {
  if (json.token === accessToken) return json.bytes;
  const { bytes, tokenStart, tokenEnd } = json;
  const token = JSON.stringify(accessToken);
  // Kept in the view cache: a buffer of its own, not a slice that would keep one of Node's shared pools alive.
  const out = Buffer.allocUnsafeSlow(tokenStart + Buffer.byteLength(token) + bytes.length - tokenEnd);
  bytes.copy(out, 0, 0, tokenStart);
  const end = tokenStart + out.write(token, tokenStart);
  bytes.copy(out, end, tokenEnd);
  Object.assign(json, { bytes: out, token: accessToken, tokenEnd: end });
  return out;
}
