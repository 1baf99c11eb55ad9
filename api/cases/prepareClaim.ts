// A claim made ready for its batch, with no database: checked, normalised and sealed, its HMACs, case row, first event
// and answer made, so the batch's transaction (recordClaims.ts) only reads, decides and writes.
import { hash as oneShotHash, randomBytes, randomInt } from 'node:crypto';
import { chinaDate } from '../domain/calendarDate.ts';
import { makeCaseNo } from '../domain/caseNumber.ts';
import { makeQueryCode } from '../domain/queryCode.ts';
import { checkIdNumber, normalizeIdNumber } from '../domain/idNumber.ts';
import { maskName, normalizeName } from '../domain/personName.ts';
import { checkPhone } from '../domain/phone.ts';
import { workflowContext } from '../content/workflows.ts';
import { stepDueDate, workflowSteps } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import { translate } from '../i18n/translate.ts';
import type { SubjectAlert } from '../limits/limiter.ts';
import type { ClaimRequest, ClaimResponse } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import type { Agent } from '../agents/session.ts';
import { checkClaim } from './checkClaim.ts';
import { householdHmacs } from './household.ts';
import type { PreparedClaim } from './recordClaims.ts';

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

const drawCaseNo = () => makeCaseNo((n) => randomBytes(n));

// The next step's title in the answer, translated once per language and step (i18next costs more than the rest of an answer).
const stepTitles = new Map<string, string>();
function nextStepTitle(lang: Lang, step: string): string {
  const key = `${lang}\0${step}`;
  let title = stepTitles.get(key);
  if (title === undefined) stepTitles.set(key, (title = translate(lang, `case:step.${step}.next`)));
  return title;
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

export interface Prepared {
  claim: PreparedClaim;
  /** The alert to raise after the batch when this claim used up its client's hour or day. */
  limitReached(): SubjectAlert | undefined;
}

export function prepareClaim(services: Services, submission: Submission): Prepared {
  const { idempotencyKey, agent, lang } = submission;
  const hash = bodyHash(submission.claim, agent);

  const now = services.now();
  const today = chinaDate(now);
  const region = checkClaim(submission.claim, services.regions, now, agent);
  const claim = normalisedClaim(submission.claim, today);
  const queryCode = makeQueryCode(randomInt);
  const steps = workflowSteps(services.workflows[claim.programme], workflowContext(region, claim.programme, { requestedAmount: claim.requestedAmount ?? null }));
  const next = steps[1]!;
  const due = stepDueDate(next.limit ?? { workingDays: 0 }, today, undefined, services.calendar);
  const { sealer } = services;
  const household = householdHmacs(sealer, claim);
  const idNumber = claim.applicant.idNumber;
  const submittedAt = now.toISOString();
  const answerFor = (caseNumber: string) => {
    const value: ClaimResponse = {
      caseNumber,
      queryCode,
      programme: claim.programme,
      submittedAt,
      nextStep: { step: next.step, title: nextStepTitle(lang, next.step), dueDate: due.date, covered: due.covered },
    };
    return { value, sealed: sealer.seal(JSON.stringify(value)) };
  };
  const caseNo = drawCaseNo();
  let admission: { reached: SubjectAlert | undefined } | { refused: unknown } | undefined;
  const prepared: PreparedClaim = {
    key: idempotencyKey,
    bodyHash: hash,
    caseRow: {
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
    },
    household,
    // An authorisation photo that is also among the claim's photos is the authorisation (as it was attached last).
    photos: new Map([...claim.uploadIds.map((id) => [id, 'claim'] as const), ...(claim.agentAuthorisation ? [[claim.agentAuthorisation.uploadId, 'authorisation'] as const] : [])]),
    householdMessageKey: agent ? 'household_case_open_agent' : 'household_case_open',
    event: { kind: 'submitted', ...(agent ? { accountId: agent.id } : {}), step: 'apply', actor: agent ? `agent:${agent.id}` : 'applicant', reason: 'claim submitted', at: submittedAt, on: today },
    answer: answerFor(caseNo),
    renumber() {
      prepared.caseRow.caseNo = drawCaseNo();
      prepared.answer = answerFor(prepared.caseRow.caseNo);
    },
    replay: (responseSealed) => JSON.parse(sealer.open(responseSealed)) as ClaimResponse,
    admit() {
      const client = submission.client;
      if (client === undefined) return;
      if (!admission) {
        try {
          admission = { reached: services.claimLimiter.admit(client, now.getTime()) };
        } catch (refused) {
          admission = { refused };
        }
      }
      if ('refused' in admission) throw admission.refused;
    },
  };

  return { claim: prepared, limitReached: () => (admission && 'reached' in admission ? admission.reached : undefined) };
}
