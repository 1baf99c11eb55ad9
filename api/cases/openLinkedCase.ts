// open-linked-case: the household's claim of another programme goes in through the normal claim path (channel
// 'window', its own case number and first event), then the origin case records the link through the action engine.
// The claim's key is derived from the origin case and programme, so a retry finds the same new case, not a second one.
import { createHash } from 'node:crypto';
import { chinaDate } from '../domain/calendarDate.ts';
import { applyAction } from '../domain/casework/engine.ts';
import type { ApplyProgramme } from '../domain/workflow.ts';
import { ApiError } from '../http/errors.ts';
import type { Lang } from '../i18n/translate.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import { caseEventsOf } from './events.ts';
import { caseStateOf } from './timeline.ts';
import { actionContext, openCase, takeAction, type ActionResult, type StaffActor } from './takeAction.ts';
import { submitClaim } from './submitClaim.ts';

/** A UUID-shaped key from the origin case and the programme. */
function linkedKey(caseNumber: string, programme: string): string {
  const h = createHash('sha256').update(`linked:${caseNumber}:${programme}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function openLinkedCase(services: Services, actor: StaffActor, request: { caseNumber: string; version: unknown; programme: unknown }, lang: Lang): Promise<ActionResult> {
  const origin = await openCase(services.db, request.caseNumber, actor);
  const programme = request.programme;
  // The engine's answer first (role, version, step, programme), so a refused action opens no case; takeAction checks again.
  const state = caseStateOf(await caseEventsOf(services.db, origin.id));
  const trial = applyAction({ state, version: origin.version }, { name: 'open-linked-case', role: actor.role, version: request.version, input: { programme, caseNumber: '000000000000' } }, actionContext(services, origin, state, chinaDate(services.now())));
  if (!trial.ok) throw new ApiError(trial.refusal.status, trial.refusal.code, trial.refusal.field ? { field: trial.refusal.field, params: { field: trial.refusal.field } } : {});
  const claim = JSON.parse(services.sealer.open(origin.claimSealed)) as ClaimRequest;
  // Opened by staff at the window: no client limit (the bureau's own tool). The photos stay with the first case (a photo belongs to one case); 临时救助's asked amount only to a 临时救助 claim.
  const { agentAuthorisation: _a, requestedAmount: _r, ...rest } = claim;
  const linkedClaim: ClaimRequest = { ...rest, programme: programme as ApplyProgramme, uploadIds: [] };
  const made = await submitClaim(services, { idempotencyKey: linkedKey(origin.caseNo, String(programme)), claim: linkedClaim, agent: undefined, lang, channel: 'window', client: undefined });
  return takeAction(services, actor, { caseNumber: origin.caseNo, action: 'open-linked-case', version: request.version, input: { programme, caseNumber: made.caseNumber } });
}
