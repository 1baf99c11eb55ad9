// A looked-up case, told to whoever on the page needs it (the kiosk's end-of-visit rating) by a DOM event: the case
// island knows nothing of the kiosk, and nothing of this is stored anywhere but in the listeners' memory.

export interface ShownCase {
  caseNumber: string;
  /** The query code it was looked up with; undefined when it was the ID number's last 6 (a rating needs the code). */
  queryCode: string | undefined;
  /** Ended and not rated yet: POST /api/ratings takes a rating of it. */
  ratable: boolean;
}

const EVENT = 'mzy:case-shown';

export function announceCase(shown: ShownCase) {
  document.dispatchEvent(new CustomEvent<ShownCase>(EVENT, { detail: shown }));
}

export function onCaseShown(listener: (shown: ShownCase) => void) {
  document.addEventListener(EVENT, (e) => listener((e as CustomEvent<ShownCase>).detail));
}
