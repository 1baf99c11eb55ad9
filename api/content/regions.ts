// The jurisdictions this portal serves: content/regions/*.yaml, checked by the site's build (site/schemas/region.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LocalStandard } from '../domain/localStandards.ts';
import type { PlaceOffice, TownshipOfficeRule } from '../domain/places.ts';
import type { ApplyProgramme, LimitOverride, StepId } from '../domain/workflow.ts';

/** A document or 区划 list the place data rests on (sources[].id is what entries cite). */
export interface PlaceSource {
  id: string;
  title: string;
  date: string;
  where?: string;
}

export interface TownshipFile {
  /** Nine-digit 统计用区划代码, where the list gives one. */
  code?: string;
  name: string;
  /** Id of the list it comes from. */
  source: string;
  villages?: { name: string; source: string; placedBy?: string }[];
  office?: { address?: string; hours?: string; phone?: string; sources: string[] };
}

export interface InstitutionFile {
  name: string;
  kind: string;
  township?: string;
  address?: string;
  hours?: string;
  phone?: string;
  programmes: string[];
  note?: string;
  sources: string[];
}

export interface RegionFile {
  code: string;
  name: string;
  parent: string;
  province?: string;
  sources?: PlaceSource[];
  districts?: { code: string; name: string; office?: PlaceOffice; townships?: TownshipFile[] }[];
  townships?: TownshipFile[];
  townshipOffice?: TownshipOfficeRule;
  office: PlaceOffice;
  institutions?: InstitutionFile[];
  standards?: LocalStandard[];
  townshipLinshiLimit?: { amount: number; year?: number; source: string };
  agentAuthorisationDays?: number;
  /** Programmes for which the county keeps 民主评议, with the source id that says so. */
  democraticReview?: { programmes: ApplyProgramme[]; source: string; note?: string };
  /** The county's own step limits, by programme and step (api/schemas/workflow.ts). */
  workflowLimits?: Partial<Record<ApplyProgramme, Partial<Record<StepId, LimitOverride>>>>;
}

const regionsDir = join(import.meta.dirname, '../../content/regions');

export function loadRegions(dir = regionsDir): RegionFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as RegionFile);
}
