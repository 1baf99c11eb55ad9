// npm run bench:api — the real server on a temp database, each figure beside a baseline measured in the same run:
// (a) lookups: throughput and p99 at 200 connections vs a bare node:http handler answering the same body, and a
//     Hono handler doing no work (the stack's own ceiling);
// (b) claims: throughput vs what a careful plain implementation would do, raw @libsql/client writing the same rows
//     (case, its household's members, first audit event, idempotency key; the same tables, indexes and sizes, the
//     unique index of 一户一案 included) in one transaction per claim at WAL + synchronous=FULL.
// The machine is shared: every measurement runs BENCH_ROUNDS times, interleaved with its baseline, and the ratio
// of each round is reported with the spread. BENCH_MS (10000) per run, BENCH_THREADS (1) wrk threads,
// BENCH_ONLY=lookup|claims|processes|sqld for one part.
// (c) processes: lookups and claims on `npm run serve:cluster` with WORKERS=1 and WORKERS=2 (each on a database of
//     its own), rounds interleaved with the same baselines as (a) and (b): 2 processes ÷ 1 process, each ÷ baseline.
// (d) sqld: lookups and claims on a sqld primary (over http:// and ws://) and on an embedded file, interleaved: ÷ file.
import { spawn } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { recordBench } from './record.ts';

const DURATION_MS = Number(process.env.BENCH_MS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const THREADS = Number(process.env.BENCH_THREADS ?? 1);
const ONLY = process.env.BENCH_ONLY ?? '';
const WARM_MS = 3000;
const CLAIM_SLICE_MS = 2000;
const LOOKUP_CONNECTIONS = 200;
const SUBMIT_CONNECTIONS = 20;
const LOOKUP_TARGET = 0.5;
const CLAIM_TARGET = 1;
const API_PORT = Number(process.env.BENCH_API_PORT ?? 4510);
const BARE_PORT = API_PORT + 1;
const HONO_PORT = API_PORT + 2;
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-'));
const dbFile = join(dir, 'claims.db');

function startServer({ port = API_PORT, file = dbFile, workers = 0 } = {}) {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `file:${file}`, UPLOADS_DIR: join(dir, `uploads-${port}`), MZY_DATA_KEY: randomBytes(32).toString('hex'), MZY_SEED_DEMO: '1', TRUST_PROXY: '1', WORKERS: String(workers) };
  // workers > 0: the cluster entry, which forks that many servers sharing the port.
  const script = workers > 0 ? 'api/cluster.ts' : 'api/server.ts';
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), script], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const serving = out.split('serving on').length - 1;
      if (serving >= Math.max(1, workers) && /Kiosk terminals[^\n]*\n[^\n]+\n[^\n]+\n/.test(out)) resolve({ child, out });
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

// Load comes from wrk (C, from Debian's packages) in its own process, so the Node under test is not sharing its
// event loop with the load generator. Claims: each request has its own Idempotency-Key, its own household (the
// applicant's ID number @ID@ and a child's @CHILD@ in the body, numbered from `firstHousehold`, 5000 per thread, with
// their GB 11643 check characters; every run starts 20000 further on) and its own network (X-Forwarded-For, the server
// trusting one proxy): many residents applying, as the limits per client expect.
function luaScript({ body, headers = {}, claims = false, firstHousehold = 0 }) {
  const lua = `local body = [==[${body}]==]
local headers = { ["Content-Type"] = "application/json" }
${Object.entries(headers).map(([k, v]) => `headers["${k}"] = "${v}"`).join('\n')}
-- wrk runs this file once per thread; setup numbers the threads (the global tid of each thread's own state).
local threads, n = 0, 0
setup = function(thread) thread:set("tid", threads); threads = threads + 1 end
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local checks = "10X98765432"
-- The applicant born 1940–1999; the child born in 2015, the applicant's year of birth in its region digits.
local function idNumber(k, child)
  local seq = k % 1000; k = math.floor(k / 1000)
  local day = 1 + k % 28; k = math.floor(k / 28)
  local month = 1 + k % 12; k = math.floor(k / 12)
  local first17 = child and string.format("%06d2015%02d%02d%03d", 500000 + k % 60, month, day, seq) or string.format("431225%04d%02d%02d%03d", 1940 + k % 60, month, day, seq)
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(first17:sub(i, i)) * weights[i] end
  return first17 .. checks:sub(sum % 11 + 1, sum % 11 + 1)
end
request = function()
  ${claims ? `n = n + 1
  headers["Idempotency-Key"] = string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff), math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), n * 65536 + math.random(0, 0xffff))
  local k = ${firstHousehold} + (tid or 0) * 5000 + n
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(k / 65536) % 256, math.floor(k / 256) % 256, k % 256)
  return wrk.format("POST", nil, headers, (body:gsub("@ID@", idNumber(k)):gsub("@CHILD@", idNumber(k, true))))` : 'return wrk.format("POST", nil, headers, body)'}
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

// CPU time (µs) of the process answering, so each figure also has a cost per request, steadier than throughput
// on a shared machine: the baselines live in this process, the portal in its child (read from /proc).
const ownCpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const TICK_US = 1e6 / 100; // USER_HZ, 100 on Linux
const childCpu = (pid) => () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
};

/** Closed-loop load from wrk: `connections` connections, each sending the next request when the last answered. */
async function load({ port, path, connections, ms = DURATION_MS, cpu = ownCpu, ...script }) {
  const cpuBefore = cpu();
  // Asynchronous: the baseline servers live in this process and must keep answering while wrk runs.
  const wrk = spawn('wrk', [`-t${THREADS}`, `-c${connections}`, `-d${ms / 1000}s`, '--latency', '-s', luaScript(script), `http://127.0.0.1:${port}${path}`]);
  let out = '';
  wrk.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve, reject) => {
    wrk.on('error', () => reject(new Error('bench:api needs wrk (Debian: apt-get install wrk)')));
    wrk.on('close', resolve);
  });
  const cpuUs = cpu() - cpuBefore;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).map(Number) ?? [0, 0, 0, 0];
  const errors = non2xx + socket.reduce((a, b) => a + b, 0);
  const detail = errors === 0 ? '0' : `${errors} (non-2xx ${non2xx}; connect ${socket[0]}, read ${socket[1]}, write ${socket[2]}, timeout ${socket[3]})`;
  return { rps, requests, seconds: requests / rps, cpuUs, p99: toMs(/\s99%\s+(\S+)/.exec(out)[1]), errors, detail, cpuPerRequest: cpuUs / requests };
}

