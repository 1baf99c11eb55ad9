// `npm start` / `npm run serve`: the portal's server as the environment describes it (README "Settings").
import { fileURLToPath } from 'node:url';
import { demoInstructions } from './db/seed/index.ts';
import { startServer, StartRefused } from './startServer.ts';
import { basePath } from '../site/config/base-path.mjs';
import { makeLogger } from './log/logger.ts';

const log = makeLogger();

const running = await startServer({
  port: Number(process.env.PORT ?? 4321),
  hostname: process.env.HOST ?? '0.0.0.0',
  base: basePath(),
  siteRoot: fileURLToPath(new URL(`../${process.env.DIST_DIR ?? 'dist'}/`, import.meta.url)),
  // Demo data only when asked: `npm start` passes --demo; `npm run serve` and a deployment do not.
  seedDemo: process.argv.includes('--demo') || process.env['MZY_SEED_DEMO'] === '1',
  production: process.env['NODE_ENV'] === 'production',
  log,
}).catch((error: unknown) => {
  if (!(error instanceof StartRefused)) throw error;
  console.error(error.message);
  process.exit(1);
});

console.log(`民政云 is serving on ${running.url}`);
if (running.seed) console.log(demoInstructions(running.seed, running.url));
else if (running.demo) console.log('This database holds demo data: every page says 演示站. Start `npm start` to see its demo cases and accounts.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.close().finally(() => log.flush(() => process.exit(0))));
