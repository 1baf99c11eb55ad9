import type { InferResponseType } from 'hono/client';
import type { ApiClient } from '../apply/client.ts';

/** What POST /api/cases/lookup answers: masked data only, and a short-lived token for 需补正 uploads. */
export type CaseView = InferResponseType<ApiClient['api']['cases']['lookup']['$post'], 200>;
