// What recording a claim reads and writes, as statements built once (see db/claimTx.ts).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { insertOf, queryBuilder as db, statement, type ClaimTx } from '../db/claimTx.ts';
import { caseMembers, cases, idempotencyKeys, uploads } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';

const p = sql.placeholder;
// A JSON array of upload ids as one parameter, so one statement serves any number of photos.
const idsIn = (column: typeof uploads.id) => inArray(column, sql`(select value from json_each(${p('ids')}))`);

// Free: attached to no case and no 举报.
const freePhotosQuery = statement(db.select({ id: uploads.id }).from(uploads).where(and(idsIn(uploads.id), isNull(uploads.caseId), isNull(uploads.reportId))));
const caseNoQuery = statement(db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, p('caseNo'))));
// What a claim asks before it writes, in one statement (each statement costs a prepare): its key's stored answer and
// whether the case number drawn is taken.
const beforeWriteQuery = statement(db
  .select({
    bodyHash: idempotencyKeys.bodyHash,
    responseSealed: idempotencyKeys.responseSealed,
    caseNoTaken: sql<number>`exists ${db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, p('caseNo')))}`,
  })
  .from(sql`(select 1)`)
  .leftJoin(idempotencyKeys, eq(idempotencyKeys.key, p('key'))));
const membersInsert = statement(db.insert(caseMembers).select(sql`select ${p('caseId')}, value, ${p('programme')}, 1 from json_each(${p('ids')})`).returning({ caseId: caseMembers.caseId }));
const attachQuery = statement(db.update(uploads).set({ caseId: sql`${p('caseId')}`, purpose: sql`${p('purpose')}` }).where(idsIn(uploads.id)).returning({ id: uploads.id }));

export interface BeforeWrite {
  /** The key's stored answer, when the key was used. */
  stored: { bodyHash: string; responseSealed: string } | undefined;
  caseNoTaken: boolean;
}

export async function beforeWrite(tx: ClaimTx, values: { key: string; caseNo: string }): Promise<BeforeWrite> {
  const row = (await beforeWriteQuery(tx, values)).rows[0]!;
  return { stored: row[0] == null ? undefined : { bodyHash: String(row[0]), responseSealed: String(row[1]) }, caseNoTaken: Number(row[2]) === 1 };
}

/** How many of the photos exist and belong to no case yet. */
export async function countFreePhotos(tx: ClaimTx, ids: readonly string[]): Promise<number> {
  return (await freePhotosQuery(tx, { ids: JSON.stringify(ids) })).rows.length;
}

export async function isCaseNoTaken(tx: ClaimTx, caseNo: string): Promise<boolean> {
  return (await caseNoQuery(tx, { caseNo })).rows.length > 0;
}

/**
 * The household's members of a new open case, or 409 household_case_open when one is in an open case of the
 * programme already (the unique index); the message says neither which member nor which case.
 */
export async function insertMembers(tx: ClaimTx, caseId: number, programme: string, memberHmacs: readonly string[], messageKey: string): Promise<void> {
  try {
    await membersInsert(tx, { caseId, programme, ids: JSON.stringify(memberHmacs) });
  } catch (error) {
    if ((error as { extendedCode?: string }).extendedCode === 'SQLITE_CONSTRAINT_UNIQUE') throw new ApiError(409, 'household_case_open', { messageKey });
    throw error;
  }
}

export async function attachPhotos(tx: ClaimTx, caseId: number, purpose: 'claim' | 'authorisation', ids: readonly string[]): Promise<void> {
  await attachQuery(tx, { caseId, purpose, ids: JSON.stringify(ids) });
}

export const insertCase = insertOf(cases, [
  'caseNo', 'queryCodeHmac', 'idLast6Hmac', 'idNumberHmac', 'programme', 'county', 'township', 'village', 'applicantNameMasked',
  'applicantIdLast4', 'claimSealed', 'submittedBy', 'agentId', 'nearKin', 'requestedAmount', 'status', 'submittedAt', 'step', 'dueOn',
]);
export const insertIdempotencyKey = insertOf(idempotencyKeys, ['key', 'bodyHash', 'caseId', 'responseSealed', 'createdAt']);
