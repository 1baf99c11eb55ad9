// Build-time text-to-speech for the 朗读 (read aloud) button.
//
// Chromium on Linux usually has no Chinese speechSynthesis voice, so audio is
// made at build time with eSpeak NG (the `espeak-ng` npm package: the espeak-ng
// CLI compiled to WASM, with its voice data embedded) and encoded to MP3 with
// `wasm-media-encoders` (the reference LAME encoder compiled to WASM; about 3x
// faster than the pure-JS lamejs port). No network, no native binaries, no
// temp files on disk: espeak-ng reads and writes its in-memory (MEMFS) file
// system.
//
//   import { speak } from './scripts/tts/speak.mjs';
//   const { bytes, ext, mime, duration } = await speak('民政云欢迎您。', 'zh-CN');
//
// Output: MPEG-2 Layer III, mono, 16 kHz, 24 kbit/s CBR (3 kB per second of
// speech), which an <audio> element in every current browser plays.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
// @ts-expect-error -- the package ships no types (only matters with checkJs)
import ESpeakNg from 'espeak-ng';
import { createEncoder } from 'wasm-media-encoders';

/** espeak-ng writes 16-bit mono PCM at this rate. */
const ESPEAK_RATE = 22050;
/** Rate of the encoded file. 16 kHz keeps everything eSpeak's formant voice has. */
export const OUTPUT_RATE = 16000;
/** MPEG-2 Layer III allows 8, 16, 24, 32, ... kbit/s; 24 is clean for speech, 16 is audibly muffled. */
const MP3_KBPS = 24;
/**
 * Texts are synthesised in pieces of at most this many characters, split at
 * sentence ends. espeak-ng itself has no input limit we could find (4,000
 * Chinese characters in one run work), but pieces bound the memory used per
 * run and keep one bad sentence from failing a whole page.
 */
const MAX_CHUNK_CHARS = 1500;

/** @typedef {'zh-CN' | 'en'} SpeakLang */

/**
 * Per language: espeak-ng voice and speaking rate (words per minute; for
 * Mandarin espeak-ng counts syllables). 200 gives about 4 Chinese characters
 * per second including pauses (espeak's default 175 gives about 3.5).
 */
const VOICES = {
  'zh-CN': { voice: 'cmn', wpm: 200 },
  en: { voice: 'en', wpm: 170 },
};

/** @param {string} lang @returns {SpeakLang} */
function normaliseLang(lang) {
  const l = String(lang).toLowerCase();
  if (l === 'zh' || l.startsWith('zh-')) return 'zh-CN';
  if (l === 'en' || l.startsWith('en-')) return 'en';
  throw new RangeError(`speak: unsupported language ${JSON.stringify(lang)} (use 'zh-CN' or 'en')`);
}

// ---------------------------------------------------------------------------
// espeak-ng (WASM)

const require = createRequire(import.meta.url);

/** @type {Promise<WebAssembly.Module> | undefined} */
let wasmModulePromise;

/** Compile the 18 MB wasm once per process; every run instantiates it afresh. */
function wasmModule() {
  wasmModulePromise ??= (async () => {
    const jsPath = require.resolve('espeak-ng');
    const wasmPath = jsPath.replace(/espeak-ng\.js$/, 'espeak-ng.wasm');
    return WebAssembly.compile(await readFile(wasmPath));
  })();
  return wasmModulePromise;
}

/**
 * Run the espeak-ng CLI once in a fresh WASM instance.
 *
 * The package is the CLI's main() compiled with Emscripten: it runs as soon
 * as the instance is ready, its memory is fixed at 32 MB, and its global
 * state is not meant to be reused, so every run gets its own instance (cheap:
 * the compiled module is shared). `quit` is overridden so that exit() never
 * touches process.exitCode, which the Node build of Emscripten does by default.
 *
 * @param {string[]} args  CLI arguments; the text is passed as the file /in.txt
 * @param {string} text
 * @param {string | null} outFile  file in MEMFS to read back, or null
 * @returns {Promise<{ stdout: string, file: Uint8Array | null }>}
 */
