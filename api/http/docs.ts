// GET /api/openapi.json's settings, and GET /api/docs: the operations as a plain HTML page (no scripts; CSP is strict).
import { html, raw } from 'hono/html';

export const openApiConfig = {
  openapi: '3.1.0',
  info: { title: '民政云 API', version: '0.1.0', description: 'Resident services of the county civil-affairs bureau. Errors: { code, message, field?, requestId }.' },
};

/** The docs page has no script, style or image of its own: its header allows none. */
export const DOCS_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

interface Operation {
  summary?: string;
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}
type Paths = Record<string, Record<string, Operation>>;

export function docsPage(paths: Paths, openApiHref: string) {
  const rows = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) =>
        html`<section><h2><code>${method.toUpperCase()} ${path}</code></h2><p>${op.summary ?? ''}</p><ul>${raw(
          Object.entries(op.responses ?? {})
            .map(([status, r]) => `<li><code>${status}</code> ${escapeText(r.description ?? '')}</li>`)
            .join(''),
        )}</ul></section>`,
    ),
  );
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>民政云 API</title></head><body><main><h1>民政云 API</h1><p>Machine-readable: <a href="${openApiHref}">openapi.json</a>. Every error answers <code>{ code, message, field?, requestId }</code>; send <code>Accept-Language: en</code> or <code>?lang=en</code> for English messages.</p>${rows}</main></body></html>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
