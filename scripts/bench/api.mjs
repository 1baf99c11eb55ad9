// npm run bench:api — the real server on a temp database, measured in the same run against its baselines:
// (a) lookup throughput and p99 at 200 concurrent vs a bare node:http handler returning a comparable JSON body;
// (b) claim submission throughput vs raw @libsql/client inserts at the same durability (WAL, synchronous=FULL).
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const DURATION_MS = Number(process.env.BENCH_MS ?? 5000);
const LOOKUP_CONNECTIONS = 200;
const SUBMIT_CONNECTIONS = 20;
const API_PORT = Number(process.env.BENCH_API_PORT ?? 4510);
const BARE_PORT = API_PORT + 1;
const HONO_PORT = API_PORT + 2;
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-'));

function startServer() {
  const env = { ...process.env, PORT: String(API_PORT), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex'), MZY_SEED_DEMO: '1' };
  const child = spawn(process.execPath, ['api/server.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/Kiosk terminals[^\n]*\n[^\n]+\n[^\n]+\n/.test(out)) resolve({ child, out });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

// A bare handler answering a body of the same size and shape as a case view.
function startBare(bodyText) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(bodyText);
    });
  });
  return new Promise((resolve) => server.listen(BARE_PORT, '127.0.0.1', () => resolve(server)));
}

// Load comes from wrk (C, from Debian's packages) in its own process, so the Node under test is not sharing
// its event loop with the load generator; `wrk.lua` gives each claim its own Idempotency-Key.
function luaScript({ body, headers, uniqueKey }) {
  const lua = `local body = [==[${body}]==]
local headers = { ["Content-Type"] = "application/json" }
${Object.entries(headers).map(([k, v]) => `headers["${k}"] = "${v}"`).join('\n')}
local n = 0
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  ${uniqueKey ? 'n = n + 1\n  headers["Idempotency-Key"] = string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff), math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), n * 65536 + math.random(0, 0xffff))' : ''}
  return wrk.format("POST", nil, headers, body)
end
`;
  const file = join(dir, `load-${Math.random().toString(36).slice(2)}.lua`);
  writeFileSync(file, lua);
  return file;
}

const toMs = (value) => {
  const [, n, unit] = /([\d.]+)(us|ms|s|m)/.exec(value);
  return Number(n) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[unit];
};

/** Closed-loop load from wrk: `connections` connections, each sending the next request when the last answered. */
async function load({ port, path, connections, body, headers = {}, uniqueKey = false }) {
  const script = luaScript({ body, headers, uniqueKey });
  // Asynchronous: the baseline servers live in this process and must keep answering while wrk runs.
  const wrk = spawn('wrk', ['-t2', `-c${connections}`, `-d${DURATION_MS / 1000}s`, '--latency', '-s', script, `http://127.0.0.1:${port}${path}`]);
  let out = '';
  wrk.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve, reject) => {
    wrk.on('error', () => reject(new Error('bench:api needs wrk (Debian: apt-get install wrk)')));
    wrk.on('close', resolve);
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/timeout (\d+)/.exec(out)?.[1] ?? 0);
  return { rps, p99: toMs(/\s99%\s+(\S+)/.exec(out)[1]), errors };
}

// The same stack doing no work: what Hono on @hono/node-server costs by itself on this machine.
function startMinimalHono(bodyText) {
  const app = new Hono().post('/', async (c) => {
    await c.req.json();
    c.header('cache-control', 'no-store');
    return c.body(bodyText, 200, { 'content-type': 'application/json' });
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: HONO_PORT, hostname: '127.0.0.1' }, () => resolve(server));
  });
}

