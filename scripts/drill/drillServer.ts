// The server under the drill: `node api/server.ts` as a deployment runs it, with the environment the drill gives
// (DATABASE_URL among it, so another database mode is a matter of the env), killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = 'serving on';

export interface DrillServer {
  child: ChildProcess;
  /** Resolves when the process has gone. */
  exited: Promise<void>;
}

const running = new Set<ChildProcess>();

/** For a drill that is itself stopped (Ctrl-C): no server is left behind. */
export function killRunningServers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function startDrillServer(env: NodeJS.ProcessEnv, startTimeoutMs = 60_000): Promise<DrillServer> {
  const child = spawn(process.execPath, ['api/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    running.delete(child);
    resolve();
  }));
  // Kept only until it is up; afterwards the request log is read and dropped.
  let output: string | undefined = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (output === undefined) return;
      output += chunk.toString();
      if (!output.includes(READY)) return;
      clearTimeout(timer);
      output = undefined;
      resolve({ child, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (output !== undefined) output += chunk.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it served:\n${output}`));
    });
  });
}

export async function killHard(server: DrillServer): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

export async function stopGently(server: DrillServer): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}
