// The end of a visit (结束, or idle): nothing the resident viewed or typed is left in the browser, and the home screen
// comes back with the visit's page replaced in the history.
import { TERMINAL_STORAGE_KEY } from '../../lib/kiosk-terminal.ts';
import { READER_STORAGE_KEY } from '../../lib/kiosk-reader-config.ts';

/** Caches the service worker keeps across visits (the app shell, scripts/build/kiosk-sw-template.js); any other is the visit's. */
export const SHELL_CACHE_PREFIX = 'kiosk-shell-';
/** sessionStorage entries that belong to the terminal, not to a visit (its id, credential and last heartbeat, its reader's address). */
export const TERMINAL_KEYS = [TERMINAL_STORAGE_KEY, READER_STORAGE_KEY];

function clearCookies() {
  const paths = ['/', ...location.pathname.split('/').filter(Boolean).map((_, i, all) => `/${all.slice(0, i + 1).join('/')}`)];
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]!.trim();
    if (!name) continue;
    for (const path of [...paths, ...paths.map((p) => `${p}/`)]) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}`;
  }
}

function clearSessionStorage() {
  const kept = TERMINAL_KEYS.map((k) => [k, sessionStorage.getItem(k)] as const);
  sessionStorage.clear();
  for (const [k, v] of kept) if (v !== null) sessionStorage.setItem(k, v);
}

async function clearIndexedDb() {
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n);
  await Promise.all(names.map((name) => new Promise((done) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => done(null);
  })));
}

async function clearCaches() {
  if (!('caches' in globalThis)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => !n.startsWith(SHELL_CACHE_PREFIX)).map((n) => caches.delete(n)));
}

export async function wipeVisit(home: string) {
  for (const form of document.forms) form.reset();
  document.querySelector('main')?.replaceChildren();
  try {
    localStorage.clear();
    clearSessionStorage();
    clearCookies();
    await Promise.all([clearIndexedDb(), clearCaches()]);
  } finally {
    // A fresh document: in-memory state goes with the old one; replace(), so 返回 cannot reach the visit's page.
    location.replace(home);
  }
}
