import * as pagefind from 'pagefind';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Pagefind index of the built pages (its extended binary segments Chinese into words). */
export async function buildSearchIndex(dist) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await linkVocabulary(dist);
  return added.page_count;
}

/** Each fragment's page: Pagefind id → { url, title, summary }. */
async function fragments(dist) {
  const dir = `${dist}/pagefind/fragment`;
  const pages = new Map();
  for (const file of await readdir(dir)) {
    // A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
    const page = JSON.parse(gunzipSync(await readFile(`${dir}/${file}`)).subarray(12).toString('utf8'));
    pages.set(file.replace(/\.pf_fragment$/, ''), page);
  }
  return pages;
}

// The vocabulary files name each page by path; here they learn its Pagefind id, title and summary, so search
// ranks and shows a page without fetching its fragment (fewer bytes, the first result sooner).
async function linkVocabulary(dist) {
  const byPath = new Map([...(await fragments(dist))].map(([pf, page]) => [page.url.replace(/^\//, ''), { pf, ...page }]));
  for (const file of (await readdir(dist)).filter((f) => /^search-vocab-.+\.json$/.test(f))) {
    const vocabulary = JSON.parse(await readFile(`${dist}/${file}`, 'utf8'));
    for (const page of vocabulary.pages) {
      const found = byPath.get(page.path);
      if (!found) throw new Error(`search vocabulary ${file}: ${page.path} is not in the Pagefind index`);
      Object.assign(page, { pf: found.pf, title: found.meta.title ?? page.path, summary: found.meta.summary ?? '' });
    }
    await writeFile(`${dist}/${file}`, JSON.stringify(vocabulary));
  }
}
