// Which reader bridge this terminal uses. The launcher adds `reader=<url>` to the fragment it opens (from
// MZY_READER_URL in terminal.conf); the page keeps it in sessionStorage beside the terminal's identity (the visit
// wipe keeps both: they belong to the terminal, not to a resident) and takes it out of the address.

/** The sessionStorage entry holding the bridge's base URL. */
export const READER_STORAGE_KEY = 'mzy-kiosk-reader';

/** A base URL on the build's reader origin, ending in `/`; anything else is no reader (the CSP would refuse it). */
function onOrigin(raw: string | null, origin: string): string | undefined {
  if (!raw || !URL.canParse(raw)) return undefined;
  const u = new URL(raw);
  if (u.origin !== origin || u.search || u.hash) return undefined;
  return `${u.origin}${u.pathname.replace(/\/?$/, '/')}`;
}

/** Moves `reader=…` from the fragment into this browser session, leaving the rest of the fragment as it was. */
export function adoptReaderFromFragment(origin: string, loc: Location = location, storage: Storage = sessionStorage): void {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  if (!fragment.has('reader')) return;
  const url = onOrigin(fragment.get('reader'), origin);
  if (url) storage.setItem(READER_STORAGE_KEY, url);
  else storage.removeItem(READER_STORAGE_KEY);
  fragment.delete('reader');
  const rest = fragment.toString();
  history.replaceState(history.state, '', loc.pathname + loc.search + (rest ? `#${rest}` : ''));
}

/** The bridge's base URL, or undefined when this terminal has no reader configured. */
export function readerBaseUrl(origin: string, storage: Storage = sessionStorage): string | undefined {
  return onOrigin(storage.getItem(READER_STORAGE_KEY), origin);
}
