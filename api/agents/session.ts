import type { Context } from 'hono';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
export async function agentFromSession(_c: Context, _s: Services): Promise<undefined> { return undefined; }
export async function startAgentSession(_c: Context, _s: Services, _b: { username: string; password: string }): Promise<{ agentName: string; county: string; township: string; expiresAt: string }> {
  throw new ApiError(503, 'not_ready');
}
export async function endAgentSession(_c: Context, _s: Services): Promise<void> {}
