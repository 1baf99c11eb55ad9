// POST …/reveal-id: a whole ID number, shown only by this explicit action, which is itself an audit event.
import { appendAudit } from '../audit/chain.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { ApiError } from '../http/errors.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';
import type { CaseRow } from './caseForStaff.ts';

export async function revealIdNumber(services: Services, account: Account, row: CaseRow, member: number | undefined): Promise<string> {
  const claim = JSON.parse(services.sealer.open(row.claimSealed)) as ClaimRequest;
  const person = member === undefined ? claim.applicant : claim.members[member];
  if (!person) throw new ApiError(422, 'member_index_invalid', { field: 'member' });
  const now = services.now();
  // Which member, never the number itself: the chain holds no more personal data than the case needs.
  const whose = member === undefined ? 'applicant' : `member ${member + 1}`;
  await services.writes(() => services.db.transaction(
    (tx) => appendAudit(tx, { kind: 'id-revealed', caseId: row.id, accountId: account.id, actor: `staff:${account.username}`, reason: whose, at: now.toISOString(), on: chinaDate(now) }),
    { behavior: 'immediate' },
  ));
  return person.idNumber;
}
