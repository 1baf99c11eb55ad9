// Every kiosk page: lockdown, on-screen keys, the bar's 返回 and 结束, the idle wipe, and the reader bridge's address.
import { initLockdown } from './lockdown.ts';
import { initKioskKeys } from './keys.ts';
import { initIdle } from './idle.ts';
import { initRating } from './rating.ts';
import { adoptReaderFromFragment } from '../../lib/kiosk-reader-config.ts';

export function initKiosk() {
  const home = document.querySelector<HTMLAnchorElement>('[data-kiosk-home]')!.href;
  // Before the network script takes the terminal's part of the fragment (and the whole fragment with it).
  adoptReaderFromFragment(document.body.dataset.kioskReaderOrigin!);
  initLockdown();
  initKioskKeys();
  initIdle(home);
  document.querySelector('[data-kiosk-print]')?.addEventListener('click', () => window.print());
  // 结束 asks for 好差评 first; the rating's own buttons end the visit.
  const offerRating = initRating(home);
  document.querySelector('[data-kiosk-end]')?.addEventListener('click', offerRating);
  // 返回 goes back only within this visit's kiosk pages; on the home screen there is nothing to go back to.
  document.querySelector('[data-kiosk-back]')?.addEventListener('click', () => {
    const fromKiosk = document.referrer && new URL(document.referrer).origin === location.origin && new URL(document.referrer).pathname.startsWith(new URL(home).pathname);
    if (fromKiosk && location.href !== home) history.back();
    else location.assign(home);
  });
}
