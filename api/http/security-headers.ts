import type { Context } from 'hono';
import { servedOverTls } from './transport.ts';
import { setResponseHeader, setResponseHeaders } from './responseHeaders.ts';

/** Directives a <meta> CSP cannot carry or that pages leave out; the site's page policies end with them too. */
export const HEADER_ONLY_DIRECTIVES = "base-uri 'self'; frame-ancestors 'self'";

// API answers and anything else that is not a built page (those get their own hashes, see page-csp.ts): no inline
// script or style at all.
export const DEFAULT_CSP = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; form-action 'self'; ${HEADER_ONLY_DIRECTIVES}`;

const pageHeaders: Record<string, string> = {
  'Content-Security-Policy': DEFAULT_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
  'X-Frame-Options': 'SAMEORIGIN',
};
// JSON and photos are never rendered as a document: they load nothing and may not be framed or read cross-origin.
// Referrer and permissions are said anyway, so an answer opened as a page in a browser tab leaks and allows nothing.
const apiHeaders: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

// On by default: a browser only heeds it over TLS, and a site served over TLS must not be reachable without it.
// HSTS=0 turns it off (e.g. while a county tries TLS before committing to it for a year).
const hsts = process.env.HSTS !== '0';
const HSTS_VALUE = 'max-age=31536000';

/** Sets the headers for the request's path: API answers get theirs, anything else the page set (and HSTS over TLS). */
export type SecurityHeaders = (c: Context) => void;

// Set before the handler runs, so they go out with whatever response it makes: touching c.res.headers afterwards
// turns @hono/node-server's lightweight response into a full one, which cost a quarter of a lookup.
export function securityHeaders(trustProxy: boolean, base: string): SecurityHeaders {
  const api = `${base.replace(/\/$/, '')}/api/`;
  const docs = `${api}docs`;
  return (c) => {
    const path = c.req.path;
    setResponseHeaders(c, path.startsWith(api) && path !== docs ? apiHeaders : pageHeaders);
    if (hsts && servedOverTls(c, trustProxy)) setResponseHeader(c, 'Strict-Transport-Security', HSTS_VALUE);
  };
}
