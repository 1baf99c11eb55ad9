import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const metaCsp = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** Adds the hash of every inline script Astro did not hash (is:inline, Solid's hydration script) to the page's CSP. */
export async function completeCspHashes(dist) {
  let added = 0;
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, 'utf8');
    const csp = metaCsp.exec(html)?.[2];
    if (!csp) continue;
    const missing = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`)
      .filter((hash) => !csp.includes(hash));
    if (missing.length === 0) continue;
    const completed = csp.replace(/script-src ([^;]*)/, (_, sources) => `script-src ${sources} ${[...new Set(missing)].join(' ')}`);
    await writeFile(path, html.replace(metaCsp, `$1${completed}$3`));
    added += missing.length;
  }
  return added;
}
