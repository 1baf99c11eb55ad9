import { parse } from 'yaml';

// Programmes whose workflow (content/workflows/*.yaml, the data the casework runs on) has a 公示 step on some path:
// their policy pages link to the public notices.
const files = import.meta.glob<string>('../../content/workflows/*.yaml', { query: '?raw', import: 'default', eager: true });

export const programmesWithNotice: ReadonlySet<string> = new Set(
  Object.values(files)
    .map((text) => parse(text) as { programme: string; steps: { step: string }[] })
    .filter((w) => w.steps.some((s) => s.step === 'public-notice'))
    .map((w) => w.programme),
);
