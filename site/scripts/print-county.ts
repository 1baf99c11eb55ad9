// A 明白纸 is printed for one county: the chosen county (remembered with the standards table's choice) leaves the
// other counties' rows, offices and notes off the paper. With no choice, or without JS, every county prints.
import { regionKey } from './region-pick.ts';

function markForPrint(code: string) {
  for (const el of document.querySelectorAll<HTMLElement>('article [data-region]')) el.toggleAttribute('data-print-omit', Boolean(code) && el.dataset.region !== code);
}

export function initPrintCounty() {
  const chosen = () => localStorage.getItem(regionKey) ?? '';
  const select = document.querySelector<HTMLSelectElement>('[data-print-county]');
  if (select) {
    select.value = chosen();
    select.addEventListener('change', () => {
      localStorage.setItem(regionKey, select.value);
      // The standards table on screen follows the same choice.
      for (const other of document.querySelectorAll<HTMLSelectElement>('[data-region-pick]')) {
        other.value = select.value;
        other.dispatchEvent(new Event('change'));
      }
      markForPrint(select.value);
    });
  }
  for (const other of document.querySelectorAll<HTMLSelectElement>('[data-region-pick]')) {
    other.addEventListener('change', () => {
      if (select) select.value = other.value;
      markForPrint(other.value);
    });
  }
  addEventListener('beforeprint', () => markForPrint(chosen()));
  markForPrint(chosen());
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print());
}
