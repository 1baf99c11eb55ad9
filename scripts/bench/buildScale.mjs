// npm run bench:build — how build cost grows with the catalogue: `astro build` of the real content (the baseline),
// then of the real content plus N generated policy entries (BENCH_PAGES, "1000,5000"; BENCH_QUICK=1: 1000), each
// into its own output and cache folder, timed with GNU time (wall clock, peak RSS of the largest process).
// Generated entries are copies of content/policies/zh-CN/dibao.md under new ids and titles, read through
// CONTENT_DIR (site/content.config.ts). Only `astro build`: the postbuild steps (search index, audio) are not timed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordBench } from './record.ts';

const root = new URL('../../', import.meta.url).pathname;
const SIZES = (process.env.BENCH_PAGES ?? (process.env.BENCH_QUICK ? '1000' : '1000,5000')).split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'mzy-bench-build-'));

/** A copy of content/ with `count` more policies, each a distinct title so pages and search entries differ. */
function contentWith(count) {
  const dir = join(work, `content-${count}`);
  cpSync(join(root, 'content'), dir, { recursive: true });
  const template = readFileSync(join(root, 'content/policies/zh-CN/dibao.md'), 'utf8');
  for (let i = 1; i <= count; i++) {
    const text = template.replace(/^title: (.*)$/m, `title: $1（生成第${i}号）`).replace(/^short: (.*)$/m, `short: $1${i}`);
    writeFileSync(join(dir, 'policies/zh-CN', `bench-${i}.md`), text);
  }
  return dir;
}

function build(label, contentDir) {
  const env = { ...process.env, DIST_DIR: join(work, `dist-${label}`), ASTRO_CACHE_DIR: join(work, `cache-${label}`) + '/' };
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  const args = ['-v', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'scripts/bench/astro-bench.config.mjs'];
  const child = spawn('/usr/bin/time', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build (${label}) exited ${code}:\n${(out + err).slice(-3000)}`));
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
      const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
      const maxRssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)[1]) / 1024;
      const cpuSeconds = Number(/User time \(seconds\): ([\d.]+)/.exec(err)[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)[1]);
      const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1]);
      rmSync(env.DIST_DIR, { recursive: true, force: true });
      resolve({ seconds, cpuSeconds, maxRssMb, pages });
    });
  });
}

const fmt = (n) => n.toFixed(n < 10 ? 2 : 1);
try {
  const real = await build('real');
  console.log(`bench:build — real content: ${real.pages} pages, ${fmt(real.seconds)} s wall, ${fmt(real.cpuSeconds)} s CPU, peak RSS ${fmt(real.maxRssMb)} MB`);
  const rows = [];
  for (const n of SIZES) {
    const got = await build(`plus-${n}`, contentWith(n));
    console.log(`  + ${n} generated policies: ${got.pages} pages, ${fmt(got.seconds)} s wall (${fmt(got.seconds / real.seconds)}×), ${fmt(got.cpuSeconds)} s CPU, peak RSS ${fmt(got.maxRssMb)} MB (${fmt(got.maxRssMb / real.maxRssMb)}×), ${fmt((got.cpuSeconds - real.cpuSeconds) / (got.pages - real.pages) * 1000)} ms CPU per extra page`);
    const baseline = (value, unit) => ({ name: `real site's build, same run (${real.pages} pages)`, value, unit });
    rows.push(
      { figure: `+${n} policies (${got.pages} pages): build wall time`, value: got.seconds, unit: 's', baseline: baseline(real.seconds, 's') },
      { figure: `+${n} policies: build CPU time`, value: got.cpuSeconds, unit: 's', baseline: baseline(real.cpuSeconds, 's') },
      { figure: `+${n} policies: peak RSS`, value: got.maxRssMb, unit: 'MB', baseline: baseline(real.maxRssMb, 'MB') },
      { figure: `+${n} policies: CPU per extra page`, value: ((got.cpuSeconds - real.cpuSeconds) / (got.pages - real.pages)) * 1000, unit: 'ms' },
    );
  }
  recordBench([{ title: 'Build cost with generated policy pages (`astro build` only, GNU time)', rows, notes: ['Each generated policy is a copy of 低保 under a new id (its Chinese page plus the pages that list or fall back to it); the page counts are those astro build printed.'] }]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
