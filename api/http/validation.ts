// zod failures of any route go through the one error body: 422 with the path of the first bad field.
import type { Hook } from '@hono/zod-openapi';
import { ApiError } from './errors.ts';
import type { AppEnv } from './env.ts';

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
}

/** Message key of an issue: the domain's code (name.chars, id.checksum…) for custom checks, else the zod code. */
function issueKey(issue: Issue): string {
  return issue.code === 'custom' && /^[a-z]+\.[a-z0-9-]+$/.test(issue.message) ? `field.${issue.message}` : `field.${issue.code}`;
}

export function validationError(issues: readonly Issue[], target: string): ApiError {
  const first = issues[0];
  const field = first?.path.map(String).join('.') ?? '';
  // A missing or malformed header is the client's fault in a different way from a bad field.
  if (target === 'header') return new ApiError(400, 'bad_header', { field, params: { field } });
  return new ApiError(422, 'validation', { field, messageKey: first ? issueKey(first) : 'validation' });
}

// `any`: one hook serves every route, whatever its input and output types.
export const defaultHook: Hook<any, AppEnv, any, any> = (result) => {
  if (!result.success) throw validationError(result.error.issues, result.target);
};
