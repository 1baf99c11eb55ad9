import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const metaCsp = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Each page's policy by its file under dist/ (e.g. apply/index.html): the server sends it as the CSP header. */
export const CSP_MANIFEST = 'csp-pages.json';

/**
 * Adds the hash of every inline script Astro did not hash (is:inline, Solid's hydration script) to the page's CSP,
 * and writes every page's completed policy to the manifest, so the header carries the same hashes as the page.
 */
export async function completeCspHashes(dist) {
  let added = 0;
  /** @type {Record<string, string>} */
  const policies = {};
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, 'utf8');
    const csp = metaCsp.exec(html)?.[2];
    if (!csp) continue;
    const missing = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`)
      .filter((hash) => !csp.includes(hash));
    const completed = missing.length === 0 ? csp : csp.replace(/script-src ([^;]*)/, (_, sources) => `script-src ${sources} ${[...new Set(missing)].join(' ')}`);
    policies[relative(dist, path).split('\\').join('/')] = completed;
    if (missing.length === 0) continue;
    await writeFile(path, html.replace(metaCsp, `$1${completed}$3`));
    added += missing.length;
  }
  await writeFile(join(dist, CSP_MANIFEST), JSON.stringify(policies));
  return added;
}
