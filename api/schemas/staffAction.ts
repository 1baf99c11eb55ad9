// POST /api/staff/cases/{caseNumber}/actions: the request (it answers with the staff case of schemas/staff.ts).
import { z } from 'zod';
import { ACTION_NAMES } from '../domain/casework/action.ts';

export const caseNumberParamSchema = z.object({ caseNumber: z.string().regex(/^\d{12}$/) });

/** The action, the version of the case the staff member saw, and the action's own fields (see allowedActions[].fields). */
export const staffActionRequestSchema = z.looseObject({
  action: z.enum(ACTION_NAMES),
  /** The case's `version` as last read; a newer one answers 409 stale_version and changes nothing. */
  version: z.number().int().min(0),
});