async function runEspeak(args, text, outFile) {
  const compiled = await wasmModule();
  /** @type {string[]} */
  const stdout = [];
  /** @type {string[]} */
  const stderr = [];
  /** @type {number | null} */
  let exitStatus = null;
  /** @type {unknown} */
  let failure = null;

  const module = await new Promise((resolve, reject) => {
    ESpeakNg({
      thisProgram: 'espeak-ng',
      arguments: [...args, '-f', '/in.txt'],
      preRun: [(/** @type {any} */ m) => m.FS.writeFile('/in.txt', text)],
      print: (/** @type {string} */ s) => stdout.push(s),
      printErr: (/** @type {string} */ s) => stderr.push(s),
      quit: (/** @type {number} */ status, /** @type {unknown} */ toThrow) => {
        exitStatus = status;
        throw toThrow;
      },
      onAbort: (/** @type {unknown} */ what) => {
        failure ??= new Error(`espeak-ng aborted: ${String(what)}`);
      },
      instantiateWasm(/** @type {WebAssembly.Imports} */ imports, /** @type {Function} */ receive) {
        WebAssembly.instantiate(compiled, imports).then(
          (instance) => {
            // main() runs synchronously inside receive(); a crash in it
            // surfaces here and would otherwise be swallowed.
            try {
              receive(instance, compiled);
            } catch (e) {
              failure ??= e;
            }
          },
          (e) => reject(e),
        );
        return {};
      },
    }).then(resolve, reject);
  });

  if (failure || exitStatus !== 0) {
    const detail = stderr.filter((l) => !l.startsWith('program exited')).join('\n');
    throw new Error(
      `espeak-ng failed (exit ${exitStatus ?? '?'})${detail ? `: ${detail}` : ''}${failure ? ` [${String(failure)}]` : ''}`,
      { cause: failure ?? undefined },
    );
  }
  let file = null;
  if (outFile) file = module.FS.readFile(outFile);
  return { stdout: stdout.join('\n'), file };
}

/**
 * Extract the 16-bit PCM samples of the WAV file espeak-ng writes.
 * @param {Uint8Array} wav
 */
function wavSamples(wav) {
  const dv = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const tag = (/** @type {number} */ at) => String.fromCharCode(...wav.subarray(at, at + 4));
  if (wav.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('espeak-ng did not write a WAV file');
  let at = 12;
  let rate = 0;
  let bits = 0;
  let channels = 0;
  while (at + 8 <= wav.byteLength) {
    const id = tag(at);
    let size = dv.getUint32(at + 4, true);
    if (id === 'fmt ') {
      channels = dv.getUint16(at + 10, true);
      rate = dv.getUint32(at + 12, true);
      bits = dv.getUint16(at + 22, true);
    } else if (id === 'data') {
      if (channels !== 1 || bits !== 16 || rate !== ESPEAK_RATE) {
        throw new Error(`unexpected espeak-ng output: ${channels} ch, ${bits} bit, ${rate} Hz`);
      }
      // The size field is a placeholder if the writer could not seek back.
      if (size === 0 || at + 8 + size > wav.byteLength) size = wav.byteLength - at - 8;
      const n = size >> 1;
      const out = new Int16Array(n);
      for (let i = 0; i < n; i++) out[i] = dv.getInt16(at + 8 + 2 * i, true);
      return out;
    }
    at += 8 + size + (size & 1);
  }
  throw new Error('espeak-ng WAV has no data chunk');
}

// ---------------------------------------------------------------------------
// Text preparation

const CN_DIGITS = '零一二三四五六七八九';

/** Read a digit string one digit at a time: 12349 -> 一二三四九. */
function digitsZh(/** @type {string} */ s) {
  return s.replace(/\d/g, (d) => CN_DIGITS[Number(d)] ?? d);
}

/** Chinese reading of a number below 10000 (no leading 零 handling). */
function below10k(/** @type {number} */ n) {
  const units = ['', '十', '百', '千'];
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += `${CN_DIGITS[d]}${units[p]}`;
  }
  return out;
}

