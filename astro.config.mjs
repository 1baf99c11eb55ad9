// @ts-check
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import focusDirective from './site/integrations/focus-directive.mjs';
import { basePath } from './site/config/base-path.mjs';

// Static build; the Hono server (api/server.ts) serves dist/ and /api in one process.
export default defineConfig({
  srcDir: './site',
  outDir: process.env.DIST_DIR ?? './dist',
  publicDir: './site/public',
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [solid(), focusDirective()],
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // Hashes of inline scripts and styles go into a <meta> CSP (scripts/build/csp-hashes.mjs adds those Astro
  // does not see: is:inline and Solid's hydration script); Pagefind needs WebAssembly.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "media-src 'self' blob:", "connect-src 'self'", "object-src 'none'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
