// Counties as the apply form's pickers and its receipt need them (built in site/lib/service-regions.ts).
import { townshipOfficeCard, type Contacts, type OfficeCard } from '../../../api/domain/places.ts';

/** A county or district with the townships and villages residents pick from, and whom to ask there. */
export interface CountyChoice {
  code: string;
  name: string;
  townships: { name: string; villages: string[]; office?: Contacts }[];
  /** The county (or district) bureau. */
  office: OfficeCard;
  /** The unit inside each township government, where the county's sources name one (e.g. 民政办). */
  townshipUnit?: string;
}

/** Value of the 其他 / 不在列表里 option; never sent: the typed name is. */
export const OTHER = '__other__';

/** Whom a household registered in this township goes to, nearest first; a township typed under 其他 still has its government. */
export function officesFor(counties: readonly CountyChoice[], county: string, township: string): OfficeCard[] {
  const choice = counties.find((c) => c.code === county);
  if (!choice) return [];
  const listed = choice.townships.find((t) => t.name === township.trim());
  return [townshipOfficeCard({ unit: choice.townshipUnit }, listed ?? { name: township.trim() }), choice.office];
}
