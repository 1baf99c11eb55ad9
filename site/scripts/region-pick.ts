// Shows the standards of the reader's county, remembered across pages; without JS every county's row shows.
/** Where the reader's county is remembered across pages (the 明白纸 prints for it too). */
export const regionKey = 'mzy-region';

export function initRegionPick() {
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-region-pick]')) {
    const table = select.closest('.standards')?.querySelector('tbody');
    const show = (code: string) => {
      for (const row of table?.querySelectorAll<HTMLTableRowElement>('tr[data-region]') ?? []) row.hidden = Boolean(code) && row.dataset.region !== code;
    };
    select.value = localStorage.getItem(regionKey) ?? '';
    show(select.value);
    select.addEventListener('change', () => {
      localStorage.setItem(regionKey, select.value);
      show(select.value);
    });
  }
}
