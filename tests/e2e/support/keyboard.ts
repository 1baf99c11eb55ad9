// Driving a form with the keyboard alone: Tab to a control, type, Space and arrows to choose, Enter to submit.
import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Arrows through a <select> until the chosen option's text is `label`. */
export async function selectWithKeys(page: Page, selector: string, label: string) {
  await tabTo(page, selector);
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((sel) => (document.querySelector(sel) as HTMLSelectElement).selectedOptions[0]?.text, selector) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${selector} has no option ${label}`);
}

/** Tabs into a radio group, then Space and arrows until the radio labelled `label` is checked. */
export async function chooseRadio(page: Page, name: string, label: string) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  await page.keyboard.press('Space');
  for (let i = 0; i < 20; i++) {
    const checked = await page.evaluate((n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.labels?.[0]?.textContent, name);
    if (checked === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio ${name} has no option ${label}`);
}

export async function pressButton(page: Page, selector: string) {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}
