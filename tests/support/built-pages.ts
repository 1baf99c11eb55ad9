import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** URL paths of every built HTML page, e.g. '', 'policy/dibao/', 'en/', '404.html'. */
export function builtPages(dist = distDir): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).replace(/index\.html$/, ''))
    .sort();
}
