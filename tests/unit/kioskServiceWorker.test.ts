// The kiosk's precache list is made from the build: every kiosk page, the site's scripts and styles, the search files
// and the audio the kiosk pages play; compressed copies and other pages' audio stay out, and a changed file gives
// the worker a new version (so a new build replaces the old cache).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKioskServiceWorker, kioskPrecache } from '../../scripts/build/kiosk-sw.mjs';

function dist(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'mzy-kiosk-sw-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const SITE = {
  'kiosk/index.html': '<html><audio data-read-audio src="/audio/kiosk-home.mp3"></audio></html>',
  'kiosk/policy/dibao/index.html': '<html><audio data-read-audio src="/audio/policy/dibao.mp3"></audio></html>',
  'kiosk/index.html.gz': 'gz',
  '_astro/kiosk.abc.js': 'js',
  '_astro/kiosk.abc.js.br': 'br',
  'pagefind/pagefind.js': 'pf',
  'pagefind/index/zh_abc.pf_index': 'idx',
  'search-vocab-zh-cn.json': '{}',
  'search-pinyin.json': '{}',
  'audio/kiosk-home.mp3': 'mp3',
  'audio/policy/dibao.mp3': 'mp3',
  'audio/policy/other-page-only.mp3': 'mp3',
  'staff/index.html': '<html></html>',
};

describe('the kiosk precache', () => {
  it('lists the kiosk pages, scripts, search files and the kiosk pages\' audio, and nothing else', async () => {
    expect(await kioskPrecache(dist(SITE))).toEqual([
      '_astro/kiosk.abc.js', 'audio/kiosk-home.mp3', 'audio/policy/dibao.mp3', 'kiosk/index.html', 'kiosk/policy/dibao/index.html',
      'pagefind/index/zh_abc.pf_index', 'pagefind/pagefind.js', 'search-pinyin.json', 'search-vocab-zh-cn.json',
    ]);
  });

  it('writes a worker fetching pages by their directory URL under the base, never caching /api/, versioned by content', async () => {
    const root = dist(SITE);
    const first = await buildKioskServiceWorker(root, '/mzj/');
    const worker = readFileSync(join(root, 'kiosk/sw.js'), 'utf8');
    expect(worker).toContain('"/mzj/kiosk/policy/dibao/"');
    expect(worker).not.toContain('index.html"');
    expect(worker).toContain('"/mzj/kiosk/build.json"');
    expect(worker).toContain('url.pathname.startsWith(API)');
    expect(JSON.parse(readFileSync(join(root, 'kiosk/build.json'), 'utf8')).version).toMatch(new RegExp(`\\+${first.version}$`));
    writeFileSync(join(root, '_astro/kiosk.abc.js'), 'js changed');
    expect((await buildKioskServiceWorker(root, '/mzj/')).version).not.toBe(first.version);
  });

  it('refuses a build whose kiosk page plays audio that is not there', async () => {
    const root = dist({ 'kiosk/index.html': '<audio data-read-audio src="/audio/missing.mp3"></audio>' });
    await expect(buildKioskServiceWorker(root, '/')).rejects.toThrow(/audio\/missing\.mp3/);
  });
});