/** The project's own tables and indexes, from its migrations, in a database of the baseline's own. */
async function migratedClient(file) {
  const client = createClient({ url: `file:${file}`, timeout: 5000, concurrency: 1 });
  await client.execute('PRAGMA journal_mode=WAL');
  await client.execute('PRAGMA synchronous=FULL');
  const folder = join(root, 'api/db/migrations');
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
    for (const statement of readFileSync(join(folder, name), 'utf8').split('--> statement-breakpoint')) if (statement.trim()) await client.execute(statement);
  }
  return client;
}

/** The rows the server wrote for one claim: the baseline writes rows of the same columns and sizes. */
async function claimRows(idempotencyKey, file = dbFile) {
  const server = createClient({ url: `file:${file}` });
  const [key] = (await server.execute({ sql: 'SELECT * FROM idempotency_keys WHERE key = ?', args: [idempotencyKey] })).rows;
  const [caseRow] = (await server.execute({ sql: 'SELECT * FROM cases WHERE id = ?', args: [key.case_id] })).rows;
  const [event] = (await server.execute({ sql: 'SELECT * FROM audit_events WHERE case_id = ?', args: [key.case_id] })).rows;
  const members = (await server.execute({ sql: 'SELECT * FROM case_members WHERE case_id = ?', args: [key.case_id] })).rows;
  server.close();
  const columns = (row, ...skip) => Object.keys(row).filter((c) => !skip.includes(c));
  const bytes = (row) => Object.values(row).reduce((sum, v) => sum + (typeof v === 'string' ? Buffer.byteLength(v) : 8), 0);
  return { key, caseRow, event, members, columns, bytes: bytes(key) + bytes(caseRow) + bytes(event) + members.reduce((sum, m) => sum + bytes(m), 0) };
}