/**
 * Cardinal reading of a non-negative integer string: 1020304 -> 一百零二万零三百零四,
 * 15 -> 十五. espeak-ng's own Mandarin number rules have no 万 or 亿
 * (12345 comes out as 十二千三百四十五) and drop 零, hence this.
 */
export function cardinalZh(/** @type {string} */ digits) {
  const s = digits.replace(/^0+(?=\d)/, '');
  if (s.length > 16) return digitsZh(s);
  if (/^0+$/.test(s)) return '零';
  const groups = [];
  for (let end = s.length; end > 0; end -= 4) groups.unshift(Number(s.slice(Math.max(0, end - 4), end)));
  const bigUnits = ['', '万', '亿', '万亿'];
  let out = '';
  let zero = false;
  groups.forEach((g, i) => {
    const unit = bigUnits[groups.length - 1 - i];
    if (g === 0) {
      if (out) zero = true;
      return;
    }
    if (out && (zero || g < 1000)) out += '零';
    zero = false;
    out += below10k(g) + unit;
  });
  return out.replace(/^一十/, '十');
}

/** 12.05 -> 十二点零五 */
function decimalZh(/** @type {string} */ s) {
  const [int = '0', frac] = s.split('.');
  return cardinalZh(int) + (frac ? '点' + digitsZh(frac) : '');
}

/** Characters after a number that make it a quantity rather than a code (hotline, postcode, ID). */
const QUANTITY_AFTER = /^\s*[元角分万亿千百人户个次名项件天周月年岁份家所平米亩公吨辆张套床间座栋余多位例批条款章节倍度号期]/u;

/**
 * Rewrite what espeak-ng's Mandarin voice reads badly: numbers, full-width
 * Latin, a few symbols. Everything else is left to espeak.
 */
export function normaliseZh(/** @type {string} */ input) {
  let t = input
    // full-width ASCII letters/digits/％ -> ASCII (espeak reads them as hex codes)
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // 1,234,567 -> 1234567
    .replace(/\d{1,3}(?:,\d{3})+(?![\d])/g, (m) => m.replace(/,/g, ''))
    // dates 2024-05-01 / 2024/5/1 / 2024.05.01
    .replace(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, (_, y, m, d) => `${digitsZh(y)}年${cardinalZh(m)}月${cardinalZh(d)}日`)
    // years: 2024年 -> 二零二四年
    .replace(/(?<!\d)(\d{4})(?=\s*年)/g, (y) => digitsZh(y))
    // ranges 9~17, 9～17, 9:00-17:30 -> 至
    .replace(/(?<=\d)\s*[~～]\s*(?=\d)/g, '至')
    .replace(/(?<=\d[:：]\d\d)\s*[-–—]\s*(?=\d{1,2}[:：]\d\d)/g, '至')
    // times 9:00, 17:30
    .replace(/(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)/g, (_, h, m) => `${cardinalZh(h)}点${m === '00' ? '' : `${m.startsWith('0') ? digitsZh(m) : cardinalZh(m)}分`}`)
    // 0851-12345678 / 138-0000-0000 are phone numbers, read digit by digit;
    // shorter ones (1-3个月) are ranges
    .replace(/(?<![\d.])\d+(?:-\d+)+(?![\d.])/g, (m) =>
      m.startsWith('0') || m.replace(/-/g, '').length >= 7 ? digitsZh(m.replace(/-/g, ' ')) : m.replace(/-/g, '至'),
    )
    // percentages: 12.5% -> 百分之十二点五
    .replace(/(\d+(?:\.\d+)?)\s*%/g, (_, n) => '百分之' + decimalZh(n))
    // 元/人/月 -> 元每人每月
    .replace(/\/(?=\p{Script=Han})/gu, '每')
    .replace(/[~～/\\|@#&*^_=+<>]/g, ' ');

  // Remaining numbers: codes (leading 0, or 5+ digits not followed by a unit)
  // are read digit by digit; everything else as a cardinal/decimal.
  t = t.replace(/\d+(?:\.\d+)?/g, (m, offset, whole) => {
    const after = whole.slice(offset + m.length);
    if (!m.includes('.') && ((m.length > 1 && m.startsWith('0')) || (m.length >= 5 && !QUANTITY_AFTER.test(after)))) {
      return digitsZh(m);
    }
    return decimalZh(m);
  });
  return t;
}

/** Clean up text and turn line breaks into clause ends (espeak treats a newline as a space). */
function prepare(/** @type {string} */ text, /** @type {SpeakLang} */ lang) {
  let t = String(text).normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\t\f\v\u00a0\u3000]/g, ' ');
  if (lang === 'zh-CN') t = normaliseZh(t);
  const stop = lang === 'zh-CN' ? '。' : '.';
  return t
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .map((l) => (/[。！？；.!?;:：，,、…]$/u.test(l) ? l : l + stop))
    .join('\n');
}

