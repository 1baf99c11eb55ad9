// The kiosk's service worker, written into dist/kiosk/sw.js after the build: its precache list is every kiosk page,
// the scripts and styles they load (dist/_astro), the search files the search island fetches (pagefind/,
// search-*.json: site/islands/search/engine.ts) and the read-aloud audio the kiosk pages point at. The cache's name
// carries a hash of all those files, so a new build's worker replaces the old cache instead of mixing with it.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const COMPRESSED = /\.(gz|br|zst)$/;

async function filesUnder(dir) {
  try {
    return (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

const posix = (dist, file) => relative(dist, file).split(sep).join('/');
// A page is fetched as its directory URL (trailingSlash: 'always'), never as …/index.html.
const urlPath = (path) => (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);

/** Paths (relative to dist, no leading slash) the kiosk needs offline, sorted. */
export async function kioskPrecache(dist) {
  const kioskFiles = (await filesUnder(join(dist, 'kiosk'))).filter((f) => !COMPRESSED.test(f) && !/kiosk\/(sw\.js|build\.json)$/.test(posix(dist, f)));
  const paths = new Set(kioskFiles.map((f) => posix(dist, f)));
  for (const f of await filesUnder(join(dist, '_astro'))) if (!COMPRESSED.test(f)) paths.add(posix(dist, f));
  for (const f of await filesUnder(join(dist, 'pagefind'))) if (!COMPRESSED.test(f)) paths.add(posix(dist, f));
  for (const name of await readdir(dist)) if (/^search-.*\.json$/.test(name)) paths.add(name);
  for (const page of kioskFiles.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(page, 'utf8');
    for (const [, src] of html.matchAll(/<audio[^>]*\ssrc="([^"]+)"/g)) {
      const at = src.indexOf('audio/');
      if (at >= 0) paths.add(src.slice(at));
    }
  }
  return [...paths].sort();
}

export async function buildKioskServiceWorker(dist, base) {
  const paths = await kioskPrecache(dist);
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(path);
    try {
      hash.update(await readFile(join(dist, path)));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      throw new Error(`kiosk precache: ${path} is referenced by a kiosk page but is not in ${dist}`);
    }
  }
  const version = hash.digest('hex').slice(0, 16);
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const urls = [...paths.map((p) => `${base}${urlPath(p)}`), `${base}kiosk/build.json`];
  const worker = (await readFile(new URL('./kiosk-sw-template.js', import.meta.url), 'utf8'))
    .replace('__VERSION__', JSON.stringify(version))
    .replace('__BASE__', JSON.stringify(base))
    .replace('__PRECACHE__', JSON.stringify(urls));
  await mkdir(join(dist, 'kiosk'), { recursive: true });
  await writeFile(join(dist, 'kiosk', 'sw.js'), worker);
  await writeFile(join(dist, 'kiosk', 'build.json'), JSON.stringify({ version: `${pkg.version}+${version}` }));
  return { files: urls.length, version };
}
