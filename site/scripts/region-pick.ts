// Shows the standards of the reader's county, remembered across pages; without JS every county's row shows.
const KEY = 'mzy-region';

export function initRegionPick() {
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-region-pick]')) {
    const table = select.closest('.standards')?.querySelector('tbody');
    const show = (code: string) => {
      for (const row of table?.querySelectorAll<HTMLTableRowElement>('tr[data-region]') ?? []) row.hidden = Boolean(code) && row.dataset.region !== code;
    };
    select.value = localStorage.getItem(KEY) ?? '';
    show(select.value);
    select.addEventListener('change', () => {
      localStorage.setItem(KEY, select.value);
      show(select.value);
    });
  }
}
