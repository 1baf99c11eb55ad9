import type { Context } from 'hono';
import type { Services } from '../services.ts';
export async function limiterBucket(_c: Context, _s: Services): Promise<string> { return 'ip:unknown'; }
