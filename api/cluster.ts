// `npm run serve:cluster`: several API processes on one machine sharing the port (node:cluster) and the database.
// WORKERS=n (default one per core). The first worker starts alone, so it migrates (and seeds, when asked) before the
// others open the database; a worker that dies is replaced. Across the workers writes are safe through the
// database itself (db/retryBusy.ts, the version check of takeAction.ts, unique idempotency keys).
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const workers = Number(process.env['WORKERS'] ?? availableParallelism());
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`WORKERS must be a whole number of processes, 1 or more, not ${process.env['WORKERS']}`);
  process.exit(2);
}

const args = process.argv.slice(2);
// Only the first worker seeds demo data; the rest find it there.
const laterEnv = { MZY_SEED_DEMO: '0' };
const laterArgs = args.filter((a) => a !== '--demo');
let stopping = false;

cluster.setupPrimary({ exec: fileURLToPath(new URL('./server.ts', import.meta.url)), args });

const listened = new WeakSet<Worker>();

function fork(later: boolean): Worker {
  if (later) cluster.setupPrimary({ args: laterArgs });
  const worker = cluster.fork(later ? laterEnv : {});
  worker.once('listening', () => listened.add(worker));
  return worker;
}

function stopAll(code: number): void {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
  cluster.disconnect(() => process.exit(code));
}

fork(false).once('listening', () => {
  for (let i = 1; i < workers; i++) fork(true);
});

cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  // One that never started (a refused start, a bad setting) would only fail again.
  if (!listened.has(worker)) return stopAll(code || 1);
  console.error(`[cluster] worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
  fork(true);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => stopAll(0));
}
