// Where a kiosk's ID-card reader bridge listens: one origin on the terminal itself, fixed at build because the kiosk
// pages' CSP (connect-src) must name it. Our own default port, not any vendor's; a county sets KIOSK_READER_ORIGIN.

/** The default bridge origin; a county whose bridge listens elsewhere builds with KIOSK_READER_ORIGIN. */
export const DEFAULT_READER_ORIGIN = 'http://127.0.0.1:24010';

/** Only http on the loopback address with an explicit port: the reader is on the terminal, never on a network. */
export function readerOriginFrom(value: string): string {
  const origin = value.trim().replace(/\/+$/, '');
  if (!URL.canParse(origin)) throw new Error(`reader origin "${value}" must look like http://127.0.0.1:24010 (KIOSK_READER_ORIGIN)`);
  const u = new URL(origin);
  if (u.protocol !== 'http:' || u.hostname !== '127.0.0.1' || u.port === '' || u.origin !== origin) {
    throw new Error(`reader origin "${value}" must be http://127.0.0.1:<port> and nothing else (KIOSK_READER_ORIGIN)`);
  }
  return origin;
}
