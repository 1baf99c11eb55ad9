import type { InferResponseType } from 'hono/client';
import type { ApiClient } from '../apply/client.ts';

/** What POST /api/cases/lookup answers: masked data only, and a short-lived token for 需补正 uploads. */
export type CaseView = InferResponseType<ApiClient['api']['cases']['lookup']['$post'], 200>;

/** One case of POST /api/cases/find: masked, with where it stands. */
export type FoundCase = InferResponseType<ApiClient['api']['cases']['find']['$post'], 200>['cases'][number];
