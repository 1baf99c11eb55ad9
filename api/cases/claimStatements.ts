// What recording a batch of claims reads and writes, as statements built once (see db/claimTx.ts): one read for
// every key, case number, photo and household member of the batch, then one statement per table.
import { sql } from 'drizzle-orm';
import { insertRowsOf, statement, type ClaimTx } from '../db/claimTx.ts';
import { auditEvents, caseMembers, cases, idempotencyKeys, uploads } from '../db/schema/index.ts';

const p = sql.placeholder;
// A JSON array as one parameter, so one statement serves any number of values.
const each = (name: string) => sql`(select value from json_each(${p(name)}))`;

// Each row says what it is in its first column; the head of the audit chain comes along (read once per batch).
const batchReadQuery = statement(sql`
  select 'key', ${idempotencyKeys.key}, ${idempotencyKeys.bodyHash}, ${idempotencyKeys.responseSealed} from ${idempotencyKeys} where ${idempotencyKeys.key} in ${each('keys')}
  union all select 'caseNo', ${cases.caseNo}, null, null from ${cases} where ${cases.caseNo} in ${each('caseNos')}
  union all select 'photo', ${uploads.id}, null, null from ${uploads} where ${uploads.id} in ${each('photos')} and ${uploads.caseId} is null
  union all select 'member', ${caseMembers.idNumberHmac}, ${caseMembers.programme}, null from json_each(${p('members')}) as m
    join ${caseMembers} on ${caseMembers.idNumberHmac} = m.value->>0 and ${caseMembers.programme} = m.value->>1 and ${caseMembers.open} = 1
  union all select * from (select 'head', ${auditEvents.id}, ${auditEvents.mac}, null from ${auditEvents} order by ${auditEvents.id} desc limit 1)`);
const caseNoQuery = statement(sql`select 1 from ${cases} where ${cases.caseNo} = ${p('caseNo')}`);
const attachQuery = statement(sql`
  update ${uploads} set ${sql.identifier(uploads.caseId.name)} = a.value->>1, ${sql.identifier(uploads.purpose.name)} = a.value->>2
  from json_each(${p('photos')}) as a where ${uploads.id} = a.value->>0 and ${uploads.caseId} is null returning ${uploads.id}`);

/** What the database holds already of a batch's claims. */
export interface BatchState {
  /** Stored answers by Idempotency-Key. */
  keys: Map<string, { bodyHash: string; responseSealed: string }>;
  /** Case numbers drawn for the batch that are taken. */
  caseNosTaken: Set<string>;
  /** Photos of the batch that exist and belong to no case yet. */
  freePhotos: Set<string>;
  /** `memberKey(hmac, programme)` of members in an open claim of the programme. */
  openMembers: Set<string>;
  /** The audit chain's head; none on an empty chain. */
  head: { id: number; mac: string } | undefined;
}

export const memberKey = (idNumberHmac: string, programme: string) => `${programme}\0${idNumberHmac}`;

export interface BatchQuestion {
  keys: string[];
  caseNos: string[];
  photos: string[];
  members: [idNumberHmac: string, programme: string][];
}

export async function readBatch(tx: ClaimTx, question: BatchQuestion): Promise<BatchState> {
  const { rows } = await batchReadQuery(tx, {
    keys: JSON.stringify(question.keys),
    caseNos: JSON.stringify(question.caseNos),
    photos: JSON.stringify(question.photos),
    members: JSON.stringify(question.members),
  });
  const state: BatchState = { keys: new Map(), caseNosTaken: new Set(), freePhotos: new Set(), openMembers: new Set(), head: undefined };
  for (const row of rows) {
    const [what, a, b, c] = [row[0], String(row[1]), row[2], row[3]];
    if (what === 'key') state.keys.set(a, { bodyHash: String(b), responseSealed: String(c) });
    else if (what === 'caseNo') state.caseNosTaken.add(a);
    else if (what === 'photo') state.freePhotos.add(a);
    else if (what === 'member') state.openMembers.add(memberKey(a, String(b)));
    else if (b === null) throw new Error(`Audit event #${a} has no MAC yet: the chain is sealed at start (openServices).`);
    else state.head = { id: Number(a), mac: String(b) };
  }
  return state;
}

export async function isCaseNoTaken(tx: ClaimTx, caseNo: string): Promise<boolean> {
  return (await caseNoQuery(tx, { caseNo })).rows.length > 0;
}

/** Attaches photos to their cases; answers how many were attached (each must have been free). */
export async function attachPhotos(tx: ClaimTx, photos: readonly [id: string, caseId: number, purpose: 'claim' | 'authorisation'][]): Promise<number> {
  return (await attachQuery(tx, { photos: JSON.stringify(photos) })).rows.length;
}

export const insertCases = insertRowsOf(cases, [
  'caseNo', 'queryCodeHmac', 'idLast6Hmac', 'idNumberHmac', 'programme', 'county', 'township', 'village', 'applicantNameMasked',
  'applicantIdLast4', 'claimSealed', 'submittedBy', 'agentId', 'nearKin', 'requestedAmount', 'status', 'submittedAt', 'step', 'dueOn',
], `"id", "case_no"`);
export const insertMembers = insertRowsOf(caseMembers, ['caseId', 'idNumberHmac', 'programme', 'open'], '1');
export const insertAuditRows = insertRowsOf(auditEvents, ['id', 'kind', 'caseId', 'accountId', 'actor', 'step', 'reason', 'detail', 'at', 'on', 'prevMac', 'mac'], '1');
export const insertIdempotencyKeys = insertRowsOf(idempotencyKeys, ['key', 'bodyHash', 'caseId', 'responseSealed', 'createdAt'], '1');
