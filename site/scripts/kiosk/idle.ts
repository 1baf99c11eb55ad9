// Idle → a countdown a touch cancels → the visit is wiped. Checked once a second against the clock (Date.now), so a
// sleeping tab or a controlled test clock gives the same answer.
import { wipeVisit } from './wipe.ts';

export const IDLE_MS = 90_000;
export const COUNTDOWN_MS = 20_000;
// A case on screen is someone's personal data on a shared village screen: it goes after 30 s + 10 s, long enough to
// read the current step, short enough that the next person in the queue does not find it.
export const PERSONAL_IDLE_MS = 30_000;
export const PERSONAL_COUNTDOWN_MS = 10_000;
const PERSONAL = '.case-details, [data-kiosk-personal]';

export function initIdle(home: string) {
  const dialog = document.querySelector<HTMLElement>('[data-kiosk-idle]');
  const text = dialog?.querySelector<HTMLElement>('[data-template]');
  if (!dialog || !text) return;
  let last = Date.now();
  let deadline: number | undefined;

  const close = () => {
    deadline = undefined;
    dialog.hidden = true;
  };
  const touched = () => {
    last = Date.now();
    if (deadline !== undefined) close();
  };
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel']) document.addEventListener(type, touched, { capture: true, passive: true });

  const tick = () => {
    const now = Date.now();
    const personal = document.querySelector(PERSONAL) !== null;
    if (deadline === undefined && now - last >= (personal ? PERSONAL_IDLE_MS : IDLE_MS)) {
      deadline = now + (personal ? PERSONAL_COUNTDOWN_MS : COUNTDOWN_MS);
      dialog.hidden = false;
      dialog.querySelector<HTMLElement>('button')?.focus();
    }
    if (deadline === undefined) return;
    const left = Math.max(0, Math.ceil((deadline - now) / 1000));
    text.textContent = text.dataset.template!.replace('{{seconds}}', String(left));
    if (left === 0) {
      clearInterval(timer);
      void wipeVisit(home);
    }
  };
  const timer = setInterval(tick, 1000);
}
