// Nothing leads off the kiosk: no menu, selection, zoom gesture, new window, or link and form outside /kiosk/ and /api/.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Whether an address stays on the kiosk: our origin, under the kiosk pages or the API. */
export function staysOnKiosk(url: string): boolean {
  const u = new URL(url, location.href);
  return u.origin === location.origin && (u.pathname.startsWith(`${BASE}kiosk/`) || u.pathname.startsWith(`${BASE}api/`));
}

// A link that would leave (in policy text or an island) becomes its plain text.
function flatten(root: ParentNode) {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (staysOnKiosk(a.href)) continue;
    const span = document.createElement('span');
    span.append(...a.childNodes);
    a.replaceWith(span);
  }
  for (const el of root.querySelectorAll('[target], [formtarget]')) el.removeAttribute(el.hasAttribute('target') ? 'target' : 'formtarget');
}

export function initLockdown() {
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('contextmenu', stop);
  document.addEventListener('dragstart', stop);
  document.addEventListener('selectstart', (e) => {
    if (!(e.target instanceof Element && e.target.matches('input, textarea'))) e.preventDefault();
  });
  // Pinch: any move with two fingers; ctrl+wheel is a trackpad's pinch.
  document.addEventListener('touchmove', (e) => e.touches.length > 1 && e.preventDefault(), { passive: false });
  document.addEventListener('wheel', (e) => e.ctrlKey && e.preventDefault(), { passive: false });
  document.addEventListener('gesturestart', stop);
  window.open = () => null;
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[href]');
    if (a instanceof HTMLAnchorElement && !staysOnKiosk(a.href)) e.preventDefault();
  }, true);
  document.addEventListener('submit', (e) => {
    if (e.target instanceof HTMLFormElement && !staysOnKiosk(e.target.action)) e.preventDefault();
  }, true);
  flatten(document);
  new MutationObserver(() => flatten(document)).observe(document.body, { childList: true, subtree: true });
}
