import { spawn } from 'node:child_process';

/** Starts the real portal server on a free-ish port and resolves once /api/health answers. */
export async function startPortal(port, env = {}) {
  const child = spawn(process.execPath, ['api/server.ts'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}${env.BASE_PATH ?? '/'}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}api/health`)).ok) return { base, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('portal did not start');
}
