// What recording a batch of claims reads and writes, as statements built once (see db/claimTx.ts): one read for
// every key, case number, photo and household member of the batch, then one statement per table.
import { sql } from 'drizzle-orm';
import { changeStatement, insertRowsOf, rowQuery, type ClaimTx } from '../db/claimTx.ts';
import { auditEvents, caseMembers, cases, idempotencyKeys, uploads } from '../db/schema/index.ts';

const p = sql.placeholder;
// A JSON array as one parameter, so one statement serves any number of values.
const each = (name: string) => sql`(select value from json_each(${p(name)}))`;

// One row: a JSON array of [what, value, value, value], so the answer of the whole batch comes back at once. The
// audit chain's head and the last case id come along (the batch's new cases are those after it).
const batchReadQuery = rowQuery(sql`select json_group_array(json_array(what, a, b, c)) from (
  select 'key' as what, ${idempotencyKeys.key} as a, ${idempotencyKeys.bodyHash} as b, ${idempotencyKeys.responseSealed} as c from ${idempotencyKeys} where ${idempotencyKeys.key} in ${each('keys')}
  union all select 'caseNo', ${cases.caseNo}, null, null from ${cases} where ${cases.caseNo} in ${each('caseNos')}
  union all select 'photo', ${uploads.id}, null, null from ${uploads} where ${uploads.id} in ${each('photos')} and ${uploads.caseId} is null and ${uploads.reportId} is null
  union all select 'member', ${caseMembers.idNumberHmac}, ${caseMembers.programme}, null from json_each(${p('members')}) as m
    join ${caseMembers} on ${caseMembers.idNumberHmac} = m.value->>0 and ${caseMembers.programme} = m.value->>1 and ${caseMembers.open} = 1
  union all select * from (select 'head', ${auditEvents.id}, ${auditEvents.mac}, null from ${auditEvents} order by ${auditEvents.id} desc limit 1)
  union all select 'lastCase', max(${cases.id}), null, null from ${cases})`);
const caseNoQuery = rowQuery(sql`select 1 from ${cases} where ${cases.caseNo} = ${p('caseNo')}`);
const newCasesQuery = rowQuery(sql`select json_group_array(json_array(${cases.id}, ${cases.caseNo})) from ${cases} where ${cases.id} > ${p('after')}`);
const attachStatement = changeStatement(sql`
  update ${uploads} set ${sql.identifier(uploads.caseId.name)} = a.value->>1, ${sql.identifier(uploads.purpose.name)} = a.value->>2
  from json_each(${p('photos')}) as a where ${uploads.id} = a.value->>0 and ${uploads.caseId} is null and ${uploads.reportId} is null`);

/** What the database holds already of a batch's claims. */
export interface BatchState {
  /** Stored answers by Idempotency-Key. */
  keys: Map<string, { bodyHash: string; responseSealed: string }>;
  /** Case numbers drawn for the batch that are taken. */
  caseNosTaken: Set<string>;
  /** Photos of the batch that exist and belong to no case and no 举报 yet. */
  freePhotos: Set<string>;
  /** `memberKey(hmac, programme)` of members in an open claim of the programme. */
  openMembers: Set<string>;
  /** The audit chain's head; none on an empty chain. */
  head: { id: number; mac: string } | undefined;
  /** The highest case id so far (0: none). */
  lastCaseId: number;
}

export const memberKey = (idNumberHmac: string, programme: string) => `${programme}\0${idNumberHmac}`;

export interface BatchQuestion {
  keys: string[];
  caseNos: string[];
  photos: string[];
  members: [idNumberHmac: string, programme: string][];
}

export async function readBatch(tx: ClaimTx, question: BatchQuestion): Promise<BatchState> {
  const [answer] = (await batchReadQuery(tx, {
    keys: JSON.stringify(question.keys),
    caseNos: JSON.stringify(question.caseNos),
    photos: JSON.stringify(question.photos),
    members: JSON.stringify(question.members),
  }))!;
  const state: BatchState = { keys: new Map(), caseNosTaken: new Set(), freePhotos: new Set(), openMembers: new Set(), head: undefined, lastCaseId: 0 };
  for (const [what, a, b, c] of JSON.parse(String(answer)) as [string, string | number | null, string | null, string | null][]) {
    if (what === 'key') state.keys.set(String(a), { bodyHash: String(b), responseSealed: String(c) });
    else if (what === 'caseNo') state.caseNosTaken.add(String(a));
    else if (what === 'photo') state.freePhotos.add(String(a));
    else if (what === 'member') state.openMembers.add(memberKey(String(a), String(b)));
    else if (what === 'lastCase') state.lastCaseId = Number(a ?? 0);
    else if (b === null) throw new Error(`Audit event #${String(a)} has no MAC yet: the chain is sealed at start (openServices).`);
    else state.head = { id: Number(a), mac: b };
  }
  return state;
}

export async function isCaseNoTaken(tx: ClaimTx, caseNo: string): Promise<boolean> {
  return (await caseNoQuery(tx, { caseNo })) !== undefined;
}

/** Case ids by case number of the cases inserted after case `after` (the write lock held since). */
export async function casesAfter(tx: ClaimTx, after: number): Promise<Map<string, number>> {
  const [answer] = (await newCasesQuery(tx, { after }))!;
  return new Map((JSON.parse(String(answer)) as [number, string][]).map(([id, caseNo]) => [caseNo, id]));
}

/** Attaches photos to their cases; answers how many were attached (each must have been free). */
export function attachPhotos(tx: ClaimTx, photos: readonly [id: string, caseId: number, purpose: 'claim' | 'authorisation'][]): Promise<number> {
  return attachStatement(tx, { photos: JSON.stringify(photos) });
}

export const insertCases = insertRowsOf(cases, [
  'caseNo', 'queryCodeHmac', 'idLast6Hmac', 'idNumberHmac', 'programme', 'county', 'township', 'village', 'applicantNameMasked',
  'applicantIdLast4', 'claimSealed', 'submittedBy', 'agentId', 'nearKin', 'requestedAmount', 'status', 'submittedAt', 'step', 'dueOn',
]);
export const insertMembers = insertRowsOf(caseMembers, ['caseId', 'idNumberHmac', 'programme', 'open']);
export const insertAuditRows = insertRowsOf(auditEvents, ['id', 'kind', 'caseId', 'accountId', 'actor', 'step', 'reason', 'detail', 'at', 'on', 'prevMac', 'mac']);
export const insertIdempotencyKeys = insertRowsOf(idempotencyKeys, ['key', 'bodyHash', 'caseId', 'responseSealed', 'createdAt']);