const insertSql = (table, columns) => `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/** One transaction per claim, one claim after the other: case row (fresh case number), its members (fresh hashes), first event, idempotency key. */
async function rawClaimsBaseline(client, rows, ms = DURATION_MS) {
  const caseColumns = rows.columns(rows.caseRow, 'id');
  const insertMembers = `INSERT INTO case_members (case_id, id_number_hmac, programme, open) VALUES ${rows.members.map(() => '(?, ?, ?, 1)').join(', ')}`;
  const eventColumns = rows.columns(rows.event, 'id', 'case_id');
  const keyColumns = rows.columns(rows.key, 'key', 'case_id');
  const insertCase = insertSql('cases', caseColumns);
  const insertEvent = insertSql('audit_events', ['case_id', ...eventColumns]);
  const insertKey = insertSql('idempotency_keys', ['key', 'case_id', ...keyColumns]);
  const sync = Object.values((await client.execute('PRAGMA synchronous')).rows[0])[0];
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    const caseValues = caseColumns.map((c) => (c === 'case_no' ? String(randomInt(1e11, 1e12)) : rows.caseRow[c]));
    const memberHmacs = rows.members.map((m) => randomBytes(m.id_number_hmac.length / 2).toString('hex'));
    const tx = await client.transaction('write');
    try {
      const caseId = (await tx.execute({ sql: insertCase, args: caseValues })).lastInsertRowid;
      await tx.execute({ sql: insertMembers, args: memberHmacs.flatMap((hmac) => [caseId, hmac, rows.caseRow.programme]) });
      await tx.execute({ sql: insertEvent, args: [caseId, ...eventColumns.map((c) => rows.event[c])] });
      await tx.execute({ sql: insertKey, args: [randomUUID(), caseId, ...keyColumns.map((c) => rows.key[c])] });
      await tx.commit();
    } finally {
      tx.close();
    }
    count++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { rps: count / seconds, count, seconds, synchronous: sync };
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0) : String(n));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
const row = (label, xs, unit = '') => console.log(`  ${label.padEnd(34)}${xs.map((x) => fmt(x).padStart(9)).join('')}   median ${fmt(median(xs))}${unit} (${spread(xs)})`);
const verdict = (ratios, target) => `median ${median(ratios).toFixed(2)}x, spread ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} (target ≥ ${target}x): ${median(ratios) >= target ? 'PASS' : 'FAIL'}`;
const load1 = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The demo's approved case and a kiosk terminal of a seeded server's console output, as a lookup's body and header. */
function lookupOf(out) {
  const caseLine = out.split('\n').find((l) => /^\s+\d{12}\s+\S+\s+approved/.test(l));
  const [caseNumber] = caseLine.trim().split(/\s+/);
  const idLast6 = /factor (\S+)/.exec(caseLine)[1];
  const terminalKey = /Kiosk terminals[^\n]*\n\s+(\S+)/.exec(out)[1];
  return { lookupText: JSON.stringify({ caseNumber, factor: idLast6 }), terminalKey };
}

/** Claims' JSON with @ID@ and @CHILD@ for wrk to fill, and one claim sent so its rows are the raw baseline's template. */
async function claimSetup(port, file) {
  const { validClaim } = await import('../../tests/api/testApp.ts');
  const sample = validClaim();
  const sampleBody = JSON.stringify(sample);
  const claimTemplate = sampleBody.replaceAll(sample.applicant.idNumber, '@ID@').replaceAll(sample.members[1].idNumber, '@CHILD@');
  const firstKey = randomUUID();
  const first = await fetch(`http://127.0.0.1:${port}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': firstKey }, body: sampleBody });
  if (first.status !== 201) throw new Error(`claim failed: ${first.status} ${await first.text()}`);
  return { sampleBody, claimTemplate, rows: await claimRows(firstKey, file) };
}

