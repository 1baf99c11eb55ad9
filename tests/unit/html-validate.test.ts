import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, distDir } from '../support/built-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML (html-validate)', () => {
  const pages = builtPages();
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(40));
  for (const page of pages) {
    it(page || 'home', async () => {
      const report = await validator.validateFile(`${distDir}${page.endsWith('.html') ? page : `${page}index.html`}`);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
