// Files the portal relies on after a power cut (the data key, stored photos): written under a temporary name,
// flushed, then named in one step, and the folder flushed so the name itself is on disk too.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Flushes a folder, so the names made or removed in it survive a power cut. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates `dir` and any missing parents with `mode`, flushing the folder that holds each new one. */
export async function makeDirectoryDurably(dir: string, mode = 0o700): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode });
  if (first === undefined) return;
  for (let made = dir; ; made = dirname(made)) {
    await syncDirectory(dirname(made));
    if (made === first) break;
  }
}

/**
 * Puts `data` at `path` unless a file is already there: written and flushed under a temporary name, then hard-linked
 * to `path` (which, unlike rename, fails if it exists, so of two processes only one wins), then the folder flushed.
 * Returns false when `path` already existed; the caller reads what is there.
 */
export async function createFileDurably(path: string, data: string | Uint8Array, mode = 0o600): Promise<boolean> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await unlink(temp);
    await syncDirectory(dir);
  }
}
