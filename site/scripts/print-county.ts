// A 明白纸 is printed for one county, city or district: the choice (the county is shared with the standards table)
// leaves the others' rows, offices and notes off the paper. With no choice, or without JS, every county prints.
import { regionKey } from './region-pick.ts';

/** The district of a city the sheet is printed for, beside the city kept under regionKey. */
const districtKey = 'mzy-district';

function markForPrint(region: string, district: string) {
  // 在哪里办 opens the chosen county, which then prints in full (WhereToGo prints every county briefly when none is open).
  for (const details of document.querySelectorAll<HTMLDetailsElement>('article details[data-region]')) details.open = Boolean(region) && details.dataset.region === region;
  for (const el of document.querySelectorAll<HTMLElement>('article [data-region]')) el.toggleAttribute('data-print-omit', Boolean(region) && el.dataset.region !== region);
  for (const el of document.querySelectorAll<HTMLElement>('article [data-district]')) el.toggleAttribute('data-print-omit', Boolean(district) && el.dataset.district !== district);
}

const stored = () => ({ region: localStorage.getItem(regionKey) ?? '', district: localStorage.getItem(districtKey) ?? '' });

export function initPrintCounty() {
  const select = document.querySelector<HTMLSelectElement>('[data-print-county]');
  const standardsPickers = document.querySelectorAll<HTMLSelectElement>('[data-region-pick]');
  if (select) {
    const { region, district } = stored();
    select.value = district || region;
    select.addEventListener('change', () => {
      const region = select.selectedOptions[0]?.dataset.parent ?? '';
      const district = region && region !== select.value ? select.value : '';
      localStorage.setItem(regionKey, region);
      localStorage.setItem(districtKey, district);
      // The standards table on screen follows the same county.
      for (const picker of standardsPickers) {
        picker.value = region;
        picker.dispatchEvent(new Event('change'));
      }
      markForPrint(region, district);
    });
  }
  for (const picker of standardsPickers) {
    picker.addEventListener('change', () => {
      if (picker.value === select?.selectedOptions[0]?.dataset.parent) return;
      localStorage.setItem(districtKey, '');
      if (select) select.value = picker.value;
      markForPrint(picker.value, '');
    });
  }
  addEventListener('beforeprint', () => markForPrint(stored().region, stored().district));
  markForPrint(stored().region, stored().district);
  for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => print());
}
