// API processes of their own (node api/server.ts, as a deployment runs it) for tests across processes, and what
// residents and staff send them: claims each from a household and network of their own, staff actions.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { validClaim } from './testApp.ts';

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Spawns api/server.ts (or `script`) with `env` on `port` and waits until `servers` processes say they are serving. */
export function startApiProcess(port: number, env: NodeJS.ProcessEnv, script = 'api/server.ts', servers = 1): Promise<ApiProcess> {
  let serving = 0;
  const child = spawn(process.execPath, [script], { env: { ...process.env, HOST: '127.0.0.1', MZY_SEED_DEMO: '0', TRUST_PROXY: '1', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      serving += chunk.toString().split('serving on').length - 1;
      if (serving === servers) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
}

let client = 0;
/**
 * A claim from a household and network of their own; answers the status and, when 201, the case number. A connection
 * lost before the answer (a kept-alive socket the server closed as it was reused, on a loaded machine) is sent again
 * with the same key, as a resident's browser would: the key makes it one claim.
 */
export async function sendClaim(url: string, key = randomUUID(), body: Record<string, unknown> = validClaim()): Promise<{ status: number; caseNumber?: string }> {
  const n = ++client;
  const headers = { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
  const post = () => fetch(`${url}/api/cases`, { method: 'POST', headers, body: JSON.stringify(body) });
  const res = await post().catch(post).catch(post);
  const answer = (await res.json()) as { caseNumber?: string };
  return res.status === 201 ? { status: 201, caseNumber: answer.caseNumber! } : { status: res.status };
}

/** Sends `count` claims, `senders` at once; answers the case numbers acknowledged. */
export async function claims(url: string, count: number, senders: number, statuses: number[] = []): Promise<string[]> {
  const acknowledged: string[] = [];
  let left = count;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (left-- > 0) {
        const { status, caseNumber } = await sendClaim(url);
        statuses.push(status);
        if (caseNumber) acknowledged.push(caseNumber);
      }
    }),
  );
  return acknowledged;
}

/** Keeps sending claims until `until` (ms since epoch), `senders` at once; answers the case numbers acknowledged. */
export async function claimsUntil(url: string, until: number, senders: number, statuses: number[] = []): Promise<string[]> {
  const acknowledged: string[] = [];
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (Date.now() < until) {
        const { status, caseNumber } = await sendClaim(url);
        statuses.push(status);
        if (caseNumber) acknowledged.push(caseNumber);
      }
    }),
  );
  return acknowledged;
}

/** Signs a staff member in; answers the headers of a signed-in request. */
export async function signIn(url: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in refused: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken, origin: url, 'content-type': 'application/json' };
}

/** A staff action on a case; answers the status and the error code of a refusal. */
export async function act(url: string, headers: Record<string, string>, caseNumber: string, body: Record<string, unknown>): Promise<{ status: number; code?: string }> {
  const res = await fetch(`${url}/api/staff/cases/${caseNumber}/actions`, { method: 'POST', headers: { ...headers, origin: url }, body: JSON.stringify(body) });
  const answer = (await res.json()) as { code?: string };
  return { status: res.status, ...(answer.code ? { code: answer.code } : {}) };
}
