// Opens the reader's county in 在哪里办 (the one picked in the standards table, remembered across pages), so a printed
// 明白纸 carries that county alone. Without JS every county stays closed, opens by hand and prints.
const KEY = 'mzy-region';

export function initWhereToGo() {
  const open = (code: string | null) => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.where-to-go details[data-region]')) details.open = Boolean(code) && details.dataset.region === code;
  };
  open(localStorage.getItem(KEY));
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-region-pick]')) select.addEventListener('change', () => open(select.value));
}
