import { describe, expect, it } from 'vitest';
import { cardinalZh, chunkText, normaliseZh, phonemes, speak, synthesize } from '../../scripts/tts/speak.mjs';

// ---------------------------------------------------------------------------
// MP3 parsing, independent of the encoder: walk every frame header.

const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

interface Mp3Info {
  frames: number;
  sampleRate: number;
  mono: boolean;
  bitrates: Set<number>;
  duration: number;
}

function parseMp3(bytes: Uint8Array): Mp3Info {
  let at = 0;
  // skip an ID3v2 tag, if any
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
    at = 10 + size;
  }
  let end = bytes.length;
  if (end >= 128 && bytes[end - 128] === 0x54 && bytes[end - 127] === 0x41 && bytes[end - 126] === 0x47) end -= 128; // ID3v1 "TAG"
  let frames = 0;
  let samples = 0;
  let sampleRate = 0;
  let mono = true;
  const bitrates = new Set<number>();
  while (at < end) {
    const b1 = bytes[at + 1]!;
    const b2 = bytes[at + 2]!;
    const b3 = bytes[at + 3]!;
    if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`no MPEG frame sync at byte ${at}`);
    const version = (b1 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    const layer = (b1 >> 1) & 3; // 1 = Layer III
    if (version === 1 || layer !== 1) throw new Error(`not MPEG audio Layer III at byte ${at}`);
    const kbps = (version === 3 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[(b2 >> 4) & 15];
    const rate = RATES[version]![(b2 >> 2) & 3];
    if (!kbps || !rate) throw new Error(`bad bitrate/sample-rate index at byte ${at}`);
    if (sampleRate && rate !== sampleRate) throw new Error('sample rate changes mid-stream');
    sampleRate = rate;
    const padding = (b2 >> 1) & 1;
    mono &&= (b3 >> 6) === 3;
    bitrates.add(kbps);
    const len = Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
    at += len;
    frames++;
    samples += version === 3 ? 1152 : 576;
  }
  if (at !== end) throw new Error(`last frame overruns the file by ${at - end} bytes`);
  return { frames, sampleRate, mono, bitrates, duration: samples / sampleRate };
}

// ---------------------------------------------------------------------------
// PCM analysis: loudness, share of sounding frames, syllable nuclei.

function analyse(samples: Int16Array, rate: number) {
  const hop = Math.round(rate / 100); // 10 ms frames
  const env: number[] = [];
  let sumSq = 0;
  for (let i = 0; i + hop <= samples.length; i += hop) {
    let s = 0;
    for (let k = 0; k < hop; k++) s += samples[i + k]! ** 2;
    sumSq += s;
    env.push(Math.sqrt(s / hop));
  }
  const smooth = env.map((_, i) => {
    let s = 0;
    let n = 0;
    for (let k = i - 2; k <= i + 2; k++) {
      if (k >= 0 && k < env.length) {
        s += env[k]!;
        n++;
      }
    }
    return s / n;
  });
  const max = Math.max(...smooth);
  // a syllable nucleus: a local maximum above 15% of the loudest, separated
  // from the previous one by a dip to below 70% of the smaller of the two
  let syllables = 0;
  let lastPeak = 0;
  let dip = Infinity;
  for (let i = 1; i < smooth.length - 1; i++) {
    const v = smooth[i]!;
    dip = Math.min(dip, v);
    if (v >= smooth[i - 1]! && v > smooth[i + 1]! && v > max * 0.15) {
      if (syllables === 0 || dip < 0.7 * Math.min(v, lastPeak)) {
        syllables++;
        lastPeak = v;
        dip = Infinity;
      } else if (v > lastPeak) lastPeak = v;
    }
  }
  return {
    duration: samples.length / rate,
    rms: Math.sqrt(sumSq / (env.length * hop)) / 32768,
    sounding: smooth.filter((v) => v > max * 0.1).length / smooth.length,
    syllables,
  };
}

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

const ZH = '民政云为群众提供社会救助和养老服务。'; // 17 characters, 17 syllables
const EN = 'Welcome to the civil affairs portal of the county.'; // 9 words, 15 syllables

