// 关怀版 and colour themes, remembered in localStorage; the head boot script applies them before paint.
type Mode = { care?: boolean; theme?: 'contrast' | 'eye' | undefined };
const KEY = 'mzy-mode';

function read(): Mode {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Mode;
  } catch {
    return {};
  }
}

function apply(mode: Mode) {
  const root = document.documentElement;
  root.toggleAttribute('data-care', Boolean(mode.care));
  if (mode.theme) root.setAttribute('data-theme', mode.theme);
  else root.removeAttribute('data-theme');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-mode]')) {
    const name = button.dataset.mode;
    const on = name === 'care' ? Boolean(mode.care) : mode.theme === name;
    button.setAttribute('aria-pressed', String(on));
  }
}

export function initDisplayModes() {
  apply(read());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-mode]')) {
    button.addEventListener('click', () => {
      const mode = read();
      const name = button.dataset.mode;
      if (name === 'care') mode.care = !mode.care;
      else if (name === 'contrast' || name === 'eye') mode.theme = mode.theme === name ? undefined : name;
      try {
        localStorage.setItem(KEY, JSON.stringify(mode));
      } catch {
        // Private mode without storage: the choice still applies to this page.
      }
      apply(mode);
    });
  }
}
