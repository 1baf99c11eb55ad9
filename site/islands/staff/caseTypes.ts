// The staff case as the typed client gives it.
import type { InferResponseType } from 'hono/client';
import type { ApiClient } from '../apply/client.ts';

export type StaffCase = InferResponseType<ApiClient['api']['staff']['cases'][':caseNumber']['$get'], 200>;
export type AllowedAction = StaffCase['allowedActions'][number];
export type ActionField = AllowedAction['fields'][number];
