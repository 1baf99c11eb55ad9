// The kiosk's reader adapter against the simulated bridge (a real HTTP server on 127.0.0.1): what a county's bridge
// answers becomes ready / absent / fault, a card read keeps only a name and an ID number that pass our own checks.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCard, readerStatus } from '../../site/lib/kiosk-reader.ts';
import { readerOriginFrom } from '../../site/lib/kiosk-reader-origin.ts';
import { startSimulatedReader, type ReaderState } from '../e2e/support/simulatedReader.ts';

const TODAY = '2026-12-01';
let server: Server;
let base: (lane: string) => string;

async function set(lane: string, state: ReaderState) {
  await fetch(`${base(lane)}state`, { method: 'PUT', body: JSON.stringify(state) });
}

beforeAll(async () => {
  server = await startSimulatedReader(0);
  base = (lane) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/${lane}/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the reader adapter', () => {
  it('says whether a card is on a working reader', async () => {
    await set('a', { state: 'no-card' });
    expect(await readerStatus(base('a'))).toEqual({ kind: 'ready', card: false });
    await set('a', { state: 'card', name: '欧阳秀英', idNumber: '431225195604121236' });
    expect(await readerStatus(base('a'))).toEqual({ kind: 'ready', card: true });
  });

  it('reads only the name and the ID number, folded as the server folds them', async () => {
    await set('b', { state: 'card', name: '买买提.艾力', idNumber: '431225195604121236' });
    expect(await readCard(base('b'), TODAY)).toEqual({ kind: 'read', name: '买买提·艾力', idNumber: '431225195604121236' });
  });

  it('refuses a number that fails its check character instead of filling it in', async () => {
    await set('c', { state: 'card', name: '欧阳秀英', idNumber: '431225195604121237' });
    expect(await readCard(base('c'), TODAY)).toEqual({ kind: 'failed', code: 'unreadable' });
  });

  it('tells a faulty reader from one that is not there', async () => {
    await set('d', { state: 'error' });
    expect(await readerStatus(base('d'))).toEqual({ kind: 'fault', code: 'reader_fault' });
    expect(await readCard(base('d'), TODAY)).toEqual({ kind: 'failed', code: 'reader_fault' });
    await set('d', { state: 'no-card' });
    expect(await readCard(base('d'), TODAY)).toEqual({ kind: 'failed', code: 'no_card' });
    await set('d', { state: 'off' });
    expect(await readerStatus(base('d'))).toEqual({ kind: 'absent' });
  });
});

describe('the reader origin a build allows', () => {
  it('is http on 127.0.0.1 with a port, and nothing else', () => {
    expect(readerOriginFrom('http://127.0.0.1:24010/')).toBe('http://127.0.0.1:24010');
    for (const wrong of ['http://localhost:24010', 'https://127.0.0.1:24010', 'http://127.0.0.1', 'http://127.0.0.1:24010/idcard', 'http://192.168.1.5:24010']) {
      expect(() => readerOriginFrom(wrong), wrong).toThrow(/KIOSK_READER_ORIGIN/);
    }
  });
});
