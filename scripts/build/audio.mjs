import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile, copyFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { speak } from '../tts/speak.mjs';

const cacheDir = new URL('../../node_modules/.cache/read-aloud/', import.meta.url).pathname;

/** The text 朗读 reads on a built policy page: every [data-read] element, in order. */
export function readAloudText(html) {
  const root = parse(html);
  return root.querySelectorAll('[data-read]').map((el) => el.structuredText.trim()).join('\n');
}

/**
 * Makes the audio each policy page's 朗读 button plays when the browser has no voice for the text's language.
 * The audio's path is on the page (<audio data-read-audio>); a manifest records the hash of the text it speaks.
 */
export async function buildAudio(dist) {
  await mkdir(cacheDir, { recursive: true });
  const manifest = {};
  let made = 0;
  let reused = 0;
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (entry.name !== 'index.html') continue;
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
    const src = /<audio[^>]*data-read-audio[^>]*src="([^"]+)"/.exec(html)?.[1] ?? /<audio[^>]*src="([^"]+)"[^>]*data-read-audio/.exec(html)?.[1];
    if (!src) continue;
    const path = src.slice(src.indexOf('audio/'));
    if (manifest[path]) continue; // an untranslated page shares the Chinese audio
    const text = readAloudText(html);
    const lang = /^audio\/en\//.test(path) ? 'en' : 'zh-CN';
    const hash = createHash('sha256').update(`${lang}\n${text}`).digest('hex');
    const cached = join(cacheDir, `${hash}.${path.split('.').pop()}`);
    const target = join(dist, path);
    await mkdir(join(target, '..'), { recursive: true });
    if (await exists(cached)) {
      reused++;
    } else {
      const audio = await speak(text, lang);
      if (!path.endsWith(`.${audio.ext}`)) throw new Error(`read-aloud: page expects ${path}, speak() made .${audio.ext}`);
      await writeFile(cached, audio.bytes);
      made++;
    }
    await copyFile(cached, target);
    manifest[path] = { sha256: hash, chars: [...text].length };
  }
  await writeFile(join(dist, 'audio', 'manifest.json'), JSON.stringify(manifest, null, 1));
  return { made, reused };
}

async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
