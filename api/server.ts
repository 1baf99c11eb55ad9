import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { openServices } from './openServices.ts';
import { demoInstructions, seedDemoData } from './db/seed/index.ts';
import { notFoundPage, staticSite } from './http/static-site.ts';
import { basePath } from '../site/config/base-path.mjs';

const base = basePath();
const port = Number(process.env.PORT ?? 4321);
const siteRoot = fileURLToPath(new URL(`../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));

const services = await openServices();
const seeded = process.env['MZY_SEED_DEMO'] === '0' ? [] : await seedDemoData(services);

const app = createApp({ base, services, site: staticSite(siteRoot, base), notFound: notFoundPage(siteRoot) });
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  console.log(`民政云 is serving on http://localhost:${info.port}${base}`);
  if (seeded.length > 0) console.log(demoInstructions(seeded, `http://localhost:${info.port}${base}`));
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
