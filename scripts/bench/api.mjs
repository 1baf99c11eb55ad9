// npm run bench:api — the real server on a temp database, measured in the same run against its baselines:
// (a) lookup throughput and p99 at 200 concurrent vs a bare node:http handler returning a comparable JSON body;
// (b) claim submission throughput vs raw @libsql/client inserts at the same durability (WAL, synchronous=FULL).
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';

const DURATION_MS = Number(process.env.BENCH_MS ?? 5000);
const LOOKUP_CONNECTIONS = 200;
const SUBMIT_CONNECTIONS = 20;
const API_PORT = Number(process.env.BENCH_API_PORT ?? 4510);
const BARE_PORT = API_PORT + 1;
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-'));

function startServer() {
  const env = { ...process.env, PORT: String(API_PORT), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex') };
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

/** Closed-loop load: `connections` workers each sending the next request when the last one answered. */
async function load({ port, path, connections, body, headers = {}, expectStatus }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + DURATION_MS;
  const once = () =>
    new Promise((resolve) => {
      const payload = typeof body === 'function' ? body() : body;
      const started = performance.now();
      const req = http.request({ port, host: '127.0.0.1', path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload.text), ...headers, ...payload.headers } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === expectStatus) latencies.push(performance.now() - started);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(payload.text);
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) await once();
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN, ok: latencies.length, errors };
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
  const lookupBody = { text: JSON.stringify({ caseNumber, factor: idLast6 }), headers: {} };
  const sample = await fetch(`http://127.0.0.1:${API_PORT}/api/cases/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-terminal-key': terminalKey }, body: lookupBody.text });
  const viewText = await sample.text();
  if (sample.status !== 200) throw new Error(`lookup failed: ${sample.status} ${viewText}`);
  const bare = await startBare(viewText);

  // Warm-up both, then measure.
  await load({ port: BARE_PORT, path: '/', connections: 50, body: lookupBody, expectStatus: 200 });
  const bareResult = await load({ port: BARE_PORT, path: '/', connections: LOOKUP_CONNECTIONS, body: lookupBody, expectStatus: 200 });
  bare.close();
  const lookupResult = await load({ port: API_PORT, path: '/api/cases/lookup', connections: LOOKUP_CONNECTIONS, body: lookupBody, headers: { 'x-terminal-key': terminalKey }, expectStatus: 200 });

  const { validClaim } = await import('../../tests/api/claimSample.mjs');
  const claimText = JSON.stringify(validClaim);
  const submitResult = await load({ port: API_PORT, path: '/api/cases', connections: SUBMIT_CONNECTIONS, body: () => ({ text: claimText, headers: { 'idempotency-key': randomUUID() } }), expectStatus: 201 });
  const rawResult = await rawInsertBaseline(claimText);

  const lookupRatio = lookupResult.rps / bareResult.rps;
  const submitRatio = submitResult.rps / rawResult.rps;
  console.log(`\nbench:api (${DURATION_MS / 1000}s per run, body ${viewText.length} B)`);
  console.log(`lookup      ${fmt(lookupResult.rps)} req/s, p99 ${fmt(lookupResult.p99)} ms at ${LOOKUP_CONNECTIONS} connections (${lookupResult.errors} errors)`);
  console.log(`bare http   ${fmt(bareResult.rps)} req/s, p99 ${fmt(bareResult.p99)} ms`);
  console.log(`  ratio ${lookupRatio.toFixed(2)}x (target ≥ 0.5x): ${lookupRatio >= 0.5 ? 'PASS' : 'FAIL'}; p99 target ≤ 20 ms: ${lookupResult.p99 <= 20 ? 'PASS' : 'FAIL'}`);
  console.log(`submission  ${fmt(submitResult.rps)} claims/s at ${SUBMIT_CONNECTIONS} connections, p99 ${fmt(submitResult.p99)} ms (${submitResult.errors} errors)`);
  console.log(`raw libsql  ${fmt(rawResult.rps)} inserts/s (WAL, synchronous=${rawResult.synchronous})`);
  console.log(`  ratio ${submitRatio.toFixed(2)}x (target ≥ 0.5x): ${submitRatio >= 0.5 ? 'PASS' : 'FAIL'}`);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
