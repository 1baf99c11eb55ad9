// The data key and stored photos are on disk before anything relies on them: written under a temporary name, flushed
// (fsync), given their name, and their folder flushed. A power cut can only leave no file or the whole file; it can
// never leave an empty key file (a new key would orphan every sealed claim) or a claim pointing at a lost photo.
// node:fs/promises is wrapped to record the order of those calls; every call still goes to the real file system.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Step = { op: 'fsync'; path: string } | { op: 'name'; from: string; to: string };
const steps = vi.hoisted(() => [] as Step[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (path, ...rest) => {
    const handle = await real.open(path, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      steps.push({ op: 'fsync', path: String(path) });
    };
    return handle;
  };
  const link: typeof real.link = async (from, to) => {
    await real.link(from, to);
    steps.push({ op: 'name', from: String(from), to: String(to) });
  };
  const rename: typeof real.rename = async (from, to) => {
    await real.rename(from, to);
    steps.push({ op: 'name', from: String(from), to: String(to) });
  };
  return { ...real, default: { ...real, open, link, rename }, open, link, rename };
});

const { loadDataKey } = await import('../../api/security/dataKey.ts');
const { testApp } = await import('./testApp.ts');

/** Index of the first step matching, or -1. */
const indexOf = (match: (s: Step) => boolean) => steps.findIndex(match);

/** Checks that `file` was written durably: its content flushed under another name, then named, then its folder flushed. */
function expectWrittenDurably(file: string) {
  const named = indexOf((s) => s.op === 'name' && s.to === file);
  expect(named, `${basename(file)} was given its name from a flushed temporary file`).toBeGreaterThan(-1);
  const temp = (steps[named] as Extract<Step, { op: 'name' }>).from;
  expect(dirname(temp)).toBe(dirname(file));
  const flushedContent = indexOf((s) => s.op === 'fsync' && s.path === temp);
  expect(flushedContent, 'the content is flushed before the file gets its name').toBeGreaterThan(-1);
  expect(flushedContent).toBeLessThan(named);
  expect(steps.slice(named + 1).some((s) => s.op === 'fsync' && s.path === dirname(file)), 'the folder is flushed after the name is made').toBe(true);
  expect(existsSync(temp), 'no temporary file is left behind').toBe(false);
  expect(statSync(file).mode & 0o777).toBe(0o600);
}

beforeEach(() => {
  steps.length = 0;
});

describe('the data key file made on first start', () => {
  it('is flushed, named and its folder (and the folders made for it) flushed before it is used', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mzy-key-'));
    const file = join(root, 'data', 'keys', 'data.key');
    const key = await loadDataKey({ MZY_DATA_KEY_FILE: file });
    expect(key.length).toBe(32);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(key)).toBe(true);
    expectWrittenDurably(file);
    // data/ and data/keys/ are new: each is recorded in its parent folder durably too.
    const flushed = steps.filter((s) => s.op === 'fsync').map((s) => s.path);
    expect(flushed).toEqual(expect.arrayContaining([root, join(root, 'data')]));
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
  });

  it('is made once: a second start, or two starts at once, read the same key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mzy-key-')), 'data.key');
    const [a, b] = await Promise.all([loadDataKey({ MZY_DATA_KEY_FILE: file }), loadDataKey({ MZY_DATA_KEY_FILE: file })]);
    expect(a.equals(b)).toBe(true);
    expect((await loadDataKey({ MZY_DATA_KEY_FILE: file })).equals(a)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual(['data.key']);
  });
});

describe('a stored photo', () => {
  it('is flushed, named and its folder flushed before the upload is answered', async () => {
    const t = await testApp();
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } }).png().toBuffer();
    const form = new FormData();
    form.set('file', new File([png], 'hukou.png', { type: 'image/png' }));
    steps.length = 0;
    const res = await t.app.request('/api/uploads', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    expectWrittenDurably(join(t.services.uploadsDir, `${uploadId}.png`));
    expect(readdirSync(t.services.uploadsDir)).toEqual([`${uploadId}.png`]);
  });
});
