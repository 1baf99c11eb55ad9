// The draft turned into the body of POST /api/cases, with names, ID numbers and phones as the rules store them.
import type { InferRequestType } from 'hono/client';
import { normalizeIdNumber } from '../../../api/domain/idNumber.ts';
import { normalizeName } from '../../../api/domain/personName.ts';
import { checkPhone } from '../../../api/domain/phone.ts';
import type { ApiClient } from './client.ts';
import type { Draft, PersonDraft } from './draft.ts';
import { adultsOf } from './people.ts';

export type ClaimBody = InferRequestType<ApiClient['api']['cases']['$post']>['json'];
type Member = ClaimBody['members'][number];

/** A sum of yuan as typed (full-width digits, spaces, thousands commas allowed), NaN when it is not one. */
export function readAmount(text: string): number {
  const folded = text.replace(/[\uFF10-\uFF19\uFF0E]/g, (d) => (d === '\uFF0E' ? '.' : String(d.charCodeAt(0) - 0xff10))).replace(/[\s,，]/g, '');
  return /^\d+(\.\d{1,2})?$/.test(folded) ? Number(folded) : Number.NaN;
}

function member(p: Pick<PersonDraft, 'name' | 'idNumber' | 'grade' | 'canWork'>, relation: Member['relation']): Member {
  const m: Member = { name: normalizeName(p.name), idNumber: normalizeIdNumber(p.idNumber), relation };
  if (p.grade) m.disabilityGrade = Number(p.grade) as 1 | 2 | 3 | 4;
  if (p.canWork) m.canWork = p.canWork === 'yes';
  return m;
}

const optionalNumber = (text: string) => (text.trim() === '' ? undefined : readAmount(text));

export function claimFromDraft(d: Draft, agent: boolean): ClaimBody {
  const phone = checkPhone(d.applicant.phone);
  const assets: ClaimBody['assets'] = {};
  const savings = optionalNumber(d.assets.savings);
  const houses = optionalNumber(d.assets.houses);
  const vehicles = optionalNumber(d.assets.vehicles);
  if (savings !== undefined) assets.savings = savings;
  if (houses !== undefined) assets.houses = houses;
  if (vehicles !== undefined) assets.vehicles = vehicles;
  if (d.assets.description.trim()) assets.description = d.assets.description.trim();
  const body: ClaimBody = {
    programme: d.programme as ClaimBody['programme'],
    county: d.county,
    township: d.township.trim(),
    hukou: d.hukou as ClaimBody['hukou'],
    applicant: { name: normalizeName(d.applicant.name), idNumber: normalizeIdNumber(d.applicant.idNumber), phone: phone.ok ? phone.value : d.applicant.phone },
    members: [member({ ...d.applicant, ...d.self }, 'self'), ...d.members.map((p) => member(p, p.relation as Member['relation']))],
    incomes: d.incomes.flatMap((inc, memberIndex) => {
      const monthly = optionalNumber(inc.monthly);
      return monthly ? [{ memberIndex, kind: inc.kind as ClaimBody['incomes'][number]['kind'], monthly }] : [];
    }),
    assets,
    reason: d.reason.trim(),
    nearKinDeclaration: d.nearKin === 'yes' ? { hasNearKin: true, details: d.nearKinDetails.trim() } : { hasNearKin: false },
    financeCheckConsents: adultsOf(d).filter((p) => d.consents[p.index]).map((p) => ({ memberIndex: p.index, agreed: true as const })),
    truthfulnessPromise: true,
    uploadIds: d.photos.map((p) => p.uploadId),
  };
  if (d.village.trim()) body.village = d.village.trim();
  if (agent && d.authorisation.photo) body.agentAuthorisation = { uploadId: d.authorisation.photo.uploadId, signedOn: d.authorisation.signedOn };
  return body;
}
