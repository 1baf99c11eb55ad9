// Recording a claim: the idempotency key, the case, its household's members and its first event commit together (one
// savepoint in a group commit on a connection checked for synchronous=FULL) before the 201 is sent; a retry with the
// same key replays the answer. A new claim counts against its client's limits and is refused while a member of its
// household is in an open claim of the same programme (一户一案).
import { hash as oneShotHash, randomBytes, randomInt } from 'node:crypto';
import { chinaDate } from '../domain/calendarDate.ts';
import { makeCaseNo } from '../domain/caseNumber.ts';
import { makeQueryCode } from '../domain/queryCode.ts';
import { checkIdNumber, normalizeIdNumber } from '../domain/idNumber.ts';
import { maskName, normalizeName } from '../domain/personName.ts';
import { checkPhone } from '../domain/phone.ts';
import { workflowContext } from '../content/workflows.ts';
import { stepDueDate, workflowSteps } from '../domain/workflow.ts';
import { ApiError } from '../http/errors.ts';
import type { Lang } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import type { SubjectAlert } from '../limits/limiter.ts';
import type { ClaimRequest, ClaimResponse } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import type { Agent } from '../agents/session.ts';
import type { ClaimTx } from '../db/claimTx.ts';
import { checkClaim } from './checkClaim.ts';
import { appendAudit } from '../audit/chain.ts';
import { householdHmacs } from './household.ts';
import { attachPhotos, beforeWrite, countFreePhotos, insertCase, insertIdempotencyKey, insertMembers, isCaseNoTaken } from './claimStatements.ts';

export interface Submission {
  idempotencyKey: string;
  claim: ClaimRequest;
  agent: Agent | undefined;
  lang: Lang;
  /** window: entered at the township office (seed and staff tools). */
  channel?: 'self' | 'agent' | 'window';
  /** The client the claim counts against (claimLimits.ts); none for the bureau's own tools (demo seed). */
  client: string | undefined;
}

// Key order is fixed by the schema's parse, so JSON.stringify is canonical enough for "same body".
function bodyHash(claim: ClaimRequest, agent: Agent | undefined): string {
  return oneShotHash('sha256', JSON.stringify({ claim, agent: agent?.id ?? null }), 'hex');
}

/** The claim as stored (sealed): names, ID numbers and phones in their checked, normalised form. */
function normalisedClaim(claim: ClaimRequest, today: string): ClaimRequest {
  const id = (value: string) => {
    const checked = checkIdNumber(value, today);
    return checked.ok ? checked.value : normalizeIdNumber(value);
  };
  const phone = checkPhone(claim.applicant.phone);
  return {
    ...claim,
    applicant: { name: normalizeName(claim.applicant.name), idNumber: id(claim.applicant.idNumber), phone: phone.ok ? phone.value : claim.applicant.phone },
    members: claim.members.map((m) => ({ ...m, name: normalizeName(m.name), idNumber: id(m.idNumber) })),
  };
}

export async function submitClaim(services: Services, submission: Submission): Promise<ClaimResponse> {
  const { idempotencyKey, agent, lang } = submission;
  const hash = bodyHash(submission.claim, agent);

  const now = services.now();
  const today = chinaDate(now);
  const region = checkClaim(submission.claim, services.regions, now, agent);
  const claim = normalisedClaim(submission.claim, today);
  const photoIds = [...claim.uploadIds, ...(claim.agentAuthorisation ? [claim.agentAuthorisation.uploadId] : [])];
  const queryCode = makeQueryCode(randomInt);
  const steps = workflowSteps(services.workflows[claim.programme], workflowContext(region, claim.programme, { requestedAmount: claim.requestedAmount ?? null }));
  const next = steps[1]!;
  const due = stepDueDate(next.limit ?? { workingDays: 0 }, today, undefined, services.calendar);
  const { sealer } = services;
  const household = householdHmacs(sealer, claim);
  let reached: SubjectAlert | undefined;

  const recordClaim = async (tx: ClaimTx): Promise<ClaimResponse> => {
    let caseNo = makeCaseNo((n) => randomBytes(n));
    // Two submits of one key race to here; the write lock serialises them and the second replays.
    const known = await beforeWrite(tx, { key: idempotencyKey, caseNo });
    if (known.stored) {
      if (known.stored.bodyHash !== hash) throw new ApiError(422, 'idempotency_key_reused', { field: 'idempotency-key' });
      return JSON.parse(sealer.open(known.stored.responseSealed)) as ClaimResponse;
    }
    if (photoIds.length > 0 && (await countFreePhotos(tx, photoIds)) !== new Set(photoIds).size) throw new ApiError(422, 'upload_unknown', { field: 'uploadIds' });
    if (submission.client !== undefined) reached = services.claimLimiter.admit(submission.client, now.getTime());
    if (known.caseNoTaken) do caseNo = makeCaseNo((n) => randomBytes(n)); while (await isCaseNoTaken(tx, caseNo));
    const idNumber = claim.applicant.idNumber;
    const submittedAt = now.toISOString();
    const caseId = await insertCase(tx, {
      caseNo,
      queryCodeHmac: sealer.hmac('query-code', queryCode),
      idLast6Hmac: sealer.hmac('id-last6', idNumber.slice(-6)),
      idNumberHmac: household[0]!, // the applicant comes first
      programme: claim.programme,
      county: claim.county,
      township: claim.township,
      village: claim.village ?? null,
      applicantNameMasked: maskName(claim.applicant.name),
      applicantIdLast4: idNumber.slice(-4),
      claimSealed: sealer.seal(JSON.stringify(claim)),
      submittedBy: submission.channel ?? (agent ? 'agent' : 'self'),
      agentId: agent?.id ?? null,
      nearKin: claim.nearKinDeclaration.hasNearKin,
      requestedAmount: claim.requestedAmount ?? null,
      status: 'open',
      submittedAt,
      step: next.step,
      dueOn: due.date,
    });
    // 一户一案: refused here (the savepoint undoes the case row) while a member is in an open claim of the programme.
    await insertMembers(tx, caseId, claim.programme, household, agent ? 'household_case_open_agent' : 'household_case_open');
    // The case's first event, on the batch's chain head (read once per batch transaction).
    await appendAudit(tx, { kind: 'submitted', caseId, ...(agent ? { accountId: agent.id } : {}), step: 'apply', actor: agent ? `agent:${agent.id}` : 'applicant', reason: 'claim submitted', at: submittedAt, on: today });
    if (claim.uploadIds.length > 0) await attachPhotos(tx, caseId, 'claim', claim.uploadIds);
    if (claim.agentAuthorisation) await attachPhotos(tx, caseId, 'authorisation', [claim.agentAuthorisation.uploadId]);

    const answer: ClaimResponse = {
      caseNumber: caseNo,
      queryCode,
      programme: claim.programme,
      submittedAt,
      nextStep: { step: next.step, title: translate(lang, `case:step.${next.step}.next`), dueDate: due.date, covered: due.covered },
    };
    await insertIdempotencyKey(tx, { key: idempotencyKey, bodyHash: hash, caseId, responseSealed: sealer.seal(JSON.stringify(answer)), createdAt: submittedAt });
    return answer;
  };

  try {
    return await services.claims(recordClaim);
  } finally {
    // After the batch: an alert is a write of its own.
    if (reached) void raiseAlert(services, 'claim_limit', reached);
  }
}
