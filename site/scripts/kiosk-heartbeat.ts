// The page itself reports every 2 minutes (POST /api/terminals/heartbeat): what the console needs to know is whether
// a resident would find a working kiosk, and a hung or crashed page stops reporting exactly when it stops working.
// No separate sender on the machine is needed for that (kiosk/README.md says why).
import { noteHeartbeat, terminalIdentity } from '../lib/kiosk-terminal.ts';

export const HEARTBEAT_MS = 2 * 60_000;
const LAST_ERROR_KEY = 'mzy-kiosk-last-error';
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The build this page came from, written by the postbuild step (precached, so known offline too). */
async function buildVersion(): Promise<string> {
  try {
    const res = await fetch(`${BASE}kiosk/build.json`);
    return ((await res.json()) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// Only the message of a script error, cut short: never form values or page text.
function rememberErrors() {
  const keep = (message: string) => sessionStorage.setItem(LAST_ERROR_KEY, message.slice(0, 200));
  addEventListener('error', (e) => keep(String(e.message || 'error')));
  addEventListener('unhandledrejection', (e) => keep(String((e.reason as Error)?.message ?? e.reason)));
}

export function startHeartbeat(send: (path: string, init: RequestInit) => Promise<Response>) {
  const identity = terminalIdentity();
  if (!identity) return;
  rememberErrors();
  const versionReady = buildVersion();
  const beat = async () => {
    noteHeartbeat(Date.now());
    const lastError = sessionStorage.getItem(LAST_ERROR_KEY) ?? undefined;
    const body = { version: await versionReady, uptime: Math.round((Date.now() - identity.startedAt) / 1000), lastError };
    try {
      const res = await send('terminals/heartbeat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.ok && lastError !== undefined) sessionStorage.removeItem(LAST_ERROR_KEY);
    } catch {
      // Offline: the next beat tries again; the console shows the terminal offline meanwhile, which is true.
    }
  };
  // Read from the entry each time: a page opened after a visit ended still knows when the terminal last beat.
  const due = () => Date.now() - (terminalIdentity()?.lastBeatAt ?? 0) >= HEARTBEAT_MS;
  if (due()) void beat();
  setInterval(() => { if (due()) void beat(); }, 10_000);
}
