import { Hono } from 'hono';

export const health = new Hono().get('/health', (c) => c.json({ status: 'ok' as const, uptime: Math.round(process.uptime()) }, 200));
