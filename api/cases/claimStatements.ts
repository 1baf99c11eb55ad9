// What recording a claim reads and writes, as statements built once (see db/claimTx.ts).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { insertOf, queryBuilder as db, statement, type ClaimTx } from '../db/claimTx.ts';
import { caseEvents, caseMembers, cases, idempotencyKeys, uploads } from '../db/schema/index.ts';
import { OPEN_CASE_STATUSES } from './household.ts';

const p = sql.placeholder;
// A JSON array of upload ids as one parameter, so one statement serves any number of photos.
const idsIn = (column: typeof uploads.id | typeof caseMembers.idNumberHmac) => inArray(column, sql`(select value from json_each(${p('ids')}))`);

const keyQuery = statement(db.select({ bodyHash: idempotencyKeys.bodyHash, responseSealed: idempotencyKeys.responseSealed }).from(idempotencyKeys).where(eq(idempotencyKeys.key, p('key'))));
const freePhotosQuery = statement(db.select({ id: uploads.id }).from(uploads).where(and(idsIn(uploads.id), isNull(uploads.caseId))));
const caseNoQuery = statement(db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, p('caseNo'))));
const openCaseQuery = statement(db.select({ id: cases.id }).from(caseMembers).innerJoin(cases, eq(cases.id, caseMembers.caseId))
  .where(and(idsIn(caseMembers.idNumberHmac), eq(cases.programme, p('programme')), inArray(cases.status, [...OPEN_CASE_STATUSES]))).limit(1));
const membersInsert = statement(db.insert(caseMembers).select(sql`select ${p('caseId')}, value from json_each(${p('ids')})`).returning({ caseId: caseMembers.caseId }));
const attachQuery = statement(db.update(uploads).set({ caseId: sql`${p('caseId')}`, purpose: sql`${p('purpose')}` }).where(idsIn(uploads.id)).returning({ id: uploads.id }));

/** The stored answer of an Idempotency-Key, if the key was used. */
export async function findIdempotencyKey(tx: ClaimTx, key: string): Promise<{ bodyHash: string; responseSealed: string } | undefined> {
  const [row] = (await keyQuery(tx, { key })).rows;
  return row ? { bodyHash: String(row['body_hash']), responseSealed: String(row['response_sealed']) } : undefined;
}

/** How many of the photos exist and belong to no case yet. */
export async function countFreePhotos(tx: ClaimTx, ids: readonly string[]): Promise<number> {
  return (await freePhotosQuery(tx, { ids: JSON.stringify(ids) })).rows.length;
}

export async function isCaseNoTaken(tx: ClaimTx, caseNo: string): Promise<boolean> {
  return (await caseNoQuery(tx, { caseNo })).rows.length > 0;
}

/** 一户一案: whether one of these members (by ID-number HMAC) is in a case of the programme still being handled or paid. */
export async function hasOpenCase(tx: ClaimTx, programme: string, memberHmacs: readonly string[]): Promise<boolean> {
  return (await openCaseQuery(tx, { programme, ids: JSON.stringify(memberHmacs) })).rows.length > 0;
}

export async function insertMembers(tx: ClaimTx, caseId: number, memberHmacs: readonly string[]): Promise<void> {
  await membersInsert(tx, { caseId, ids: JSON.stringify(memberHmacs) });
}

export async function attachPhotos(tx: ClaimTx, caseId: number, purpose: 'claim' | 'authorisation', ids: readonly string[]): Promise<void> {
  await attachQuery(tx, { caseId, purpose, ids: JSON.stringify(ids) });
}

export const insertCase = insertOf(cases, [
  'caseNo', 'queryCodeHmac', 'idLast6Hmac', 'idNumberHmac', 'programme', 'county', 'township', 'village', 'applicantNameMasked',
  'applicantIdLast4', 'claimSealed', 'submittedBy', 'agentId', 'nearKin', 'requestedAmount', 'status', 'submittedAt',
]);
export const insertEvent = insertOf(caseEvents, ['caseId', 'seq', 'kind', 'step', 'actor', 'reason', 'at', 'on', 'prevHash', 'hash']);
export const insertIdempotencyKey = insertOf(idempotencyKeys, ['key', 'bodyHash', 'caseId', 'responseSealed', 'createdAt']);