describe('speak()', () => {
  it('makes an MP3 of a Chinese sentence at a Mandarin speaking rate', async () => {
    const before = process.exitCode;
    const out = await speak(ZH, 'zh-CN');
    expect(process.exitCode).toBe(before); // Emscripten's exit() must not leak into the process

    expect(out.ext).toBe('mp3');
    expect(out.mime).toBe('audio/mpeg');
    expect(out.bytes).toBeInstanceOf(Uint8Array);
    // magic: MPEG frame sync (no ID3 tag is written)
    expect(out.bytes[0]).toBe(0xff);
    expect(out.bytes[1]! & 0xe0).toBe(0xe0);

    const mp3 = parseMp3(out.bytes);
    expect(mp3.sampleRate).toBe(16000);
    expect(mp3.mono).toBe(true);
    expect([...mp3.bitrates]).toEqual([24]);
    // 17 characters at 2.5-6 characters per second
    expect(mp3.duration).toBeGreaterThan(han(ZH) / 6);
    expect(mp3.duration).toBeLessThan(han(ZH) / 2.5);
    // the reported duration is the speech; the file adds encoder delay and padding only
    expect(Math.abs(mp3.duration - out.duration)).toBeLessThan(0.2);
    expect(out.bytes.length).toBeLessThan(mp3.duration * 3200); // 24 kbit/s
  });

  it('makes an MP3 of an English sentence', async () => {
    const out = await speak(EN, 'en');
    const mp3 = parseMp3(out.bytes);
    expect(mp3.sampleRate).toBe(16000);
    expect(mp3.mono).toBe(true);
    // 9 words at 1.5-4.5 words per second
    expect(mp3.duration).toBeGreaterThan(9 / 4.5);
    expect(mp3.duration).toBeLessThan(9 / 1.5);
  });

  it('reads digits, dates, percentages and Latin letters in Chinese text without failing', async () => {
    const text = '请于2024-05-01前拨打12349热线或访问www.example.gov.cn，补贴标准为580元/人/月，占比12.5%，ABC。';
    const out = await speak(text, 'zh-CN');
    const mp3 = parseMp3(out.bytes);
    expect(mp3.duration).toBeGreaterThan(8);
    expect(mp3.duration).toBeLessThan(40);
  });

  it('handles a text of 3000+ Chinese characters by splitting it at sentence ends', { timeout: 120_000 }, async () => {
    const para =
      '为进一步做好城乡最低生活保障工作，切实保障困难群众基本生活，根据有关规定，结合本县实际，制定本实施细则。' +
      '最低生活保障坚持应保尽保、应退尽退的原则，实行属地管理、分级负责；乡镇人民政府和街道办事处负责申请受理、调查核实等具体工作！' +
      '申请人也可以通过民政云平台在线提交申请材料吗？\n';
    const text = para.repeat(Math.ceil(3200 / han(para)));
    expect(han(text)).toBeGreaterThan(3000);
    expect(chunkText(text).length).toBeGreaterThan(1);

    const out = await speak(text, 'zh-CN');
    const mp3 = parseMp3(out.bytes);
    expect(mp3.duration).toBeGreaterThan(han(text) / 6);
    expect(mp3.duration).toBeLessThan(han(text) / 2.5);
  });

  it('rejects unsupported languages and empty text', async () => {
    await expect(speak('Bonjour', 'fr' as 'en')).rejects.toThrow(RangeError);
    await expect(speak(' \n ，。', 'zh-CN')).rejects.toThrow(/nothing to read/);
  });
});

describe('Mandarin voice', () => {
  it('speaks one syllable per character, not silence and not English letter names', async () => {
    const { samples, sampleRate } = await synthesize(ZH, 'zh-CN');
    expect(sampleRate).toBe(16000);
    const a = analyse(samples, sampleRate);
    expect(a.rms).toBeGreaterThan(0.03);
    expect(a.sounding).toBeGreaterThan(0.5);
    // eSpeak's English voice reads each character as "Chinese letter" (4 syllables)
    expect(a.syllables).toBeGreaterThanOrEqual(Math.floor(han(ZH) * 0.75));
    expect(a.syllables).toBeLessThanOrEqual(Math.ceil(han(ZH) * 1.35));
  });

  it('transcribes Chinese with Mandarin tones', async () => {
    const ipa = await phonemes('民政云', 'zh-CN');
    expect(ipa).not.toMatch(/\(en\)|tʃˈaɪniːz/);
    // one syllable per character, each carrying a tone mark (a digit, or ɜ for the rising tone)
    const syllables = ipa.split(/\s+/);
    expect(syllables).toHaveLength(3);
    for (const s of syllables) expect(s).toMatch(/[1-5ɜ]/);
  });
});

describe('Chinese number reading', () => {
  it('reads cardinals with 万, 亿 and 零', () => {
    expect(cardinalZh('10')).toBe('十');
    expect(cardinalZh('1001')).toBe('一千零一');
    expect(cardinalZh('12345')).toBe('一万二千三百四十五');
    expect(cardinalZh('1020304')).toBe('一百零二万零三百零四');
    expect(cardinalZh('100010000')).toBe('一亿零一万');
  });

  it('reads codes digit by digit and quantities as numbers', () => {
    expect(normaliseZh('拨打12349热线')).toBe('拨打一二三四九热线');
    expect(normaliseZh('共12349人')).toBe('共一万二千三百四十九人');
    expect(normaliseZh('2024年')).toBe('二零二四年');
    expect(normaliseZh('占比12.5%')).toBe('占比百分之十二点五');
    expect(normaliseZh('9:00~17:30')).toBe('九点至十七点三十分');
    expect(normaliseZh('580元/人/月')).toBe('五百八十元每人每月');
    expect(normaliseZh('0851-28221234')).toBe('零八五一 二八二二一二三四');
    expect(normaliseZh('1-3个月')).toBe('一至三个月');
    expect(normaliseZh('发布日期：2024-05-01')).toBe('发布日期：二零二四年五月一日');
  });
});
