// A failed request's log line: status 500, the route pattern (not the path with its case number), the error's name
// and stack frames, and not its message, which may quote personal data.
import { Hono } from 'hono';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import type { AppEnv } from '../../api/http/env.ts';
import { requestLogger } from '../../api/log/requestLog.ts';

it('logs a failure with its stack frames and without its message or the raw path', async () => {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const logRequest = requestLogger(log);
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('requestId', 'req-1');
      const startedAt = performance.now();
      await next();
      logRequest(c, startedAt);
    })
    .get('/api/staff/cases/:caseNumber', () => {
      throw new Error('applicant 张桂兰 431225195203140022 failed');
    })
    .onError((_err, c) => c.json({ code: 'internal' }, 500));

  expect((await app.request('/api/staff/cases/202612010001?phone=13800138000')).status).toBe(500);
  expect(lines).toHaveLength(1);
  const [line] = lines;
  expect(line).toMatchObject({ level: 50, requestId: 'req-1', method: 'GET', route: '/api/staff/cases/:caseNumber', status: 500, error: { name: 'Error' } });
  expect((line!['error'] as { stack: string[] }).stack[0]).toMatch(/^at .*requestLog\.test\.ts/);
  expect(JSON.stringify(line)).not.toMatch(/张桂兰|431225195203140022|202612010001|13800138000/);
});
