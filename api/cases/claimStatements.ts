// What recording a claim reads and writes, as statements built once (see db/claimTx.ts).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { insertOf, queryBuilder as db, statement, type ClaimTx } from '../db/claimTx.ts';
import { cases, idempotencyKeys, uploads } from '../db/schema/index.ts';

const p = sql.placeholder;
// A JSON array of upload ids as one parameter, so one statement serves any number of photos.
const idsIn = (column: typeof uploads.id) => inArray(column, sql`(select value from json_each(${p('ids')}))`);

const keyQuery = statement(db.select({ bodyHash: idempotencyKeys.bodyHash, responseSealed: idempotencyKeys.responseSealed }).from(idempotencyKeys).where(eq(idempotencyKeys.key, p('key'))));
const freePhotosQuery = statement(db.select({ id: uploads.id }).from(uploads).where(and(idsIn(uploads.id), isNull(uploads.caseId))));
const caseNoQuery = statement(db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, p('caseNo'))));
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

export async function attachPhotos(tx: ClaimTx, caseId: number, purpose: 'claim' | 'authorisation', ids: readonly string[]): Promise<void> {
  await attachQuery(tx, { caseId, purpose, ids: JSON.stringify(ids) });
}

export const insertCase = insertOf(cases, [
  'caseNo', 'queryCodeHmac', 'idLast6Hmac', 'idNumberHmac', 'programme', 'county', 'township', 'village', 'applicantNameMasked',
  'applicantIdLast4', 'claimSealed', 'submittedBy', 'agentId', 'nearKin', 'requestedAmount', 'status', 'submittedAt', 'step', 'dueOn',
]);
export const insertIdempotencyKey = insertOf(idempotencyKeys, ['key', 'bodyHash', 'caseId', 'responseSealed', 'createdAt']);