function rawInsertBaseline(claimText) {
  return (async () => {
    const client = createClient({ url: `file:${join(dir, 'raw.db')}`, timeout: 5000, concurrency: 1 });
    await client.execute('PRAGMA journal_mode=WAL');
    await client.execute('PRAGMA synchronous=FULL');
    const sync = (await client.execute('PRAGMA synchronous')).rows[0];
    await client.execute('CREATE TABLE claims (id INTEGER PRIMARY KEY, key TEXT UNIQUE, body TEXT, at TEXT)');
    let count = 0;
    const started = performance.now();
    const deadline = started + DURATION_MS;
    while (performance.now() < deadline) {
      await client.execute({ sql: 'INSERT INTO claims (key, body, at) VALUES (?, ?, ?)', args: [randomUUID(), claimText, new Date().toISOString()] });
      count++;
    }
    client.close();
    return { rps: count / ((performance.now() - started) / 1000), synchronous: Object.values(sync)[0] };
  })();
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 100 ? 1 : 0) : String(n));

const { child, out } = await startServer();
try {
  const caseLine = out.split('\n').find((l) => /^\s+\d{12}\s+\S+\s+approved/.test(l));
  const [caseNumber] = caseLine.trim().split(/\s+/);
  const idLast6 = /factor (\S+)/.exec(caseLine)[1];
  const terminalKey = /Kiosk terminals[^\n]*\n\s+(\S+)/.exec(out)[1];
  const lookupText = JSON.stringify({ caseNumber, factor: idLast6 });
  const sample = await fetch(`http://127.0.0.1:${API_PORT}/api/cases/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-terminal-key': terminalKey }, body: lookupText });
  const viewText = await sample.text();
  if (sample.status !== 200) throw new Error(`lookup failed: ${sample.status} ${viewText}`);
  const bare = await startBare(viewText);
  const hono = await startMinimalHono(viewText);

  // Warm up each, then measure.
  const lookupAt = async (port, path, headers) => {
    await load({ port, path, connections: 50, body: lookupText, headers });
    return load({ port, path, connections: LOOKUP_CONNECTIONS, body: lookupText, headers });
  };
  const bareResult = await lookupAt(BARE_PORT, '/');
  bare.close();
  const honoResult = await lookupAt(HONO_PORT, '/');
  hono.close();
  const lookupResult = await lookupAt(API_PORT, '/api/cases/lookup', { 'X-Terminal-Key': terminalKey });

  // The API tests' claim (Node 24 imports the TypeScript helper directly).
  const { validClaim } = await import('../../tests/api/testApp.ts');
  const claimText = JSON.stringify(validClaim());
  const submitResult = await load({ port: API_PORT, path: '/api/cases', connections: SUBMIT_CONNECTIONS, body: claimText, uniqueKey: true });
  const rawResult = await rawInsertBaseline(claimText);

  const lookupRatio = lookupResult.rps / bareResult.rps;
  const submitRatio = submitResult.rps / rawResult.rps;
  console.log(`\nbench:api (wrk, ${DURATION_MS / 1000}s per run, body ${viewText.length} B)`);
  console.log(`lookup       ${fmt(lookupResult.rps)} req/s, p99 ${fmt(lookupResult.p99)} ms at ${LOOKUP_CONNECTIONS} connections (${lookupResult.errors} errors or timeouts)`);
  console.log(`bare http    ${fmt(bareResult.rps)} req/s, p99 ${fmt(bareResult.p99)} ms`);
  console.log(`hono, no work ${fmt(honoResult.rps)} req/s, p99 ${fmt(honoResult.p99)} ms (${(honoResult.rps / bareResult.rps).toFixed(2)}x bare: the stack's own ceiling here)`);
  console.log(`  ratio ${lookupRatio.toFixed(2)}x (target ≥ 0.5x): ${lookupRatio >= 0.5 ? 'PASS' : 'FAIL'}; p99 target ≤ 20 ms: ${lookupResult.p99 <= 20 ? 'PASS' : 'FAIL'}`);
  console.log(`submission   ${fmt(submitResult.rps)} claims/s at ${SUBMIT_CONNECTIONS} connections, p99 ${fmt(submitResult.p99)} ms (${submitResult.errors} errors or timeouts)`);
  console.log(`raw libsql   ${fmt(rawResult.rps)} inserts/s (WAL, synchronous=${rawResult.synchronous})`);
  console.log(`  ratio ${submitRatio.toFixed(2)}x (target ≥ 0.5x): ${submitRatio >= 0.5 ? 'PASS' : 'FAIL'}`);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
