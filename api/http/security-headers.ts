import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './responseHeaders.ts';

// One set of headers for pages and API. Pages carry a stricter <meta> CSP with script and style hashes
// (Astro security.csp); this header adds what a meta tag cannot say (frame-ancestors) and bounds the rest.
const headers: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
  'X-Frame-Options': 'SAMEORIGIN',
};

if (process.env.HSTS === '1') headers['Strict-Transport-Security'] = 'max-age=31536000';
const entries = Object.entries(headers);

// Set before the handler runs, so they go out with whatever response it makes: touching c.res.headers afterwards
// turns @hono/node-server's lightweight response into a full one, which cost a quarter of a lookup.
export const securityHeaders: MiddlewareHandler = (c, next) => {
  for (const [name, value] of entries) setResponseHeader(c, name, value);
  return next();
};
