// npm run bench:memory — resident memory (VmRSS from /proc) of the real server (api/server.ts, demo seeded, built
// dist/) while idle, sampled every 250 ms during wrk load of case lookups and then of a policy page read, and after
// the load, settled. Baseline: the same server idle just after start. BENCH_MS (15000; BENCH_QUICK 4000) per load.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordBench } from './record.ts';

const root = new URL('../../', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_MEMORY_PORT ?? 4620);
const MS = Number(process.env.BENCH_MS ?? (process.env.BENCH_QUICK ? 4000 : 15_000));
const CONNECTIONS = 100;
if (!existsSync(join(root, process.env.DIST_DIR ?? 'dist', 'index.html'))) throw new Error('bench:memory serves the built site: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-memory-'));

const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex'), MZY_SEED_DEMO: '1' };
const child = spawn(process.execPath, ['api/server.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
// The demo seed prints a case, its factor and the kiosk terminal keys once it listens (as bench:api reads them).
const out = await new Promise((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (chunk) => {
    text += chunk;
    if (/Kiosk terminals[^\n]*\n[^\n]+\n[^\n]+\n/.test(text)) resolve(text);
  });
  child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${text}`)));
});
child.stdout.resume();

const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function sampleWhile(running) {
  const samples = [];
  while (!running.done) {
    samples.push(rssMb());
    await sleep(250);
  }
  return samples;
}

function wrk(path, lua) {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${MS / 1000}s`];
  if (lua) {
    const file = join(dir, `load-${Math.random().toString(36).slice(2)}.lua`);
    writeFileSync(file, lua);
    args.push('-s', file);
  }
  const proc = spawn('wrk', [...args, `http://127.0.0.1:${PORT}${path}`]);
  let text = '';
  proc.stdout.on('data', (c) => (text += c));
  const state = { done: false };
  const finished = new Promise((resolve, reject) => {
    proc.on('error', () => reject(new Error('bench:memory needs wrk (Debian: apt-get install wrk)')));
    proc.on('close', () => {
      state.done = true;
      resolve({ rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]), non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0) });
    });
  });
  return { state, finished };
}

try {
  const caseLine = out.split('\n').find((l) => /^\s+\d{12}\s+\S+\s+approved/.test(l));
  const caseNumber = caseLine.trim().split(/\s+/)[0];
  const factor = /factor (\S+)/.exec(caseLine)[1];
  const terminalKey = /Kiosk terminals[^\n]*\n\s+(\S+)/.exec(out)[1];
  const body = JSON.stringify({ caseNumber, factor });

  await sleep(2000);
  const idle = [];
  for (let i = 0; i < 8; i++, await sleep(250)) idle.push(rssMb());
  const lookupLua = `wrk.method = "POST"\nwrk.body = [==[${body}]==]\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["X-Terminal-Key"] = "${terminalKey}"\n`;
  const lookups = wrk('/api/cases/lookup', lookupLua);
  const duringLookups = await sampleWhile(lookups.state);
  const lookupResult = await lookups.finished;
  const pages = wrk('/policy/dibao/');
  const duringPages = await sampleWhile(pages.state);
  const pageResult = await pages.finished;
  await sleep(5000);
  const after = [];
  for (let i = 0; i < 8; i++, await sleep(250)) after.push(rssMb());

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const idleMb = median(idle);
  const f = (n) => n.toFixed(1);
  console.log(`bench:memory — server RSS, ${CONNECTIONS} connections, ${MS / 1000} s per load`);
  console.log(`  idle after start: ${f(idleMb)} MB`);
  console.log(`  during lookups (${f(lookupResult.rps)} req/s, non-2xx ${lookupResult.non2xx}): median ${f(median(duringLookups))} MB, peak ${f(Math.max(...duringLookups))} MB`);
  console.log(`  during page reads (${f(pageResult.rps)} req/s, non-2xx ${pageResult.non2xx}): median ${f(median(duringPages))} MB, peak ${f(Math.max(...duringPages))} MB`);
  console.log(`  5 s after the load: ${f(median(after))} MB`);
  const baseline = { name: 'the same server idle after start', value: idleMb, unit: 'MB' };
  recordBench([{ title: `Server memory under load (RSS of api/server.ts, wrk ${CONNECTIONS} connections, ${MS / 1000} s per load, sampled every 250 ms)`, rows: [
    { figure: `peak RSS during lookups (${f(lookupResult.rps)} req/s, non-2xx ${lookupResult.non2xx})`, value: Math.max(...duringLookups), unit: 'MB', baseline },
    { figure: 'median RSS during lookups', value: median(duringLookups), unit: 'MB', baseline },
    { figure: `peak RSS during page reads /policy/dibao/ (${f(pageResult.rps)} req/s, non-2xx ${pageResult.non2xx})`, value: Math.max(...duringPages), unit: 'MB', baseline },
    { figure: 'RSS 5 s after the load', value: median(after), unit: 'MB', baseline },
  ] }]);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
