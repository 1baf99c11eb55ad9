// The kiosk's network: registers the service worker (scope /kiosk/, see scripts/build/kiosk-sw.mjs) and keeps an
// online/offline state the layout shows. "Offline" means the API does not answer, not the browser's own flag: a
// village router can be up while the county server is not. While offline it asks again every few seconds and the
// notice goes away by itself.
import { startHeartbeat } from './kiosk-heartbeat.ts';
import { adoptTerminalFromFragment, terminalHeaders } from '../lib/kiosk-terminal.ts';

export type NetworkState = 'online' | 'offline';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
export const API_BASE = `${BASE}api/`;
const PROBE_TIMEOUT_MS = 5000;
/** How often an offline kiosk asks again; short so the notice leaves soon after the line is back. */
export const OFFLINE_RETRY_MS = 5000;
const ONLINE_RECHECK_MS = 60_000;

let state: NetworkState = 'online';
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<(s: NetworkState) => void>();

export const networkState = (): NetworkState => state;

/** Called with every change; returns the unsubscribe. */
export function onNetworkChange(listener: (s: NetworkState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: NetworkState) {
  schedule(next === 'offline' ? OFFLINE_RETRY_MS : ONLINE_RECHECK_MS);
  if (next === state) return;
  state = next;
  document.documentElement.dataset.network = next;
  for (const el of document.querySelectorAll<HTMLElement>('[data-kiosk-offline]')) el.hidden = next === 'online';
  for (const listener of listeners) listener(next);
}

function schedule(ms: number) {
  clearTimeout(timer);
  timer = setTimeout(() => void probe(), ms);
}

/** Asks the API whether it is there (GET /api/health, never cached) and updates the state. */
export async function probe(): Promise<NetworkState> {
  try {
    const res = await fetch(`${API_BASE}health`, { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    setState(res.ok ? 'online' : 'offline');
  } catch {
    setState('offline');
  }
  return state;
}

/**
 * fetch for kiosk API calls: sends the terminal's headers and turns a failed connection into the offline state
 * (the caller still gets the error, to say "需要网络" where it needs the answer).
 */
export async function kioskFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(terminalHeaders())) headers.set(name, value);
  try {
    const res = await fetch(path.startsWith('/') ? path : `${API_BASE}${path}`, { ...init, headers, cache: 'no-store' });
    // 502–504 come from a proxy in front of a server that is down: offline too.
    setState(res.status >= 502 && res.status <= 504 ? 'offline' : 'online');
    return res;
  } catch (error) {
    setState('offline');
    throw error;
  }
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(`${BASE}kiosk/sw.js`, { scope: `${BASE}kiosk/` });
  } catch {
    // Without it the kiosk still works while the network does; nothing to show the resident.
  }
}

/** Once per kiosk page, from the kiosk layout. */
export function startKioskNetwork() {
  adoptTerminalFromFragment();
  document.documentElement.dataset.network = state;
  addEventListener('offline', () => setState('offline'));
  addEventListener('online', () => void probe());
  void registerServiceWorker();
  void probe();
  startHeartbeat(kioskFetch);
}
