// Where a resident belongs and whom they go to: the townships a county lists, where a typed township lies, its offices.
// The shapes restate site/schemas/place.ts so pure rules need no Astro.

/** How a resident reaches an office; an absent field is not published, and pages say so. */
export interface Contacts {
  address?: string | undefined;
  hours?: string | undefined;
  phone?: string | undefined;
}

/** An office as residents see it. */
export interface OfficeCard extends Contacts {
  name: string;
  /** Township offices are where one applies; a county bureau is asked after them. */
  level: 'township' | 'county';
  /** What a source says about it that a visitor should know (e.g. that its name is not checked). */
  note?: string | undefined;
}

/** A county (or city, or district) bureau as the region files hold it. */
export interface PlaceOffice extends Contacts {
  name: string;
  note?: string | undefined;
  /** Catalog ids of the programmes the sources say it takes. */
  handles?: readonly string[] | undefined;
  sources: readonly string[];
}

/** How every township's office of a county is described. */
export interface TownshipOfficeRule {
  /** Unit inside the township government, e.g. 民政办. */
  unit?: string | undefined;
  handles?: readonly string[] | undefined;
  note?: string | undefined;
  sources: readonly string[];
}

export interface PlaceTownship {
  name: string;
  code?: string | undefined;
  villages?: readonly { name: string }[] | undefined;
  /** Contacts of this township's own office, where published. */
  office?: Contacts | undefined;
}

export interface PlaceRegion {
  code: string;
  name: string;
  districts?: readonly { code: string; name: string; office?: PlaceOffice | undefined; townships?: readonly PlaceTownship[] | undefined }[] | undefined;
  townships?: readonly PlaceTownship[] | undefined;
  office: PlaceOffice;
  townshipOffice?: TownshipOfficeRule | undefined;
}

/** A county, or a district of a prefecture-level city: what a resident picks, with its own townships and bureau. */
export interface CountyUnit {
  code: string;
  name: string;
  townships: readonly PlaceTownship[];
  office: PlaceOffice;
  townshipOffice?: TownshipOfficeRule | undefined;
}

/** Every county and district the regions serve, a city's districts in place of the city. */
export function countyUnits(regions: readonly PlaceRegion[]): CountyUnit[] {
  return regions.flatMap((r) =>
    r.districts?.length
      ? r.districts.map((d) => ({ code: d.code, name: d.name, townships: d.townships ?? [], office: d.office ?? r.office, townshipOffice: r.townshipOffice }))
      : [{ code: r.code, name: r.name, townships: r.townships ?? [], office: r.office, townshipOffice: r.townshipOffice }],
  );
}

export function countyUnit(regions: readonly PlaceRegion[], code: string): CountyUnit | undefined {
  return countyUnits(regions).find((u) => u.code === code);
}

/** The government a township's office sits in: a 街道 has an 办事处, a 镇 or 乡 a 人民政府. */
export function townshipGovernment(township: string): string {
  return township.endsWith('街道') ? `${township}办事处` : `${township}人民政府`;
}

/** Only the published contacts, so data handed to a page carries no empty fields or source ids. */
export function contactsOf(from: Contacts | undefined): Contacts {
  const contacts: Contacts = {};
  if (from?.address) contacts.address = from.address;
  if (from?.hours) contacts.hours = from.hours;
  if (from?.phone) contacts.phone = from.phone;
  return contacts;
}

/** A township's office: its government and the unit the county's sources name, with its own contacts if published. */
export function townshipOfficeCard(rule: Pick<TownshipOfficeRule, 'unit'> | undefined, township: Pick<PlaceTownship, 'name' | 'office'>): OfficeCard {
  const government = townshipGovernment(township.name);
  return { name: rule?.unit ? `${government}（${rule.unit}）` : government, level: 'township', ...contactsOf(township.office) };
}

/** The county bureau as residents see it. */
export function officeCard(office: PlaceOffice): OfficeCard {
  return { name: office.name, level: 'county', ...contactsOf(office), ...(office.note ? { note: office.note } : {}) };
}

/** Where a typed township lies: in the county's list, in another county's list, or in none (其他, taken as typed). */
export type TownshipPlacement = { kind: 'listed' } | { kind: 'unlisted' } | { kind: 'elsewhere'; county: string; countyName: string };

export function placeTownship(regions: readonly PlaceRegion[], county: string, township: string): TownshipPlacement {
  const name = township.trim();
  const units = countyUnits(regions);
  if (units.find((u) => u.code === county)?.townships.some((t) => t.name === name)) return { kind: 'listed' };
  const other = units.find((u) => u.code !== county && u.townships.some((t) => t.name === name));
  return other ? { kind: 'elsewhere', county: other.code, countyName: other.name } : { kind: 'unlisted' };
}

/** Whom a household registered here goes to, nearest first: the township office, then the county bureau. */
export interface WhereToGo {
  countyName: string;
  township: string;
  /** False when the township was typed under 其他 (not in the official list the site holds). */
  listed: boolean;
  offices: OfficeCard[];
}

export function whereToGo(regions: readonly PlaceRegion[], county: string, township: string): WhereToGo | undefined {
  const unit = countyUnit(regions, county);
  if (!unit) return undefined;
  const name = township.trim();
  const listed = unit.townships.find((t) => t.name === name);
  return {
    countyName: unit.name,
    township: name,
    listed: listed !== undefined,
    offices: [townshipOfficeCard(unit.townshipOffice, listed ?? { name }), officeCard(unit.office)],
  };
}
