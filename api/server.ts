import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { openServices } from './openServices.ts';
import { demoInstructions, seedDemoData } from './db/seed/index.ts';
import { demoCredentialsFile } from './db/seed/demoCredentials.ts';
import { holdsDemoData } from './db/demoMode.ts';
import { notFoundPage, staticSite } from './http/static-site.ts';
import { loadPagePolicies } from './http/page-csp.ts';
import { servePortal } from './http/servePortal.ts';
import { basePath } from '../site/config/base-path.mjs';

const base = basePath();
const port = Number(process.env.PORT ?? 4321);
const siteRoot = fileURLToPath(new URL(`../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url));
// Demo data only when asked: `npm start` passes --demo; `npm run serve` and a deployment do not.
const seedAsked = process.argv.includes('--demo') || process.env['MZY_SEED_DEMO'] === '1';
const production = process.env['NODE_ENV'] === 'production';

const services = await openServices();
if (production && (seedAsked || (await holdsDemoData(services.db)))) {
  console.error(
    seedAsked
      ? '民政云 will not start: NODE_ENV=production and demo data was asked for (--demo or MZY_SEED_DEMO=1). Demo data is for trying the portal out, never for a real deployment.'
      : `民政云 will not start: NODE_ENV=production, but the database (${process.env['DATABASE_URL'] ?? 'file:data/minzhengyun.db'}) holds demo data: made-up cases and demo accounts whose passwords were printed on the console. Use a new database for real use (set DATABASE_URL), or start without NODE_ENV=production to try the portal out.`,
  );
  services.client.close();
  process.exit(1);
}
const seed = seedAsked ? await seedDemoData(services, demoCredentialsFile()) : undefined;
const demo = await holdsDemoData(services.db);

const policies = loadPagePolicies(siteRoot);
const site = staticSite(siteRoot, base, policies, { demo });
const app = createApp({ base, services, site, notFound: notFoundPage(siteRoot, policies, { demo }) });
const server = servePortal({ fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, (info) => {
  console.log(`民政云 is serving on http://localhost:${info.port}${base}`);
  if (seed) console.log(demoInstructions(seed, `http://localhost:${info.port}${base}`));
  else if (demo) console.log('This database holds demo data: every page says 演示站. Start `npm start` to see its demo cases and accounts.');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
