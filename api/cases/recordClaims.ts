// Recording a batch of claims in its group-commit transaction: one read for all of them, a decision for each in
// order (as if they came one after the other: a key used earlier in the batch replays, a household or photo
// taken earlier in the batch is taken), then one statement per table for the claims accepted. Claims reach here
// prepared (prepareClaim.ts): sealed, hashed, their rows and answers made.
import type { ClaimTx } from '../db/claimTx.ts';
import type { Outcome } from '../db/groupCommit.ts';
import type { AuditEvent } from '../audit/chain.ts';
import { chainedRows } from '../audit/chain.ts';
import { auditMacOf } from '../audit/auditKey.ts';
import { ApiError } from '../http/errors.ts';
import { isUniqueViolation } from '../db/sqliteErrors.ts';
import type { ClaimResponse } from '../schemas/cases.ts';
import { attachPhotos, casesAfter, insertAuditRows, insertCases, insertIdempotencyKeys, insertMembers, isCaseNoTaken, memberKey, readBatch, type BatchState } from './claimStatements.ts';

export type CaseRow = Parameters<typeof insertCases>[1][number] & { caseNo: string; programme: string; submittedAt: string };

/** A claim ready to be written: everything that needs no database done before its batch. */
export interface PreparedClaim {
  key: string;
  bodyHash: string;
  /** The new case's row; its number drawn at random (`renumber` draws another when it is taken). */
  caseRow: CaseRow;
  /** The household's members by ID-number HMAC, the applicant first, each once. */
  household: string[];
  /** Photos to attach to the new case, by upload id. */
  photos: Map<string, 'claim' | 'authorisation'>;
  /** Which household_case_open message the claimant gets (an agent is pointed to their own list). */
  householdMessageKey: string;
  /** The case's first event, without the case id it gets on insert. */
  event: Omit<AuditEvent, 'caseId'>;
  /** The 201 answer, and sealed as it is stored for a retry. */
  answer: { value: ClaimResponse; sealed: string };
  renumber(): void;
  /** The answer stored for this claim's key by an earlier request. */
  replay(responseSealed: string): ClaimResponse;
  /** Counts the claim against its client's limits (throws 429 claims_too_many); counted once, however often asked. */
  admit(): void;
}

const householdOpen = (claim: PreparedClaim) => new ApiError(409, 'household_case_open', { messageKey: claim.householdMessageKey });

/** BatchWriter of the claims' group commit (db/groupCommit.ts). */
export async function recordClaims(tx: ClaimTx, claims: readonly PreparedClaim[]): Promise<Outcome<ClaimResponse>[]> {
  const state = await readBatch(tx, {
    keys: claims.map((c) => c.key),
    caseNos: claims.map((c) => c.caseRow.caseNo),
    photos: claims.flatMap((c) => [...c.photos.keys()]),
    members: claims.flatMap((c) => c.household.map((h) => [h, c.caseRow.programme] as [string, string])),
  });
  const batch = batchDecisions(tx, state);
  const outcomes: Outcome<ClaimResponse>[] = [];
  for (const claim of claims) {
    try {
      outcomes.push({ ok: true, value: await batch.decide(claim) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcomes.push({ ok: false, error });
    }
  }
  if (batch.accepted.length > 0) await writeAccepted(tx, batch.accepted, state);
  return outcomes;
}

/** Decides claims one after the other against what the database held and what earlier claims of the batch took. */
function batchDecisions(tx: ClaimTx, state: BatchState) {
  const accepted: PreparedClaim[] = [];
  const keys = new Map<string, PreparedClaim>();
  const caseNos = new Set<string>();
  const photos = new Set<string>();
  const members = new Set<string>();

  /** The claim's answer (a replay or a new case), or throws its refusal; checked in the order claims always were. */
  const decide = async (claim: PreparedClaim): Promise<ClaimResponse> => {
    const used = keys.get(claim.key) ?? state.keys.get(claim.key);
    if (used) {
      if (used.bodyHash !== claim.bodyHash) throw new ApiError(422, 'idempotency_key_reused', { field: 'idempotency-key' });
      return 'answer' in used ? used.answer.value : claim.replay(used.responseSealed);
    }
    for (const id of claim.photos.keys()) if (!state.freePhotos.has(id) || photos.has(id)) throw new ApiError(422, 'upload_unknown', { field: 'uploadIds' });
    claim.admit();
    const household = claim.household.map((h) => memberKey(h, claim.caseRow.programme));
    // 一户一案, against the open claims stored and those accepted earlier in this batch.
    if (household.some((m) => state.openMembers.has(m) || members.has(m))) throw householdOpen(claim);
    if (caseNos.has(claim.caseRow.caseNo) || state.caseNosTaken.has(claim.caseRow.caseNo)) {
      do claim.renumber(); while (caseNos.has(claim.caseRow.caseNo) || (await isCaseNoTaken(tx, claim.caseRow.caseNo)));
    }
    accepted.push(claim);
    keys.set(claim.key, claim);
    caseNos.add(claim.caseRow.caseNo);
    for (const id of claim.photos.keys()) photos.add(id);
    for (const m of household) members.add(m);
    return claim.answer.value;
  };
  return { accepted, decide };
}

/** Every table once for all accepted claims; throws when any row is not written as the read foresaw. */
async function writeAccepted(tx: ClaimTx, accepted: readonly PreparedClaim[], state: BatchState): Promise<void> {
  const written = (what: string, expected: number) => (changed: number) => {
    if (changed !== expected) throw new Error(`The batch wrote ${changed} of its ${expected} ${what}`);
  };
  await insertCases(tx, accepted.map((c) => c.caseRow)).then(written('cases', accepted.length));
  // The write lock is held since the batch's read: the cases after the last one then are this batch's.
  const idOf = await casesAfter(tx, state.lastCaseId);
  const caseIds = accepted.map((c) => idOf.get(c.caseRow.caseNo)!);
  if (idOf.size !== accepted.length || caseIds.some((id) => id === undefined)) throw new Error('The cases of the batch are not the ones it wrote');
  const members = accepted.flatMap((c, i) => c.household.map((idNumberHmac) => ({ caseId: caseIds[i]!, idNumberHmac, programme: c.caseRow.programme, open: true })));
  try {
    await insertMembers(tx, members).then(written('household members', members.length));
  } catch (error) {
    // Written alone (the batch written again claim by claim), the unique index names the claim refused.
    if (accepted.length === 1 && isUniqueViolation(error)) throw householdOpen(accepted[0]!);
    throw error;
  }
  await insertAuditRows(tx, chainedRows(state.head, accepted.map((c, i) => ({ ...c.event, caseId: caseIds[i]! })), auditMacOf(tx))).then(written('audit events', accepted.length));
  await insertIdempotencyKeys(tx, accepted.map((c, i) => ({ key: c.key, bodyHash: c.bodyHash, caseId: caseIds[i]!, responseSealed: c.answer.sealed, createdAt: c.caseRow.submittedAt }))).then(written('keys', accepted.length));
  const photos = accepted.flatMap((c, i) => [...c.photos].map(([id, purpose]) => [id, caseIds[i]!, purpose] as [string, number, 'claim' | 'authorisation']));
  if (photos.length > 0) await attachPhotos(tx, photos).then(written('photos', photos.length));
}
