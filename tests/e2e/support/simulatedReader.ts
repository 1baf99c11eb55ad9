// A simulated ID-card reader bridge speaking our protocol (kiosk/README.md, "读卡器"), for the kiosk tests: started
// by Playwright (playwright.config.ts) on the build's reader origin. Each test drives its own lane, a path prefix
// (/lane-…/), so the two kiosk projects running at once never see each other's card.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_READER_ORIGIN } from '../../../site/lib/kiosk-reader-origin.ts';

/** off: nothing answers (the connection is dropped); no-card, card: a working reader; error: the reader is faulty. */
export type ReaderState = { state: 'off' } | { state: 'no-card' } | { state: 'error' } | { state: 'card'; name: string; idNumber: string };

export const READER_PORT = Number(new URL(process.env['KIOSK_READER_ORIGIN'] || DEFAULT_READER_ORIGIN).port);

const lanes = new Map<string, ReaderState>();

function send(res: ServerResponse, status: number, body: object, origin: string | undefined) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}) });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

async function answer(req: IncomingMessage, res: ServerResponse) {
  const origin = req.headers.origin;
  const [, lane, op] = /^\/([\w-]+)\/(status|read|state)$/.exec(new URL(req.url ?? '/', 'http://reader').pathname) ?? [];
  if (req.method === 'OPTIONS') {
    // What Chromium asks before a public page reaches a loopback address (Private Network Access).
    res.writeHead(204, { 'access-control-allow-origin': origin ?? '*', 'access-control-allow-methods': 'GET, POST', 'access-control-allow-private-network': 'true' });
    return res.end();
  }
  if (req.url === '/health') return send(res, 200, { ok: true }, undefined);
  if (!lane || !op) return send(res, 404, { error: 'not_found' }, origin);
  if (op === 'state' && req.method === 'PUT') {
    lanes.set(lane, JSON.parse(await readBody(req)) as ReaderState);
    return send(res, 200, { ok: true }, undefined);
  }
  const now = lanes.get(lane) ?? { state: 'off' };
  if (now.state === 'off') return req.socket.destroy();
  if (op === 'status' && req.method === 'GET') {
    if (now.state === 'error') return send(res, 503, { error: 'reader_fault' }, origin);
    return send(res, 200, { connected: true, card: now.state === 'card' }, origin);
  }
  if (op === 'read' && req.method === 'POST') {
    if (now.state === 'error') return send(res, 503, { error: 'reader_fault' }, origin);
    if (now.state === 'no-card') return send(res, 409, { error: 'no_card' }, origin);
    return send(res, 200, { name: now.name, idNumber: now.idNumber }, origin);
  }
  return send(res, 405, { error: 'method_not_allowed' }, origin);
}

export function startSimulatedReader(port = READER_PORT): Promise<Server> {
  const server = createServer((req, res) => void answer(req, res));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

/** Sets what a lane's reader does next; called from a test worker. */
export async function setReader(lane: string, state: ReaderState): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${READER_PORT}/${lane}/state`, { method: 'PUT', body: JSON.stringify(state) });
  if (!response.ok) throw new Error(`simulated reader: ${response.status}`);
}

/** The reader URL a terminal's config would carry for this lane. */
export const laneUrl = (lane: string) => `http://127.0.0.1:${READER_PORT}/${lane}/`;

if (import.meta.main) {
  await startSimulatedReader();
  console.log(`simulated ID-card reader on 127.0.0.1:${READER_PORT}`);
}
