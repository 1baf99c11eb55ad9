// A print button that only appears when it can work: without JavaScript the browser's own print command prints the page.
export function initPrintPage() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-page]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
