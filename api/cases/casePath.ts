// A case's path through its programme's workflow: the data, the county's choices and the case's own facts (the
// amount, a 先行救助 paid, a minor applicant) as they stand in its state.
import type { cases } from '../db/schema/index.ts';
import { openClaim } from '../conflicts/household.ts';
import { workflowContext } from '../content/workflows.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { CaseState } from '../domain/casework/caseState.ts';
import { hasStepNotForMinors, minorWhenReached } from '../domain/casework/minorApplicant.ts';
import { checkIdNumber } from '../domain/idNumber.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { workflowSteps, type ApplyProgramme, type ProgrammeWorkflow, type StepDefinition, type WorkflowContext } from '../domain/workflow.ts';
import type { Services } from '../services.ts';

export interface CasePath {
  workflow: ProgrammeWorkflow;
  context: WorkflowContext;
  steps: StepDefinition[];
}

type PathRow = Pick<typeof cases.$inferSelect, 'programme' | 'county' | 'requestedAmount' | 'claimSealed'>;

export function casePath(services: Services, row: PathRow, state: Pick<CaseState, 'done' | 'notice' | 'paidFirst'>, today: CalendarDate): CasePath {
  const programme = row.programme as ApplyProgramme;
  const workflow = services.workflows[programme];
  // Once paid first, what the paperwork settles is the amount paid (within the township's delegation), not the amount asked.
  const facts = { requestedAmount: state.paidFirst?.amount ?? row.requestedAmount, paidFirst: state.paidFirst !== undefined };
  const context = workflowContext(regionForCounty(row.county, services.regions), programme, facts);
  // The sealed claim is opened only for a programme with a step not for minors (特困), never for the others' lists.
  if (hasStepNotForMinors(workflow)) context.minorApplicant = minorWhenReached(applicantBirthDate(services, row, today), workflowSteps(workflow, context), state, today);
  return { workflow, context, steps: workflowSteps(workflow, context) };
}

function applicantBirthDate(services: Services, row: PathRow, today: CalendarDate): CalendarDate | undefined {
  const checked = checkIdNumber(openClaim(services.sealer, row.claimSealed).applicant.idNumber, today);
  return checked.ok ? checked.birthDate : undefined;
}
