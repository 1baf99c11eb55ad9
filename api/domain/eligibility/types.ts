// Shapes of the "我能申请吗?" self-check: what a resident tells us, and what we answer per programme.
import type { StandardRef } from '../localStandards.ts';

export type Hukou = 'urban' | 'rural';

/** Kind of disability on the 残疾人证 (GB/T 26341), in the API's words. */
export const DISABILITY_TYPES = ['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

/** One member of the household (共同生活的家庭成员). Flags left out mean "not asked" or "not sure". */
export interface HouseholdMember {
  /** Age in whole years. */
  age: number;
  /** Grade on the 残疾人证, 1 (most severe) to 4; absent when the member has no certificate. */
  disabilityGrade?: 1 | 2 | 3 | 4;
  /** Kind of disability on the certificate; absent when not known. */
  disabilityType?: DisabilityType;
  /** Retired from a state organ or public institution (机关事业单位退休), which some 高龄津贴 rules exclude; absent = not asked. */
  retiredFromPublicSector?: boolean;
  /** Retired from an enterprise with a pension (企业退休), which 瓮安's 高龄补贴 also excludes; absent = not asked. */
  retiredFromEnterprise?: boolean;
  /** Whether the member is able to work. */
  canWork?: boolean;
  /** Whether someone legally bound to support the member (法定赡养、抚养、扶养义务人) is able to do it. */
  hasSupporter?: boolean;
  /** A child whose parents have both died or been declared dead or missing. */
  isOrphan?: boolean;
  /** A child whose parents are both unable to raise them (重残、重病、服刑、失联…), or one is gone and the other unable. */
  parentsUnable?: boolean;
}

export interface EligibilityInput {
  /** GB/T 2260 code of the county or district where the household is registered. */
  county: string;
  hukou: Hukou;
  members: readonly HouseholdMember[];
  /** Income of the whole household, yuan per month. */
  monthlyIncome: number;
}

/** Programmes the self-check answers for, by catalog id. */
export const PROGRAMME_IDS = [
  'dibao',
  'dishouru',
  'tekun',
  'canji-butie',
  'gaoling-jintie',
  'guer',
  'wuren-fuyang',
  'linshi-jiuzhu',
  'yiliao-jiuzhu',
] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/** 'maybe' when the answer depends on something the self-check does not know. */
export type Eligible = true | false | 'maybe';

/** The answer for one programme, before suggestions of what else to try are added. */
export interface ProgrammeAnswer {
  id: ProgrammeId;
  eligible: Eligible;
  /** Estimated yuan per month for the household, when the local figure is known. */
  monthly?: number;
  /** Key of the plain-language reason in the `eligibility` locale namespace. */
  reasonKey: string;
  /** Values for the reason's {{placeholders}}. */
  reasonParams: Record<string, string | number>;
  /** The local figure the answer rests on. */
  standard?: StandardRef;
  /** Keys of further plain-language notes (same namespace), e.g. that 低保 and 特困 exclude each other. */
  noteKeys?: string[];
}

export interface ProgrammeResult extends ProgrammeAnswer {
  /** Catalog ids worth a look when the answer is no. */
  alsoTry?: string[];
}

export interface EligibilityResult {
  programmes: ProgrammeResult[];
}
