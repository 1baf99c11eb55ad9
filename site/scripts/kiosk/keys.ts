// On-screen keys type into the text box last touched; no text box ever opens the system keyboard.
const TEXT_BOXES = 'input:not([type]), input[type=text], input[type=search], input[type=tel], input[type=number], textarea';
const valueSetter = (el: HTMLInputElement | HTMLTextAreaElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')!.set!;

function quietKeyboards(root: ParentNode) {
  for (const box of root.querySelectorAll(TEXT_BOXES)) if (box.getAttribute('inputmode') !== 'none') box.setAttribute('inputmode', 'none');
}

function edit(box: HTMLInputElement | HTMLTextAreaElement, key: string, action: string | undefined) {
  const max = box.maxLength > 0 ? box.maxLength : Infinity;
  const next = action === 'clear' ? '' : action === 'delete' ? box.value.slice(0, -1) : (box.value + (action === 'space' ? ' ' : key)).slice(0, max);
  // Through the element's own setter and an input event, so the island sees the same thing as typing.
  valueSetter(box).call(box, next);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

export function initKioskKeys() {
  let target: HTMLInputElement | HTMLTextAreaElement | null = null;
  quietKeyboards(document);
  new MutationObserver(() => quietKeyboards(document)).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof Element && e.target.matches(TEXT_BOXES)) target = e.target as HTMLInputElement;
  });
  document.addEventListener('click', (e) => {
    const key = (e.target as Element).closest<HTMLElement>('[data-kiosk-key]');
    if (!key) return;
    const box = target?.isConnected ? target : document.querySelector<HTMLInputElement>(`main ${TEXT_BOXES.split(', ').join(', main ')}`);
    if (!box) return;
    edit(box, key.dataset.kioskKey ?? '', key.dataset.kioskEdit);
    box.focus();
  });
}