/**
 * Split into pieces of at most `max` characters, at sentence ends
 * (。！？；\n and . ! ? ; before a space), else at commas, else anywhere.
 * @param {string} text @param {number} max
 */
export function chunkText(text, max = MAX_CHUNK_CHARS) {
  // a sentence: anything up to 。！？；!?; or a newline, or a full stop followed by a space
  const sentences = text.match(/(?:[^。！？；!?;\n.]|\.(?!\s))*(?:[。！？；!?;\n]+|\.(?:\s+|$)|$)/gu)?.filter((s) => s.trim()) ?? [];
  /** @type {string[]} */
  const pieces = [];
  for (const s of sentences) {
    if (s.length <= max) {
      pieces.push(s);
      continue;
    }
    const clauses = s.match(/[^，、,：:]*(?:[，、,：:]+|$)/gu)?.filter(Boolean) ?? [s];
    for (const c of clauses) {
      for (let i = 0; i < c.length; i += max) pieces.push(c.slice(i, i + max));
    }
  }
  /** @type {string[]} */
  const chunks = [];
  let cur = '';
  for (const p of pieces) {
    if (cur.length + p.length > max && cur) {
      chunks.push(cur);
      cur = '';
    }
    cur += p;
  }
  if (cur.trim()) chunks.push(cur);
  return chunks;
}

// ---------------------------------------------------------------------------
// Audio processing

/**
 * Resample 22050 Hz -> 16000 Hz with a polyphase windowed-sinc low-pass
 * (cut-off 7.2 kHz, Blackman window, 32 taps), scaled so the peak sits at
 * about -1 dBFS.
 * @param {Int16Array} input
 */
function resampleTo16k(input) {
  const up = 320;
  const down = 441; // 16000 / 22050 = 320 / 441
  const half = 16;
  const taps = 2 * half;
  const cutoff = (0.45 * OUTPUT_RATE) / ESPEAK_RATE; // cycles per input sample
  // table[phase][k]: weight of input sample (base - half + 1 + k) for output at base + phase/up
  const table = new Float32Array(up * taps);
  for (let ph = 0; ph < up; ph++) {
    const frac = ph / up;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const x = k - half + 1 - frac; // distance in input samples
      const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
      const w = 0.42 + 0.5 * Math.cos((Math.PI * x) / half) + 0.08 * Math.cos((2 * Math.PI * x) / half);
      const v = Math.abs(x) >= half ? 0 : sinc * w;
      table[ph * taps + k] = v;
      sum += v;
    }
    for (let k = 0; k < taps; k++) table[ph * taps + k] = /** @type {number} */ (table[ph * taps + k]) / sum;
  }
  // input padded with `half` zeros on both sides, so the inner loop needs no bounds checks
  const padded = new Float32Array(input.length + 2 * half);
  padded.set(input, half);
  const n = Math.floor((input.length * up) / down);
  const out = new Float32Array(n);
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const pos = i * down;
    const base = Math.floor(pos / up);
    const ph = pos - base * up;
    let acc = 0;
    const t0 = ph * taps;
    const s0 = base + 1; // = (base - half + 1) + half
    for (let k = 0; k < taps; k++) {
      acc += /** @type {number} */ (table[t0 + k]) * /** @type {number} */ (padded[s0 + k]);
    }
    out[i] = acc;
    const a = Math.abs(acc);
    if (a > peak) peak = a;
  }
  const gain = peak > 0 ? (0.89 * 32767) / peak : 1;
  const pcm = new Int16Array(n);
  for (let i = 0; i < n; i++) pcm[i] = Math.round(/** @type {number} */ (out[i]) * gain);
  return pcm;
}