// (c) The cluster entry with one and with two workers, each on a database of its own, beside the same baselines.
async function processesSection() {
  const ports = { one: API_PORT + 10, two: API_PORT + 20 };
  // Each in a folder of its own: a demo seed prints its kiosk keys only where it made the credentials file beside the database.
  const files = { one: join(dir, 'one', 'claims.db'), two: join(dir, 'two', 'claims.db') };
  for (const file of Object.values(files)) mkdirSync(join(file, '..'));
  const servers = { one: await startServer({ port: ports.one, file: files.one, workers: 1 }), two: await startServer({ port: ports.two, file: files.two, workers: 2 }) };
  try {
    const lookups = { one: lookupOf(servers.one.out), two: lookupOf(servers.two.out) };
    const sample = await fetch(`http://127.0.0.1:${ports.one}/api/cases/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-terminal-key': lookups.one.terminalKey }, body: lookups.one.lookupText });
    const viewText = await sample.text();
    if (sample.status !== 200) throw new Error(`lookup failed: ${sample.status} ${viewText}`);
    const bare = await startBare(viewText);
    const targets = {
      bare: { port: BARE_PORT, path: '/', body: lookups.one.lookupText },
      one: { port: ports.one, path: '/api/cases/lookup', headers: { 'X-Terminal-Key': lookups.one.terminalKey }, body: lookups.one.lookupText },
      two: { port: ports.two, path: '/api/cases/lookup', headers: { 'X-Terminal-Key': lookups.two.terminalKey }, body: lookups.two.lookupText },
    };
    for (const t of Object.values(targets)) await load({ ...t, connections: 50, ms: WARM_MS });
    const lookupRuns = { bare: [], one: [], two: [] };
    for (let r = 0; r < ROUNDS; r++) for (const [name, t] of Object.entries(targets)) lookupRuns[name].push(await load({ ...t, connections: LOOKUP_CONNECTIONS }));
    bare.close();

    const claims = { one: await claimSetup(ports.one, files.one), two: await claimSetup(ports.two, files.two) };
    const raw = await migratedClient(join(dir, 'raw-processes.db'));
    const claimsLoad = (name, r, ms) => load({ port: ports[name], path: '/api/cases', connections: SUBMIT_CONNECTIONS, body: claims[name].claimTemplate, claims: true, firstHousehold: 1 + r * 20_000, ms });
    await claimsLoad('one', ROUNDS * 100, WARM_MS);
    await claimsLoad('two', ROUNDS * 100, WARM_MS);
    await rawClaimsBaseline(raw, claims.one.rows, WARM_MS);
    const slices = Math.max(1, Math.round(DURATION_MS / CLAIM_SLICE_MS));
    const claimRuns = { raw: [], one: [], two: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const sums = { raw: { n: 0, s: 0 }, one: { n: 0, s: 0 }, two: { n: 0, s: 0 } };
      for (let i = 0; i < slices; i++) {
        const steps = [
          async () => { const x = await rawClaimsBaseline(raw, claims.one.rows, CLAIM_SLICE_MS); sums.raw.n += x.count; sums.raw.s += x.seconds; },
          async () => { const x = await claimsLoad('one', r * 100 + i, CLAIM_SLICE_MS); sums.one.n += x.requests - x.errors; sums.one.s += x.seconds; },
          async () => { const x = await claimsLoad('two', r * 100 + i, CLAIM_SLICE_MS); sums.two.n += x.requests - x.errors; sums.two.s += x.seconds; },
        ];
        for (const step of i % 2 === 0 ? steps : steps.reverse()) await step();
      }
      for (const name of ['raw', 'one', 'two']) claimRuns[name].push({ rps: sums[name].n / sums[name].s });
    }
    raw.close();

    const ratio = (runs, a, b) => runs[a].map((x, i) => x.rps / runs[b][i].rps);
    const plain = (ratios) => verdict(ratios, 0).replace(/ \(target.*/, '');
    console.log(`\nprocesses (npm run serve:cluster), lookups at ${LOOKUP_CONNECTIONS} and claims at ${SUBMIT_CONNECTIONS} connections${' '.repeat(2)}${lookupRuns.bare.map((_, i) => `round ${i + 1}`.padStart(9)).join('')}`);
    row('bare node:http lookup, req/s', lookupRuns.bare.map((x) => x.rps));
    row('lookup, 1 process, req/s', lookupRuns.one.map((x) => x.rps));
    row('lookup, 2 processes, req/s', lookupRuns.two.map((x) => x.rps));
    row('raw libsql, 1 tx/claim, /s', claimRuns.raw.map((x) => x.rps));
    row('claims, 1 process, 2xx/s', claimRuns.one.map((x) => x.rps));
    row('claims, 2 processes, 2xx/s', claimRuns.two.map((x) => x.rps));
    for (const name of ['one', 'two']) console.log(`  lookup errors or timeouts, ${name}: ${lookupRuns[name].map((x) => x.detail).join(' / ')}`);
    console.log(`  lookup 1 process ÷ bare: ${plain(ratio(lookupRuns, 'one', 'bare'))}; 2 processes ÷ bare: ${plain(ratio(lookupRuns, 'two', 'bare'))}; 2 ÷ 1: ${plain(ratio(lookupRuns, 'two', 'one'))}`);
    console.log(`  claims 1 process ÷ raw: ${plain(ratio(claimRuns, 'one', 'raw'))}; 2 processes ÷ raw: ${plain(ratio(claimRuns, 'two', 'raw'))}; 2 ÷ 1: ${plain(ratio(claimRuns, 'two', 'one'))}`);
    const rps = (runs, name) => median(runs[name].map((x) => x.rps));
    sections.push({ id: 'processes', title: `1 vs 2 API processes on one file (npm run serve:cluster; lookups at ${LOOKUP_CONNECTIONS}, claims at ${SUBMIT_CONNECTIONS} connections, ${ROUNDS} rounds, medians)`, rows: [
      { figure: 'lookups, 1 process', value: rps(lookupRuns, 'one'), unit: 'req/s', baseline: { name: 'bare node:http handler', value: rps(lookupRuns, 'bare'), unit: 'req/s' }, ratio: median(ratio(lookupRuns, 'one', 'bare')) },
      { figure: 'lookups, 2 processes', value: rps(lookupRuns, 'two'), unit: 'req/s', baseline: { name: 'lookups, 1 process', value: rps(lookupRuns, 'one'), unit: 'req/s' }, ratio: median(ratio(lookupRuns, 'two', 'one')) },
      { figure: 'claims, 1 process', value: rps(claimRuns, 'one'), unit: 'claims/s', baseline: { name: 'raw libsql, 1 tx per claim', value: rps(claimRuns, 'raw'), unit: 'claims/s' }, ratio: median(ratio(claimRuns, 'one', 'raw')) },
      { figure: 'claims, 2 processes', value: rps(claimRuns, 'two'), unit: 'claims/s', baseline: { name: 'claims, 1 process', value: rps(claimRuns, 'one'), unit: 'claims/s' }, ratio: median(ratio(claimRuns, 'two', 'one')) },
    ] });
  } finally {
    servers.one.child.kill('SIGTERM');
    servers.two.child.kill('SIGTERM');
  }
}

/** A database at `url` made ready for section (d): migrated, with an admin and one terminal; answers its key. */
async function preparedDatabase(url, env, label) {
  const { openServices } = await import('../../api/openServices.ts');
  const { addAccount } = await import('../../api/staff/manageAccounts.ts');
  const { registerTerminal } = await import('../../api/terminals/registry.ts');
  const { accounts } = await import('../../api/db/schema/index.ts');
  const { eq } = await import('drizzle-orm');
  const services = await openServices({ databaseUrl: url, uploadsDir: join(dir, `uploads-setup-${label}`), env });
  try {
    await addAccount(services, { username: 'bench-admin', role: 'admin', county: '431225', by: 'bench' });
    const [admin] = await services.db.select().from(accounts).where(eq(accounts.username, 'bench-admin'));
    return (await registerTerminal(services, admin, { name: `bench ${label}`, township: '林城镇' })).key;
  } finally {
    services.client.close();
  }
}

// (d) The same server on a libSQL server (a sqld primary with JWT auth, as a province runs it), reached over HTTP
// (http://) and over a WebSocket (ws://), and on an embedded file, each database made the same way, rounds
// interleaved: each ÷ file. sqld's own CPU counts in its CPU per request.
async function sqldSection() {
  const { sqldAuth, startSqld } = await import('../support/sqld.ts');
  const { startApiProcess } = await import('../../tests/api/apiProcess.ts');
  const { validClaim } = await import('../../tests/api/testApp.ts');
  const auth = sqldAuth(dir);
  const primary = await startSqld({ dir: join(dir, 'sqld'), authKeyFile: auth.keyFile });
  const kinds = ['file', 'http', 'ws'];
  const ports = { file: API_PORT + 30, http: API_PORT + 40, ws: API_PORT + 50 };
  // ws shares http's database, so its claims draw other households (the Lua numbers them from firstHousehold).
  const households = { file: 0, http: 0, ws: 10_000_000 };
  const key = { MZY_DATA_KEY: randomBytes(32).toString('hex') };
  const sqld = { ...key, DATABASE_AUTH_TOKEN: auth.token };
  const envs = { file: { ...key, DATABASE_URL: `file:${join(dir, 'file-vs-sqld.db')}` }, http: { ...sqld, DATABASE_URL: primary.url }, ws: { ...sqld, DATABASE_URL: primary.url.replace(/^http:/, 'ws:') } };
  const apis = {};
  try {
    const terminalKeys = { file: await preparedDatabase(envs.file.DATABASE_URL, envs.file, 'file'), http: await preparedDatabase(envs.http.DATABASE_URL, envs.http, 'sqld') };
    terminalKeys.ws = terminalKeys.http;
    for (const kind of kinds) apis[kind] = await startApiProcess(ports[kind], { ...envs[kind], UPLOADS_DIR: join(dir, `uploads-${kind}`) });
    const sample = validClaim();
    const sampleBody = JSON.stringify(sample);
    const claimTemplate = sampleBody.replaceAll(sample.applicant.idNumber, '@ID@').replaceAll(sample.members[1].idNumber, '@CHILD@');
    const caseNumbers = {};
    for (const kind of ['file', 'http']) {
      const filed = await fetch(`http://127.0.0.1:${ports[kind]}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: sampleBody });
      if (filed.status !== 201) throw new Error(`claim on ${kind} failed: ${filed.status} ${await filed.text()}`);
      caseNumbers[kind] = (await filed.json()).caseNumber;
    }
    caseNumbers.ws = caseNumbers.http;
    const targets = {};
    for (const kind of kinds) {
      const body = JSON.stringify({ caseNumber: caseNumbers[kind], factor: sample.applicant.idNumber.slice(-6) });
      const looked = await fetch(`http://127.0.0.1:${ports[kind]}/api/cases/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-terminal-key': terminalKeys[kind] }, body });
      if (looked.status !== 200) throw new Error(`lookup on ${kind} failed: ${looked.status} ${await looked.text()}`);
      const apiCpu = childCpu(apis[kind].process.pid);
      const cpu = kind === 'file' ? apiCpu : () => apiCpu() + childCpu(primary.process.pid)();
      targets[kind] = { port: ports[kind], path: '/api/cases/lookup', headers: { 'X-Terminal-Key': terminalKeys[kind] }, body, cpu };
    }
    const order = (r) => (r % 2 === 0 ? kinds : [...kinds].reverse());
    for (const t of Object.values(targets)) await load({ ...t, connections: 50, ms: WARM_MS });
    const lookupRuns = { file: [], http: [], ws: [] };
    for (let r = 0; r < ROUNDS; r++) for (const kind of order(r)) lookupRuns[kind].push(await load({ ...targets[kind], connections: LOOKUP_CONNECTIONS }));

    const claimsLoad = (kind, k, ms) => load({ port: ports[kind], path: '/api/cases', connections: SUBMIT_CONNECTIONS, body: claimTemplate, claims: true, firstHousehold: 1 + k * 20_000 + households[kind], ms, cpu: targets[kind].cpu });
    for (const kind of kinds) await claimsLoad(kind, ROUNDS * 100, WARM_MS);
    const slices = Math.max(1, Math.round(DURATION_MS / CLAIM_SLICE_MS));
    const claimRuns = { file: [], http: [], ws: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const sums = Object.fromEntries(kinds.map((kind) => [kind, { n: 0, s: 0, cpu: 0, errors: 0 }]));
      for (let i = 0; i < slices; i++) {
        for (const kind of order(i)) {
          const x = await claimsLoad(kind, r * 100 + i, CLAIM_SLICE_MS);
          const sum = sums[kind];
          Object.assign(sum, { n: sum.n + x.requests - x.errors, s: sum.s + x.seconds, cpu: sum.cpu + x.cpuUs, errors: sum.errors + x.errors });
        }
      }
      for (const kind of kinds) claimRuns[kind].push({ rps: sums[kind].n / sums[kind].s, cpuPerRequest: sums[kind].cpu / Math.max(1, sums[kind].n), errors: sums[kind].errors });
    }

    const ratio = (runs, kind) => runs[kind].map((x, i) => x.rps / runs.file[i].rps);
    const plain = (ratios) => verdict(ratios, 0).replace(/ \(target.*/, '');
    console.log(`\nsqld (http:// and ws://) vs embedded file, lookups at ${LOOKUP_CONNECTIONS} and claims at ${SUBMIT_CONNECTIONS} connections${' '.repeat(2)}${lookupRuns.file.map((_, i) => `round ${i + 1}`.padStart(9)).join('')}`);
    for (const kind of kinds) row(`lookup, ${kind}, req/s`, lookupRuns[kind].map((x) => x.rps));
    for (const kind of kinds) row(`p99 lookup, ${kind}, ms`, lookupRuns[kind].map((x) => x.p99), ' ms');
    for (const kind of kinds) row(`CPU per lookup, ${kind}, µs`, lookupRuns[kind].map((x) => x.cpuPerRequest), ' µs');
    for (const kind of kinds) row(`claims, ${kind}, 2xx/s`, claimRuns[kind].map((x) => x.rps));
    for (const kind of kinds) row(`CPU per claim, ${kind}, µs`, claimRuns[kind].map((x) => x.cpuPerRequest), ' µs');
    for (const kind of kinds) console.log(`  errors or timeouts, ${kind}: lookups ${lookupRuns[kind].map((x) => x.detail).join(' / ')}; claims ${claimRuns[kind].map((x) => x.errors).join(' / ')}`);
    console.log(`  lookup http ÷ file: ${plain(ratio(lookupRuns, 'http'))}; ws ÷ file: ${plain(ratio(lookupRuns, 'ws'))}`);
    console.log(`  claims http ÷ file: ${plain(ratio(claimRuns, 'http'))}; ws ÷ file: ${plain(ratio(claimRuns, 'ws'))}`);
    console.log('  (sqld CPU is counted in its CPU per request; on a libSQL server nothing local can tell another process\'s writes, so the lookup caches keep nothing: see api/db/changeWatch.ts)');
    const m = (runs, kind, key = 'rps') => median(runs[kind].map((x) => x[key]));
    const onFile = (runs, name, key, unit) => ({ name, value: m(runs, 'file', key), unit });
    sections.push({ id: 'sqld', title: `sqld primary (JWT auth, same machine) over http:// and ws:// vs the embedded file (lookups at ${LOOKUP_CONNECTIONS}, claims at ${SUBMIT_CONNECTIONS} connections, ${ROUNDS} rounds, medians; sqld's CPU counted in its CPU per request)`, rows: [
      ...['http', 'ws'].flatMap((kind) => [
        { figure: `lookups on sqld, ${kind}://`, value: m(lookupRuns, kind), unit: 'req/s', baseline: onFile(lookupRuns, 'lookups on the file', 'rps', 'req/s'), ratio: median(ratio(lookupRuns, kind)) },
        { figure: `p99 lookups on sqld, ${kind}://`, value: m(lookupRuns, kind, 'p99'), unit: 'ms', baseline: onFile(lookupRuns, 'p99 on the file', 'p99', 'ms') },
        { figure: `CPU per lookup on sqld, ${kind}://`, value: m(lookupRuns, kind, 'cpuPerRequest'), unit: 'µs', baseline: onFile(lookupRuns, 'on the file', 'cpuPerRequest', 'µs') },
        { figure: `claims on sqld, ${kind}://`, value: m(claimRuns, kind), unit: 'claims/s', baseline: onFile(claimRuns, 'claims on the file', 'rps', 'claims/s'), ratio: median(ratio(claimRuns, kind)) },
        { figure: `CPU per claim on sqld, ${kind}://`, value: m(claimRuns, kind, 'cpuPerRequest'), unit: 'µs', baseline: onFile(claimRuns, 'on the file', 'cpuPerRequest', 'µs') },
      ]),
      { figure: 'errors or timeouts (all rounds, all three)', value: kinds.reduce((n, kind) => n + lookupRuns[kind].reduce((a, x) => a + x.errors, 0) + claimRuns[kind].reduce((a, x) => a + x.errors, 0), 0) },
    ] });
  } finally {
    await Promise.all(Object.values(apis).map((a) => a.stop()));
    await primary.stop();
  }
}

const loadAtStart = load1();
const sections = [];
// Sections (a) and (b) run on one server; (c) and (d) start their own.
const { child, out } = ONLY === 'processes' || ONLY === 'sqld' ? {} : await startServer();
try {
  console.log(`\nbench:api — wrk ${THREADS} thread(s), ${DURATION_MS / 1000} s per run, ${ROUNDS} rounds interleaved with their baselines; load average at start ${loadAtStart}`);

  if (ONLY === '' || ONLY === 'lookup') {
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
    const targets = {
      bare: { port: BARE_PORT, path: '/' },
      hono: { port: HONO_PORT, path: '/' },
      lookup: { port: API_PORT, path: '/api/cases/lookup', headers: { 'X-Terminal-Key': terminalKey }, cpu: childCpu(child.pid) },
    };
    for (const t of Object.values(targets)) await load({ ...t, connections: 50, body: lookupText, ms: WARM_MS });
    const runs = { bare: [], hono: [], lookup: [] };
    for (let r = 0; r < ROUNDS; r++) for (const [name, t] of Object.entries(targets)) runs[name].push(await load({ ...t, connections: LOOKUP_CONNECTIONS, body: lookupText }));
    bare.close();
    hono.close();

    const ratio = (a, b) => runs[a].map((x, i) => x.rps / runs[b][i].rps);
    console.log(`\nlookup, ${LOOKUP_CONNECTIONS} connections, answer ${Buffer.byteLength(viewText)} B${' '.repeat(8)}${runs.bare.map((_, i) => `round ${i + 1}`.padStart(9)).join('')}`);
    row('bare node:http, req/s', runs.bare.map((x) => x.rps));
    row('hono doing no work, req/s', runs.hono.map((x) => x.rps));
    row('POST /api/cases/lookup, req/s', runs.lookup.map((x) => x.rps));
    row('CPU per request bare, µs', runs.bare.map((x) => x.cpuPerRequest), ' µs');
    row('CPU per request hono, µs', runs.hono.map((x) => x.cpuPerRequest), ' µs');
    row('CPU per request lookup, µs', runs.lookup.map((x) => x.cpuPerRequest), ' µs');
    row('p99 bare, ms', runs.bare.map((x) => x.p99), ' ms');
    row('p99 hono doing no work, ms', runs.hono.map((x) => x.p99), ' ms');
    row('p99 lookup, ms', runs.lookup.map((x) => x.p99), ' ms');
    for (const name of ['bare', 'hono', 'lookup']) console.log(`  errors or timeouts, ${name}: ${runs[name].map((x) => x.detail).join(' / ')}`);
    console.log(`  hono ÷ bare: ${verdict(ratio('hono', 'bare'), 0).replace(/ \(target.*/, '')} (the stack's own ceiling here)`);
    console.log(`  lookup ÷ bare: ${verdict(ratio('lookup', 'bare'), LOOKUP_TARGET)}`);
    console.log(`  CPU per request, bare ÷ lookup: ${verdict(runs.bare.map((x, i) => x.cpuPerRequest / runs.lookup[i].cpuPerRequest), LOOKUP_TARGET).replace(/: (PASS|FAIL)$/, '')} (from CPU time per request of each process; the target is on throughput)`);
    const m = (name, key) => median(runs[name].map((x) => x[key]));
    const lookupRatios = ratio('lookup', 'bare');
    sections.push({ title: `API lookup (POST /api/cases/lookup, ${LOOKUP_CONNECTIONS} connections, ${ROUNDS} rounds × ${DURATION_MS / 1000} s, medians)`, rows: [
      { figure: 'lookup throughput', value: m('lookup', 'rps'), unit: 'req/s', baseline: { name: 'bare node:http, same body', value: m('bare', 'rps'), unit: 'req/s' }, ratio: median(lookupRatios), target: `≥ ${LOOKUP_TARGET}×`, verdict: median(lookupRatios) >= LOOKUP_TARGET ? 'PASS' : 'FAIL' },
      { figure: 'Hono doing no work (the stack’s ceiling)', value: m('hono', 'rps'), unit: 'req/s', baseline: { name: 'bare node:http', value: m('bare', 'rps'), unit: 'req/s' }, ratio: median(ratio('hono', 'bare')) },
      { figure: 'CPU per lookup', value: m('lookup', 'cpuPerRequest'), unit: 'µs', baseline: { name: 'bare node:http', value: m('bare', 'cpuPerRequest'), unit: 'µs' } },
      { figure: 'p99 lookup', value: m('lookup', 'p99'), unit: 'ms', baseline: { name: 'bare node:http', value: m('bare', 'p99'), unit: 'ms' } },
      { figure: 'errors or timeouts (lookup, all rounds)', value: runs.lookup.reduce((n, x) => n + x.errors, 0) },
    ] });
    console.log(`  p99 at ${LOOKUP_CONNECTIONS} connections: lookup ${fmt(median(runs.lookup.map((x) => x.p99)))} ms beside bare ${fmt(median(runs.bare.map((x) => x.p99)))} ms (medians; same runs, no fixed target)`);
  }

  if (ONLY === '' || ONLY === 'claims') {
    const { validClaim } = await import('../../tests/api/testApp.ts');
    const sample = validClaim();
    const sampleBody = JSON.stringify(sample);
    const claimTemplate = sampleBody.replaceAll(sample.applicant.idNumber, '@ID@').replaceAll(sample.members[1].idNumber, '@CHILD@');
    // One claim first: the rows it leaves are the baseline's template (same columns, same sizes).
    const firstKey = randomUUID();
    const first = await fetch(`http://127.0.0.1:${API_PORT}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': firstKey }, body: sampleBody });
    if (first.status !== 201) throw new Error(`claim failed: ${first.status} ${await first.text()}`);
    const rows = await claimRows(firstKey);
    const raw = await migratedClient(join(dir, 'raw.db'));

    const claimsLoad = (r, ms) => load({ cpu: childCpu(child.pid), port: API_PORT, path: '/api/cases', connections: SUBMIT_CONNECTIONS, body: claimTemplate, claims: true, firstHousehold: 1 + r * 20_000, ms });
    await claimsLoad(ROUNDS * 100, WARM_MS);
    await rawClaimsBaseline(raw, rows, WARM_MS);
    // fsync times on a shared disk drift by several times within seconds: each round alternates short slices of
    // the baseline and the server (ABBA order) and compares their sums.
    const slices = Math.max(1, Math.round(DURATION_MS / CLAIM_SLICE_MS));
    const runs = { raw: [], server: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const raws = [];
      const servers = [];
      for (let i = 0; i < slices; i++) {
        const pair = [async () => raws.push(await rawClaimsBaseline(raw, rows, CLAIM_SLICE_MS)), async () => servers.push(await claimsLoad(r * 100 + i, CLAIM_SLICE_MS))];
        for (const step of i % 2 === 0 ? pair : pair.reverse()) await step();
      }
      const sum = (xs, key) => xs.reduce((a, x) => a + x[key], 0);
      runs.raw.push({ rps: sum(raws, 'count') / sum(raws, 'seconds'), synchronous: raws[0].synchronous });
      runs.server.push({
        rps: sum(servers, 'requests') / sum(servers, 'seconds'),
        cpuPerRequest: sum(servers, 'cpuUs') / sum(servers, 'requests'),
        p99: Math.max(...servers.map((x) => x.p99)),
        errors: sum(servers, 'errors'),
        detail: servers.map((x) => x.detail).join(', '),
      });
    }
    raw.close();

    const ratios = runs.server.map((x, i) => x.rps / runs.raw[i].rps);
    console.log(`\nclaims, ${SUBMIT_CONNECTIONS} connections, body ${Buffer.byteLength(sampleBody)} B, rows ${rows.bytes} B per claim${' '.repeat(2)}${runs.raw.map((_, i) => `round ${i + 1}`.padStart(9)).join('')}`);
    row(`raw libsql, 1 tx/claim, sync=${runs.raw[0].synchronous}, /s`, runs.raw.map((x) => x.rps));
    row('POST /api/cases, claims/s', runs.server.map((x) => x.rps));
    row('CPU per claim, µs', runs.server.map((x) => x.cpuPerRequest), ' µs');
    row(`p99 claims, worst ${CLAIM_SLICE_MS / 1000}-s slice, ms`, runs.server.map((x) => x.p99), ' ms');
    console.log(`  errors or timeouts: ${runs.server.map((x) => (x.errors === 0 ? '0' : x.detail)).join(' / ')}`);
    console.log(`  claims ÷ raw: ${verdict(ratios, CLAIM_TARGET)}`);
    sections.push({ title: `API claims (POST /api/cases, ${SUBMIT_CONNECTIONS} connections, ${ROUNDS} rounds, ABBA slices of ${CLAIM_SLICE_MS / 1000} s, medians)`, rows: [
      { figure: 'claims throughput', value: median(runs.server.map((x) => x.rps)), unit: 'claims/s', baseline: { name: `raw @libsql/client, 1 tx per claim, synchronous=${runs.raw[0].synchronous}`, value: median(runs.raw.map((x) => x.rps)), unit: 'claims/s' }, ratio: median(ratios), target: `≥ ${CLAIM_TARGET}×`, verdict: median(ratios) >= CLAIM_TARGET ? 'PASS' : 'FAIL' },
      { figure: 'CPU per claim', value: median(runs.server.map((x) => x.cpuPerRequest)), unit: 'µs' },
      { figure: `p99 claims (worst ${CLAIM_SLICE_MS / 1000}-s slice)`, value: median(runs.server.map((x) => x.p99)), unit: 'ms' },
      { figure: 'errors or timeouts (all rounds)', value: runs.server.reduce((n, x) => n + x.errors, 0) },
    ] });
  }
  if (ONLY === '' || ONLY === 'processes') await processesSection();
  if (ONLY === '' || ONLY === 'sqld') await sqldSection();
  console.log(`\nload average at end ${load1()} (2 cores, shared)`);
  recordBench(sections, { loadAtStart, loadAtEnd: load1() });
} finally {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
