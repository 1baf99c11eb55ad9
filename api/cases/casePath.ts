// A case's path through its programme's workflow: the data, the county's choices and the case's own facts.
import type { cases } from '../db/schema/index.ts';
import { workflowContext } from '../content/workflows.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { workflowSteps, type ApplyProgramme, type ProgrammeWorkflow, type StepDefinition, type WorkflowContext } from '../domain/workflow.ts';
import type { Services } from '../services.ts';

export interface CasePath {
  workflow: ProgrammeWorkflow;
  context: WorkflowContext;
  steps: StepDefinition[];
}

export function casePath(services: Services, row: Pick<typeof cases.$inferSelect, 'programme' | 'county' | 'requestedAmount'>): CasePath {
  const programme = row.programme as ApplyProgramme;
  const workflow = services.workflows[programme];
  const context = workflowContext(regionForCounty(row.county, services.regions), programme, { requestedAmount: row.requestedAmount });
  return { workflow, context, steps: workflowSteps(workflow, context) };
}
