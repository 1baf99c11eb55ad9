// Node's response on the portal's own server (servePortal): the headers every answer carries (security headers,
// request id, no-store; see setResponseHeader) wait in a plain object and go out with the handler's own in the one
// writeHead. Set one by one with setHeader, Node checks, lower-cases and files each, and writeHead then merges them
// with the handler's again: for a lookup that cost more than the lookup's own work.
import { ServerResponse, type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders } from 'node:http';

type GivenHeaders = OutgoingHttpHeaders | OutgoingHttpHeader[];

/** Whether `headers` has a header of this name, in any case (names compared by length first: most differ). */
function named(headers: string[], name: string): boolean {
  for (const given of headers) if (given.length === name.length && given.toLowerCase() === name.toLowerCase()) return true;
  return false;
}

export class PortalResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  /** Headers set before the handler answered, by name as set; a header of the handler's own of the same name wins. */
  portalHeaders: Record<string, string> | undefined = undefined;

  override writeHead(statusCode: number, statusMessage?: string, headers?: GivenHeaders): this;
  override writeHead(statusCode: number, headers?: GivenHeaders): this;
  override writeHead(statusCode: number, reasonOrHeaders?: string | GivenHeaders, maybeHeaders?: GivenHeaders): this {
    const reason = typeof reasonOrHeaders === 'string' ? reasonOrHeaders : undefined;
    const given = typeof reasonOrHeaders === 'string' ? maybeHeaders : reasonOrHeaders;
    const own = this.portalHeaders;
    this.portalHeaders = undefined;
    let headers = given;
    if (own !== undefined && Array.isArray(given)) {
      // Arrays (nobody here gives them) get Node's own merge, as if ours had been set with setHeader.
      for (const name in own) this.setHeader(name, own[name]!);
    } else if (own !== undefined) {
      const givenNames = given ? Object.keys(given) : [];
      const merged: OutgoingHttpHeaders = {};
      for (const name in own) if (!named(givenNames, name)) merged[name] = own[name];
      headers = given ? Object.assign(merged, given) : merged;
    }
    return reason === undefined ? super.writeHead(statusCode, headers) : super.writeHead(statusCode, reason, headers);
  }
}
