// The application as typed, kept in localStorage so it survives a closed browser. Photos never: only upload ids.

export type YesNo = '' | 'yes' | 'no';

export interface PersonDraft {
  name: string;
  idNumber: string;
  /** Relation to the applicant (claimMemberSchema's relation); 'self' for the applicant. */
  relation: string;
  /** '' without a 残疾证, else '1'–'4'. */
  grade: string;
  canWork: YesNo;
}

export interface IncomeDraft {
  kind: string;
  monthly: string;
}

export interface PhotoDraft {
  uploadId: string;
  /** File name as the resident chose it, to tell photos apart. */
  name: string;
}

export interface Draft {
  version: 1;
  /** Made once per draft and sent on every retry, so a lost answer never makes a second case. */
  idempotencyKey: string;
  savedAt: string;
  /** Screen to resume at. */
  screen: string;
  programme: string;
  county: string;
  township: string;
  village: string;
  hukou: '' | 'urban' | 'rural';
  applicant: { name: string; idNumber: string; phone: string };
  /** The applicant's own grade and work, then the other members. */
  self: Pick<PersonDraft, 'grade' | 'canWork'>;
  members: PersonDraft[];
  /** One per person: the applicant first, then `members` in order. */
  incomes: IncomeDraft[];
  assets: { savings: string; houses: string; vehicles: string; description: string };
  reason: string;
  nearKin: YesNo;
  nearKinDetails: string;
  /** One per person, same order as `incomes`. */
  consents: boolean[];
  photos: PhotoDraft[];
  authorisation: { photo?: PhotoDraft | undefined; signedOn: string };
  promise: boolean;
}

// Drafts hold ID numbers and phones: a draft left for a week is dropped rather than kept forever.
const DRAFT_DAYS = 7;

export const emptyPerson = (): PersonDraft => ({ name: '', idNumber: '', relation: '', grade: '', canWork: '' });
export const emptyIncome = (): IncomeDraft => ({ kind: 'wages', monthly: '' });

export function newDraft(programme = ''): Draft {
  return {
    version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: 'programme',
    programme, county: '', township: '', village: '', hukou: '',
    applicant: { name: '', idNumber: '', phone: '' }, self: { grade: '', canWork: '' }, members: [],
    incomes: [emptyIncome()], assets: { savings: '', houses: '', vehicles: '', description: '' }, reason: '',
    nearKin: '', nearKinDetails: '', consents: [false], photos: [], authorisation: { signedOn: '' }, promise: false,
  };
}

/** What the resident has entered, without where they are in the form: a draft is saved only once this changes. */
export function answersOf(draft: Draft): string {
  const { screen: _screen, savedAt: _savedAt, ...answers } = draft;
  return JSON.stringify(answers);
}

export function loadDraft(key: string): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    if (draft?.version !== 1) return undefined;
    if (Date.now() - Date.parse(draft.savedAt) > DRAFT_DAYS * 86_400_000) {
      localStorage.removeItem(key);
      return undefined;
    }
    return draft;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // private mode or a full quota: the form still works, it just cannot be resumed
  }
}

export function discardDraft(key: string): void {
  localStorage.removeItem(key);
}
