import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../support/built-pages.ts';
import { axeTags as tags } from './support/services.ts';

const modes = { normal: {}, 关怀版: { care: true }, 高对比: { care: true, theme: 'contrast' }, 护眼色: { theme: 'eye' } };

for (const path of builtPages()) {
  for (const [mode, setting] of Object.entries(modes)) {
    if (mode !== 'normal' && mode !== '关怀版' && !/^(policy\/dibao\/|)$/.test(path)) continue;
    test(`axe: ${path || 'home'} (${mode})`, async ({ page }) => {
      await page.addInitScript((s) => localStorage.setItem('mzy-mode', JSON.stringify(s)), setting);
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
