// Who this kiosk is. The launcher reads the terminal's config file (0600, root-owned) and opens
// `<server>/kiosk/#terminal=<id>&key=<credential>`; the first page moves both into sessionStorage and strips the
// fragment. Why this and not a cookie: the fragment never reaches a server or its logs, sessionStorage lives only as
// long as the browser process (the launcher starts a fresh profile each time, so nothing is on disk after a restart),
// the API already authenticates terminals by the X-Terminal-Key header (api/lookup/bucket.ts), and a header is not
// sent by the browser on its own, so there is no cross-site request to guard against.
// The key is the terminal's, not a resident's: the visit wipe keeps it (keepTerminalIdentity) and removes the rest.

/** The sessionStorage entry the idle wipe must keep; everything else in storage belongs to the visit. */
export const TERMINAL_STORAGE_KEY = 'mzy-kiosk-terminal';

export interface TerminalIdentity {
  /** terminals.id, as registered in the staff console. */
  id: number;
  /** The credential shown once at registration. */
  key: string;
  /** When the browser was started on this terminal (ms since epoch), for the heartbeat's uptime. */
  startedAt: number;
  /** The paper in the terminal's printer (MZY_PRINTER_PAPER): what print.css lays slips out for. */
  paper?: Paper;
  /** The last heartbeat sent (ms since epoch): kept here so that the wipe, which keeps this one entry, keeps it too. */
  lastBeatAt?: number;
}

export type Paper = '58mm' | 'a4';
const isPaper = (v: unknown): v is Paper => v === '58mm' || v === 'a4';

function parse(raw: string | null): TerminalIdentity | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<TerminalIdentity>;
    if (Number.isInteger(v.id) && typeof v.key === 'string' && v.key.length > 0 && typeof v.startedAt === 'number') {
      return { id: v.id!, key: v.key, startedAt: v.startedAt, ...(isPaper(v.paper) ? { paper: v.paper } : {}), ...(typeof v.lastBeatAt === 'number' ? { lastBeatAt: v.lastBeatAt } : {}) };
    }
  } catch {
    // A damaged entry is no identity: the page runs as an unregistered browser.
  }
  return undefined;
}

/** Reads `#terminal=…&key=…` once, stores it and removes it from the address (and history). */
export function adoptTerminalFromFragment(loc: Location = location, storage: Storage = sessionStorage): TerminalIdentity | undefined {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const id = Number(fragment.get('terminal'));
  const key = fragment.get('key');
  if (!Number.isInteger(id) || id <= 0 || !key) return terminalIdentity(storage);
  const paper = fragment.get('paper');
  const identity: TerminalIdentity = { id, key, startedAt: terminalIdentity(storage)?.startedAt ?? Date.now(), ...(isPaper(paper) ? { paper } : {}) };
  storage.setItem(TERMINAL_STORAGE_KEY, JSON.stringify(identity));
  history.replaceState(history.state, '', loc.pathname + loc.search);
  return identity;
}

/** This terminal's identity, or undefined when the page was opened without one (a plain browser, a test). */
export function terminalIdentity(storage?: Storage): TerminalIdentity | undefined {
  try {
    return parse((storage ?? sessionStorage).getItem(TERMINAL_STORAGE_KEY));
  } catch {
    // Storage refused (a portal visitor who blocks site data): no terminal, and the page's API calls go on.
    return undefined;
  }
}

/** Notes a heartbeat sent now in the terminal's entry (a beat belongs to the terminal, not to a visit). */
export function noteHeartbeat(at: number, storage: Storage = sessionStorage): void {
  const identity = terminalIdentity(storage);
  if (identity) storage.setItem(TERMINAL_STORAGE_KEY, JSON.stringify({ ...identity, lastBeatAt: at }));
}

/** Headers every kiosk API call sends: lookups and ratings count against the terminal, not the network. */
export function terminalHeaders(): Record<string, string> {
  const identity = terminalIdentity();
  return identity ? { 'x-terminal-key': identity.key } : {};
}

/** Runs a wipe of the visit's storage and puts the terminal's identity back afterwards. */
export function keepTerminalIdentity<T>(wipe: () => T, storage: Storage = sessionStorage): T {
  const kept = storage.getItem(TERMINAL_STORAGE_KEY);
  try {
    return wipe();
  } finally {
    if (kept !== null) storage.setItem(TERMINAL_STORAGE_KEY, kept);
  }
}
