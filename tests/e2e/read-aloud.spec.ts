import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readAloudText } from '../../scripts/build/audio.mjs';
import { distDir } from '../support/built-pages.ts';

test('朗读 plays audio of this page’s own text when the browser has no Chinese voice', async ({ page }) => {
  // Debian's Chromium has no speech voices; make sure of it so this test always takes the audio path.
  await page.addInitScript(() => Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] }));
  await page.goto('policy/gaoling-jintie/');
  await page.getByRole('button', { name: '朗读' }).click();
  const audio = page.locator('audio[data-read-audio]');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
  await expect(page.getByRole('button', { name: '停止朗读' })).toHaveAttribute('aria-pressed', 'true');

  // The audio was made from exactly the text on this page.
  const src = await audio.evaluate((a: HTMLAudioElement) => new URL(a.src).pathname.replace(/^\//, ''));
  const manifest = JSON.parse(readFileSync(`${distDir}audio/manifest.json`, 'utf8'));
  const text = readAloudText(await page.content());
  expect(manifest[src].sha256).toBe(createHash('sha256').update(`zh-CN\n${text}`).digest('hex'));

  await page.getByRole('button', { name: '停止朗读' }).click();
  expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
});

test('朗读 uses the browser’s own Chinese voice when there is one', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    const voice = { lang: 'zh-CN', name: 'test voice', default: true, localService: true, voiceURI: 'test' };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push(u.text) });
    // Chromium only accepts a real SpeechSynthesisVoice here, and a page cannot construct one.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { configurable: true, get: () => null, set: () => {} });
  });
  await page.goto('policy/dibao/');
  await page.getByRole('button', { name: '朗读' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.join(''));
  expect(spoken).toContain('最低生活保障');
  expect(spoken).toContain(await page.locator('.summary').innerText());
  expect(await page.locator('audio[data-read-audio]').evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
});