/** @type {Promise<WebAssembly.Module> | undefined} */
let mp3ModulePromise;

/** @param {Int16Array} pcm 16 kHz mono */
async function encodeMp3(pcm) {
  mp3ModulePromise ??= readFile(require.resolve('wasm-media-encoders/wasm/mp3')).then((b) => WebAssembly.compile(b));
  const enc = await createEncoder('audio/mpeg', await mp3ModulePromise);
  enc.configure({ channels: 1, sampleRate: OUTPUT_RATE, bitrate: MP3_KBPS, outputSampleRate: OUTPUT_RATE });
  /** @type {Uint8Array[]} */
  const parts = [];
  const block = 576 * 32;
  const f32 = new Float32Array(block);
  for (let i = 0; i < pcm.length; i += block) {
    const n = Math.min(block, pcm.length - i);
    for (let k = 0; k < n; k++) f32[k] = /** @type {number} */ (pcm[i + k]) / 32768;
    // the returned view is owned by the encoder: copy it
    parts.push(enc.encode([f32.subarray(0, n)]).slice());
  }
  parts.push(enc.finalize().slice());
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

// ---------------------------------------------------------------------------
// Public API

/**
 * Synthesise text to raw PCM (16-bit mono, 16 kHz) without encoding.
 * @param {string} text
 * @param {SpeakLang} lang
 * @returns {Promise<{ samples: Int16Array, sampleRate: number }>}
 */
export async function synthesize(text, lang) {
  const l = normaliseLang(lang);
  const prepared = prepare(text, l);
  if (!/[\p{L}\p{N}]/u.test(prepared)) throw new Error('speak: text has nothing to read aloud');
  const { voice, wpm } = VOICES[l];
  /** @type {Int16Array[]} */
  const parts = [];
  for (const chunk of chunkText(prepared)) {
    const { file } = await runEspeak(['-b', '1', '-v', voice, '-s', String(wpm), '-w', '/out.wav'], chunk, '/out.wav');
    if (!file) throw new Error('espeak-ng wrote no audio');
    parts.push(wavSamples(file));
  }
  const joined = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return { samples: resampleTo16k(joined), sampleRate: OUTPUT_RATE };
}

/**
 * espeak-ng's phoneme transcription (IPA with tone numbers for Mandarin), for
 * checking what a text will sound like. Chinese text is normalised as in speak().
 * @param {string} text
 * @param {SpeakLang} lang
 */
export async function phonemes(text, lang) {
  const l = normaliseLang(lang);
  const { stdout } = await runEspeak(['-b', '1', '-q', '--ipa', '-v', VOICES[l].voice], prepare(text, l), null);
  return stdout.trim();
}

/**
 * Speak `text` in Mandarin ('zh-CN') or English ('en') and return a small
 * audio file for an <audio> element: MP3, mono, 16 kHz, 24 kbit/s.
 * Throws if the text has nothing readable or the language is not supported.
 *
 * @param {string} text
 * @param {SpeakLang} lang
 * @returns {Promise<{ bytes: Uint8Array, ext: 'mp3', mime: 'audio/mpeg', duration: number }>}
 *   duration is the length of the speech in seconds.
 */
export async function speak(text, lang) {
  const { samples, sampleRate } = await synthesize(text, lang);
  return { bytes: await encodeMp3(samples), ext: 'mp3', mime: 'audio/mpeg', duration: samples.length / sampleRate };
}
