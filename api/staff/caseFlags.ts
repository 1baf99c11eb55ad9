// Flags shown with a case on every staff screen, each with its reason in the reader's language: the cross-checks
// stored when the case was accepted or approved (api/conflicts), and the applicant's own declaration before that.
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseFlag } from '../schemas/staff.ts';

export interface FlagFacts {
  /** The applicant declared near kin among case staff or village cadres. */
  nearKin: boolean;
  /** Flags raised on the case (code and ground), as stored in case_flags. */
  raised: readonly { code: string; basis: string }[];
  /** 公示异议 being looked into: the case is paused (cases.paused_on). */
  paused?: boolean;
}

// A queue lists 200 cases per request: the same few reasons are worded once per language and grounds.
const worded = new Map<string, string>();
function reasonOf(lang: Lang, code: string, bases: readonly string[]): string {
  const key = `${lang}|${code}|${bases.join(',')}`;
  let reason = worded.get(key);
  if (reason === undefined) {
    reason = [...bases.map((b) => translate(lang, `staff:flag.${code}.${b}`)), ...(code === 'conflict_of_interest' ? [translate(lang, 'staff:flag.conflict_of_interest.rule')] : [])].join(' ');
    worded.set(key, reason);
  }
  return reason;
}

/** One flag per code, its reason naming every ground it was raised on. */
export function caseFlags(facts: FlagFacts, lang: Lang): CaseFlag[] {
  if (!facts.nearKin && facts.raised.length === 0 && !facts.paused) return [];
  const grounds = new Map<string, string[]>();
  const add = (code: string, basis: string) => {
    const list = grounds.get(code) ?? [];
    if (!list.includes(basis)) list.push(basis);
    grounds.set(code, list);
  };
  if (facts.nearKin) add('conflict_of_interest', 'applicant_declared');
  for (const f of facts.raised) add(f.code, f.basis);
  if (facts.paused) add('objection_open', 'notice');
  return [...grounds].map(([code, bases]) => ({ code, reason: reasonOf(lang, code, bases) }));
}

/** Stored flags as the queue's SQL returns them: "code:basis,code:basis". */
export function parseRaised(joined: unknown): { code: string; basis: string }[] {
  if (typeof joined !== 'string' || joined === '') return [];
  return joined.split(',').map((pair) => {
    const [code = '', basis = ''] = pair.split(':');
    return { code, basis };
  });
}
