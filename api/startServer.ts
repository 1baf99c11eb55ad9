// The one way the portal's HTTP server is built: services opened (and demo data seeded when asked), the built site
// and the API under the base path, listening. `node api/server.ts` calls it with what the environment says; a test
// that needs a server of its own (its own database, its own clock) calls it with options.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { servePortal } from './http/servePortal.ts';
import { createApp } from './app.ts';
import { openServices, type ServiceOptions } from './openServices.ts';
import { seedDemoData, type DemoSeed } from './db/seed/index.ts';
import { demoCredentialsFile } from './db/seed/demoCredentials.ts';
import { holdsDemoData } from './db/demoMode.ts';
import { DEFAULT_DATABASE_URL } from './db/client.ts';
import { DatabaseUrlError } from './db/target.ts';
import { notFoundPage, staticSite } from './http/static-site.ts';
import { loadPagePolicies } from './http/page-csp.ts';
import { livePages } from './pages/routes.ts';
import type { Services } from './services.ts';
import type { Logger } from './log/logger.ts';

export interface ServerOptions extends ServiceOptions {
  /** 0: any free port (the running server says which). */
  port: number;
  hostname: string;
  /** e.g. `/` or `/mzj/`, as the site was built with. */
  base: string;
  /** The built site (`dist/`). */
  siteRoot: string;
  /** Seed demo data (`--demo`, MZY_SEED_DEMO=1), its secrets kept beside the database. */
  seedDemo: boolean;
  /** NODE_ENV=production: refuses demo data, asked for or found. */
  production: boolean;
  /** One JSON line per request (server.ts: makeLogger from LOG_LEVEL); none when not given. */
  log?: Logger | undefined;
}

export interface RunningServer {
  services: Services;
  port: number;
  /** Where a person on this machine reaches the site, base path included. */
  url: string;
  /** The demo seed when this start seeded. */
  seed: DemoSeed | undefined;
  /** The database holds demo data (seeded now or before). */
  demo: boolean;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

/** Refused to start, with the reason for the person starting it. */
export class StartRefused extends Error {
  override name = 'StartRefused';
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const databaseUrl = options.databaseUrl ?? env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  const services = await openServices({ ...options, databaseUrl }).catch((error: unknown) => {
    // A DATABASE_URL (or its companions) that names no database this portal can open: the reason, not a stack.
    throw error instanceof DatabaseUrlError ? new StartRefused(`民政云 will not start: ${error.message}.`) : error;
  });
  if (options.production && (options.seedDemo || (await holdsDemoData(services.db)))) {
    services.client.close();
    throw new StartRefused(
      options.seedDemo
        ? '民政云 will not start: NODE_ENV=production and demo data was asked for (--demo or MZY_SEED_DEMO=1). Demo data is for trying the portal out, never for a real deployment.'
        : `民政云 will not start: NODE_ENV=production, but the database (${databaseUrl}) holds demo data: made-up cases and demo accounts whose passwords were printed on the console. Use a new database for real use (set DATABASE_URL), or start without NODE_ENV=production to try the portal out.`,
    );
  }
  const seed = options.seedDemo ? await seedDemoData(services, demoCredentialsFile(databaseUrl)) : undefined;
  const demo = await holdsDemoData(services.db);

  const policies = loadPagePolicies(options.siteRoot);
  const site = staticSite(options.siteRoot, options.base, policies, { demo });
  const live = livePages({ root: options.siteRoot, policyOf: policies, demo });
  const app = createApp({ base: options.base, services, site, live, notFound: notFoundPage(options.siteRoot, policies, { demo }), log: options.log });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = servePortal({ fetch: app.fetch, port: options.port, hostname: options.hostname }, () => resolve(listening as Server)) as Server;
    listening.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    services,
    port,
    url: `http://localhost:${port}${options.base}`,
    seed,
    demo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          services.changes.close();
          services.client.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
