// A case view serialised once, as UTF-8, with the place of its access token left open: the token is the only part
// of a lookup's answer that changes per request, so the rest is not turned into JSON (nor UTF-8) again each time.
import type { CaseView } from '../schemas/caseView.ts';

export interface ViewJson {
  /** Up to and including `"accessToken":`. */
  head: Buffer;
  /** Everything after the token's value. */
  tail: Buffer;
}

const EMPTY_TOKEN = '"accessToken":""';

/** The view as JSON.stringify writes it, keys in the view's own order. */
export function viewJson(view: CaseView): ViewJson {
  const text = JSON.stringify({ ...view, accessToken: '' });
  // Only a key can be followed by `:`; strings inside the view have their quotes escaped.
  const at = text.indexOf(EMPTY_TOKEN) + EMPTY_TOKEN.length - 2;
  return { head: Buffer.from(text.slice(0, at)), tail: Buffer.from(text.slice(at + 2)) };
}

/** The same bytes as JSON.stringify({ ...view, accessToken }) in UTF-8. */
export function withAccessToken(json: ViewJson, accessToken: string): Buffer<ArrayBuffer> {
  const token = JSON.stringify(accessToken);
  const out = Buffer.allocUnsafe(json.head.length + Buffer.byteLength(token) + json.tail.length);
  json.head.copy(out, 0);
  const end = json.head.length + out.write(token, json.head.length);
  json.tail.copy(out, end);
  return out;
}
