// 好差评 at the end of a visit: 结束 opens five levels and a skip; a level is sent with the terminal's id and key (and
// the case just looked up, when it has ended), then the visit is wiped. The rating never holds the wipe back: the
// request goes out with keepalive and the wipe waits for it at most RATING_WAIT_MS; a failure only means no rating.
import { onCaseShown, type ShownCase } from '../../lib/case-shown.ts';
import { terminalIdentity } from '../../lib/kiosk-terminal.ts';
import { kioskFetch } from '../kiosk-offline.ts';
import { wipeVisit } from './wipe.ts';

/** Long enough for the answer on a slow village line, short enough that nobody waits. */
export const RATING_WAIT_MS = 1500;
/** The thanks stays at least this long, so it can be read even when the answer is at once. */
const THANKS_MS = 800;
const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What POST /api/ratings gets for this level, or undefined when there is nothing it could take (no terminal, no case). */
export function ratingBody(level: number, terminal: number | undefined, shown: ShownCase | undefined) {
  const ofCase = shown?.ratable && shown.queryCode ? { caseNumber: shown.caseNumber, queryCode: shown.queryCode } : undefined;
  if (terminal === undefined && !ofCase) return undefined;
  return { level, ...(terminal !== undefined ? { terminal } : {}), ...ofCase };
}

async function send(body: object) {
  try {
    await kioskFetch('ratings', { method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    // The server is away: the resident is thanked all the same, and nothing of theirs is kept to send later.
  }
}

export function initRating(home: string) {
  const dialog = document.querySelector<HTMLElement>('[data-kiosk-rating]');
  const end = () => void wipeVisit(home);
  if (!dialog) return end;
  let shown: ShownCase | undefined;
  onCaseShown((c) => (shown = c));
  const caseNote = dialog.querySelector<HTMLElement>('[data-kiosk-rating-case]')!;
  const thanks = dialog.querySelector<HTMLElement>('[data-kiosk-rating-thanks]')!;

  for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-kiosk-rate]')) {
    button.addEventListener('click', () => {
      const body = ratingBody(Number(button.dataset.kioskRate), terminalIdentity()?.id, shown);
      for (const b of dialog.querySelectorAll('button')) b.disabled = true;
      thanks.hidden = false;
      void Promise.race([Promise.all([body ? send(body) : undefined, delay(THANKS_MS)]), delay(RATING_WAIT_MS)]).then(end);
    });
  }
  dialog.querySelector('[data-kiosk-rating-skip]')!.addEventListener('click', end);

  return () => {
    caseNote.hidden = !(shown?.ratable && shown.queryCode);
    dialog.hidden = false;
    dialog.querySelector<HTMLButtonElement>('[data-kiosk-rate]')!.focus();
  };
}
