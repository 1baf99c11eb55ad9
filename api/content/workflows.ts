// The programmes' workflows (content/workflows/*.yaml), checked at load, and what a county's region file changes in them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { APPLY_PROGRAMMES, type ApplyProgramme, type ProgrammeWorkflow, type WorkflowContext, type WorkflowSet } from '../domain/workflow.ts';
import { workflowFileSchema } from '../schemas/workflow.ts';
import type { RegionFile } from './regions.ts';

const workflowsDir = join(import.meta.dirname, '../../content/workflows');

/** Every programme's workflow; throws naming the file and field when one does not match the schema or is missing. */
export function loadWorkflows(dir = workflowsDir): WorkflowSet {
  const set: Partial<Record<ApplyProgramme, ProgrammeWorkflow>> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const checked = workflowFileSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!checked.success) throw new Error(`content/workflows/${file}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (`${checked.data.programme}.yaml` !== file) throw new Error(`content/workflows/${file}: declares programme ${checked.data.programme}`);
    set[checked.data.programme] = checked.data as ProgrammeWorkflow;
  }
  const missing = APPLY_PROGRAMMES.filter((p) => !set[p]);
  if (missing.length > 0) throw new Error(`content/workflows: no workflow for ${missing.join(', ')}`);
  return set as WorkflowSet;
}

/** What the county's region file and the case decide about its path. */
export function workflowContext(region: RegionFile | undefined, programme: ApplyProgramme, facts: { requestedAmount?: number | null; minorApplicant?: boolean; paidFirst?: boolean }): WorkflowContext {
  return {
    requestedAmount: facts.requestedAmount ?? undefined,
    townshipLinshiLimit: region?.townshipLinshiLimit?.amount,
    keepsDemocraticReview: region?.democraticReview?.programmes.includes(programme) ?? false,
    minorApplicant: facts.minorApplicant,
    paidFirst: facts.paidFirst,
    limits: region?.workflowLimits?.[programme],
  };
}
