// What must hold after every crash: read straight from the database (any URL @libsql/client opens) and through the
// server for retries. Each check answers the problems it found, none when all is well.
import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';
import type { DrillLedger } from './drillLedger.ts';
import { sendClaim } from './drillLoad.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHUNK = 500;
const RETRIES_PER_CHECK = 5;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function integrityProblems(client: Client): Promise<string[]> {
  const rows = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
  return rows.length === 1 && rows[0] === 'ok' ? [] : [`integrity_check: ${rows.slice(0, 5).join('; ')}`];
}

/** Every acknowledged claim is stored once, under its key; no case was made without a key (none twice). */
export async function claimProblems(client: Client, ledger: DrillLedger): Promise<string[]> {
  const problems: string[] = [];
  for (const part of chunks(ledger.claims)) {
    const marks = part.map(() => '?').join(',');
    const rows = await client.execute({ sql: `select k.key, c.case_no from idempotency_keys k join cases c on c.id = k.case_id where k.key in (${marks})`, args: part.map((c) => c.key) });
    const stored = new Map(rows.rows.map((r) => [String(r[0]), String(r[1])]));
    for (const claim of part) if (stored.get(claim.key) !== claim.caseNumber) problems.push(`claim ${claim.caseNumber} (key ${claim.key}) acknowledged but stored as ${stored.get(claim.key) ?? 'nothing'}`);
  }
  const [counts] = (await client.execute('select (select count(*) from cases), (select count(*) from idempotency_keys), (select count(distinct case_id) from idempotency_keys)')).rows;
  const [cases, keys, keyedCases] = [Number(counts![0]), Number(counts![1]), Number(counts![2])];
  if (cases !== keys || keys !== keyedCases) problems.push(`${cases} cases for ${keys} idempotency keys naming ${keyedCases} cases: a claim was applied twice or without its key`);
  return problems;
}

/** Every acknowledged action is in its case (the version reached) and once in the audit chain. */
export async function actionProblems(client: Client, ledger: DrillLedger): Promise<string[]> {
  const problems: string[] = [];
  for (const part of chunks(ledger.actions)) {
    // One mark per case (a file leaves missing arguments NULL; sqld refuses the statement).
    const caseNumbers = [...new Set(part.map((a) => a.caseNumber))];
    const rows = await client.execute({
      sql: `select c.case_no, c.version, e.kind, count(e.id) from cases c left join audit_events e on e.case_id = c.id where c.case_no in (${caseNumbers.map(() => '?').join(',')}) group by c.case_no, e.kind`,
      args: caseNumbers,
    });
    const version = new Map<string, number>();
    const events = new Map<string, number>();
    for (const r of rows.rows) {
      version.set(String(r[0]), Number(r[1]));
      events.set(`${r[0]} ${r[2]}`, Number(r[3]));
    }
    for (const a of part) {
      if ((version.get(a.caseNumber) ?? -1) < a.version) problems.push(`case ${a.caseNumber} is at version ${version.get(a.caseNumber)} after ${a.action} was acknowledged at version ${a.version}`);
      const n = events.get(`${a.caseNumber} ${a.kind}`) ?? 0;
      if (n !== 1) problems.push(`case ${a.caseNumber} has ${n} ${a.kind} events after ${a.action} was acknowledged once`);
    }
  }
  return problems;
}

/** `npm run audit:verify <url>` (its script, run with node directly) on the drill's database, token and key. */
export function auditVerifyProblems(env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/audit-verify.ts', env['DATABASE_URL']!], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => resolve(code === 0 ? [] : [`audit:verify exited ${code}: ${out.trim()}`]));
  });
}

/**
 * Claims whose answer was lost are sent again with their key and from then on count as acknowledged; a few
 * acknowledged ones are sent again too and must get their first answer back, unchanged.
 */
export async function retryProblems(base: string, ledger: DrillLedger): Promise<string[]> {
  const problems: string[] = [];
  for (const claim of ledger.inDoubt.splice(0)) {
    const res = await sendClaim(base, claim);
    const text = await res.text();
    if (res.status === 201) {
      const answer = JSON.parse(text) as { caseNumber: string };
      ledger.claims.push({ ...claim, caseNumber: answer.caseNumber, answer });
    } else problems.push(`retry of an unanswered claim (key ${claim.key}): ${res.status} ${text.slice(0, 200)}`);
  }
  const sample = Array.from({ length: Math.min(RETRIES_PER_CHECK, ledger.claims.length) }, () => ledger.claims[Math.floor(Math.random() * ledger.claims.length)]!);
  for (const claim of sample) {
    const res = await sendClaim(base, claim);
    const answer: unknown = await res.json();
    if (res.status !== 201 || !isDeepStrictEqual(answer, claim.answer)) problems.push(`retry of claim ${claim.caseNumber} answered ${res.status} ${JSON.stringify(answer).slice(0, 200)}, not its first answer`);
  }
  return problems;
}
