// Where a report (and a 差评's follow-up) goes: the county's queue, never a township's, whatever township or person it
// is about. 信访工作条例 §30 ¶3: "不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位" — a township's staff are the
// unit most reports name, so no township role reads any report.
import { needsTownship, type Role } from '../roles.ts';

interface Reader {
  role: Role;
  county: string;
}

/** County roles of the item's county: the approver who answers it, the admin who may need to act on an account. */
export function readsCountyQueue(account: Reader, item: { county: string }): boolean {
  return !needsTownship(account.role) && account.county === item.county;
}

/** Only the county approver accepts and answers, and reveals a reporter's contact. */
export function answersCountyQueue(account: Reader, item: { county: string }): boolean {
  return account.role === 'county-approver' && readsCountyQueue(account, item);
}
