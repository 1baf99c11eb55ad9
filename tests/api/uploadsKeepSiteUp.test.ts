// While photos are being processed, the static site still answers: image work must not hold the threads that read files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { staticSite } from '../../api/http/static-site.ts';
import { noisePhoto, photoForm } from './photos.ts';
import { testApp } from './testApp.ts';

let base: string;
let close: () => void;
let photos: Buffer[];
beforeAll(async () => {
  // Photos may wait as long as they need here: this test is about the pages, not the queue's refusals.
  const t = await testApp({ uploadRules: { queue: { maxWaitMs: 120_000 } } });
  const site = join(t.dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), `<!doctype html><title>民政云</title><p>${'低保 特困 临时救助 '.repeat(4000)}</p>`);
  const app = createApp({ base: '/', services: t.services, site: staticSite(site) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 4610, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  close = () => server.close();
  photos = Array(4).fill(await noisePhoto(4000, 3000));
}, 60_000);
afterAll(() => close());

describe('the site while 4 photos of 12 MP are processed', () => {
  it('answers GET / within 2 s each time (the benchmark holds the strict figure)', async () => {
    let pending = photos.length;
    const uploads = Promise.all(photos.map((p) => fetch(`${base}api/uploads`, { method: 'POST', body: photoForm(p) }).then((r) => r.status).finally(() => pending--)));
    const times: number[] = [];
    while (pending > 0) {
      const started = performance.now();
      const res = await fetch(base);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('民政云');
      times.push(performance.now() - started);
    }
    const statuses = await uploads;
    const slowest = Math.max(...times);
    console.log(`GET / while uploading: ${times.length} answers, slowest ${slowest.toFixed(0)} ms`);
    expect(statuses).toEqual([201, 201, 201, 201]);
    expect(times.length).toBeGreaterThan(3);
    expect(slowest).toBeLessThan(2000);
  });
});
