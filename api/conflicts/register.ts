// 单独登记: the conflict-of-interest cases of the caller's jurisdiction, newest first, with their flags and approvals so far.
import { eventsOfCases } from '../audit/chain.ts';
import { caseStateOf } from '../cases/timeline.ts';
import type { ApplyProgramme, StepId } from '../domain/workflow.ts';
import type { Lang } from '../i18n/translate.ts';
import type { registerCaseSchema } from '../schemas/conflicts.ts';
import type { Services } from '../services.ts';
import type { Account } from '../staff/access.ts';
import { caseFlags, parseRaised } from '../staff/caseFlags.ts';
import { casesInJurisdiction } from '../staff/jurisdiction.ts';
import type { z } from 'zod';

type RegisterCase = z.infer<typeof registerCaseSchema>;
const REGISTER_LIMIT = 500;

export async function conflictRegister(services: Services, account: Account, lang: Lang): Promise<RegisterCase[]> {
  // The jurisdiction first, so the flag condition can never reach past it.
  const where = casesInJurisdiction(account);
  const { rows } = await services.client.execute({
    sql: `SELECT id, case_no, programme, township, village, applicant_name_masked, status, step, near_kin, version,
            flags,
            (SELECT min(raised_at) FROM case_flags WHERE case_flags.case_id = cases.id AND code = 'conflict_of_interest')
          FROM cases
          WHERE ${where.sql} AND (near_kin = 1 OR EXISTS (SELECT 1 FROM case_flags WHERE case_flags.case_id = cases.id AND code = 'conflict_of_interest'))
          ORDER BY id DESC LIMIT ${REGISTER_LIMIT}`,
    args: where.args,
  });
  const events = await eventsOfCases(services.db, rows.map((r) => Number(r[0])));
  return rows.map((r) => {
    const state = caseStateOf(events.filter((e) => e.caseId === Number(r[0])));
    const listed: RegisterCase = {
      caseNumber: r[1] as string,
      programme: r[2] as ApplyProgramme,
      township: r[3] as string,
      applicantName: r[5] as string,
      status: r[6] as string,
      step: ((r[7] as string | null) ?? 'apply') as StepId,
      flags: caseFlags({ nearKin: Number(r[8]) === 1, raised: parseRaised(r[10]) }, lang),
      approvals: state.status === 'approved' ? 2 : state.firstApproval ? 1 : 0,
      version: Number(r[9]),
    };
    if (r[4]) listed.village = r[4] as string;
    if (r[11]) listed.flaggedAt = r[11] as string;
    return listed;
  });
}
