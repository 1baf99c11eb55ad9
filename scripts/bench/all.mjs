// npm run bench — builds the site, runs every bench in turn as its own process (output kept), reads the figures each
// writes to BENCH_JSON and writes docs/benchmarks.md: one table per section, each row with its named baseline, the
// ratio and the target, and the machine it ran on. A bench that fails is reported as failed; the rest still run.
// BENCH_QUICK=1: short runs (one round, short loads, 1,000 generated pages only) while developing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { renderReport } from './report.mjs';

const root = new URL('../../', import.meta.url).pathname;
const QUICK = Boolean(process.env.BENCH_QUICK);
const quickEnv = QUICK ? { BENCH_ROUNDS: '1', BENCH_MS: '2000', BENCH_REQUESTS: '50' } : {};
const BENCHES = [
  { name: 'build', title: 'site build (npm run build)', command: ['npm', 'run', 'build'] },
  { name: 'site', script: 'site.mjs' },
  { name: 'api', script: 'api.mjs' },
  { name: 'uploads', script: 'uploads.mjs' },
  { name: 'staff', script: 'staff.ts' },
  { name: 'cross-checks', script: 'crossChecks.ts' },
  { name: 'dashboard', script: 'dashboard.ts', env: QUICK ? { BENCH_REQUESTS: '10' } : {} },
  { name: 'kiosk', script: 'kiosk.ts', env: QUICK ? { BENCH_ROUNDS: '3' } : {} },
  { name: 'memory', script: 'serverMemory.mjs' },
  { name: 'build-scale', script: 'buildScale.mjs' },
].filter((b) => !process.env.BENCH_SKIP?.split(',').includes(b.name));
const TIMEOUT_MS = (QUICK ? 15 : 40) * 60_000;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const chromiumVersion = () => {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'not found';
  }
};
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  ramGb: totalmem() / 2 ** 30,
  node: process.version,
  chromium: chromiumVersion(),
  loadAtStart: load(),
  startedAt: new Date().toISOString(),
};

/** One bench as a child process: its output echoed and kept, its JSON read back; never throws. */
function run(bench, jsonFile) {
  const started = performance.now();
  const [cmd, ...args] = bench.command ?? [process.execPath, join('scripts/bench', bench.script)];
  const child = spawn(cmd, args, { cwd: root, detached: true, env: { ...process.env, ...quickEnv, ...bench.env, BENCH_JSON: jsonFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (stream, sink) => stream.on('data', (chunk) => {
    output += chunk;
    sink.write(chunk);
  });
  keep(child.stdout, process.stdout);
  keep(child.stderr, process.stderr);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid, 'SIGKILL');
  }, TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      let result = null;
      if (existsSync(jsonFile)) result = JSON.parse(readFileSync(jsonFile, 'utf8'));
      const failure = timedOut ? `timed out after ${TIMEOUT_MS / 60_000} min` : code !== 0 ? `exited ${code ?? signal}` : bench.script && !result ? 'wrote no figures' : null;
      resolve({ ...bench, seconds, output, result, failure });
    });
  });
}

const jsonDir = mkdtempSync(join(tmpdir(), 'mzy-bench-all-'));
const results = [];
try {
  for (const bench of BENCHES) {
    console.log(`\n=== bench ${bench.name} (load average ${load()}) ===`);
    const outcome = await run(bench, join(jsonDir, `${bench.name}.json`));
    console.log(`=== bench ${bench.name}: ${outcome.failure ?? 'ok'} in ${outcome.seconds.toFixed(0)} s ===`);
    results.push(outcome);
  }
} finally {
  rmSync(jsonDir, { recursive: true, force: true });
}
machine.loadAtEnd = load();
machine.finishedAt = new Date().toISOString();
writeFileSync(join(root, 'docs/benchmarks.md'), renderReport({ machine, quick: QUICK, results }));
console.log(`\nwrote docs/benchmarks.md: ${results.filter((r) => !r.failure).length} of ${results.length} ran, failed: ${results.filter((r) => r.failure).map((r) => r.name).join(', ') || 'none'}`);
