// A valid claim body for scripts that cannot import TypeScript helpers (bench:api); ID numbers pass GB 11643.
export const validClaim = {
  programme: 'dibao',
  county: '431225',
  township: '林城镇',
  hukou: 'urban',
  applicant: { name: '买买提·艾力', idNumber: '431225195203140022', phone: '0745-8221234' },
  members: [{ name: '买买提·艾力', idNumber: '431225195203140022', relation: 'self' }],
  incomes: [{ memberIndex: 0, kind: 'pension', monthly: 300 }],
  assets: { description: '自住房一处' },
  reason: '年老体弱，收入很少。',
  nearKinDeclaration: { hasNearKin: false },
  financeCheckConsents: [{ memberIndex: 0, agreed: true }],
  truthfulnessPromise: true,
  uploadIds: [],
};
