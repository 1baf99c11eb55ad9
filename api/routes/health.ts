import { Hono } from 'hono';
import { holdsDemoData } from '../db/demoMode.ts';
import type { AppEnv } from '../http/env.ts';

// `demo`: the database holds demo data (its pages say 演示站), so a deployment check can see it is not real.
export const health = new Hono<AppEnv>().get('/health', async (c) =>
  c.json({ status: 'ok' as const, uptime: Math.round(process.uptime()), demo: await holdsDemoData(c.get('services').db) }, 200),
);
