// What a refusal rests on, chosen beside its written reason so the county can count refusals by reason (issue 10's
// dashboard). Categories of this system, not a legal list; each names the rule it is measured against where one exists.
export const REFUSAL_GROUNDS = [
  /** 家庭人均收入不低于当地标准 (社会救助法 §18, §21). */
  'income',
  /** 财产状况不符合规定 (社会救助法 §18, §21). */
  'assets',
  /** 不符合该项目的其他条件 (e.g. 特困: 社会救助法 §16). */
  'conditions',
  /** 未如实报告或不配合核查 (社会救助法 §40). */
  'not-cooperating',
  /** 不在户籍所在地申请 (社会救助法 §37). */
  'registration',
  'other',
] as const;
export type RefusalGrounds = (typeof REFUSAL_GROUNDS)[number];

/** The grounds chosen, undefined when none was (the field is optional), or 'invalid' for a value not on the list. */
export function groundsOf(value: unknown): RefusalGrounds | undefined | 'invalid' {
  if (value === undefined || value === null || value === '') return undefined;
  return (REFUSAL_GROUNDS as readonly unknown[]).includes(value) ? (value as RefusalGrounds) : 'invalid';
}
