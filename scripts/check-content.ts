// Validates every policy file against the schema without a full build: `node scripts/check-content.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { policySchema } from '../site/schemas/policy.ts';

const root = new URL('../content/policies/', import.meta.url).pathname;
let failures = 0;
for (const lang of readdirSync(root)) {
  for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.md'))) {
    const source = readFileSync(join(root, lang, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    const result = policySchema.safeParse(parse(front));
    if (!result.success) {
      failures++;
      for (const issue of result.error.issues) console.error(`${lang}/${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
  }
}
console.log(failures ? `${failures} file(s) invalid` : 'all policy files valid');
process.exit(failures ? 1 : 0);
