// The deployment guide cannot drift from the code: every `npm run X` it (or the README) names is a script in
// package.json, and every setting it names is one the code reads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const guide = read('docs/deploy.md');
const readme = read('README.md');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

// Where a setting may be read: the server and its scripts, the build's base path, the kiosk launcher (terminal.conf).
const CODE_ROOTS = ['api', 'scripts', 'site/config', 'kiosk'];

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|mjs|js|sh)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}
const code = CODE_ROOTS.flatMap(filesUnder).map((path) => ({ path, text: read(path) }));

/** Is `name` read as a setting: `env.NAME` / `env['NAME']` in the server's code, or named by the kiosk launcher. */
function codeReads(name: string): boolean {
  const fromEnv = new RegExp(`env(\\.${name}\\b|\\[['"]${name}['"]\\])`);
  const inShell = new RegExp(`\\b${name}\\b`);
  return code.some(({ path, text }) => (path.endsWith('.sh') ? inShell : fromEnv).test(text));
}

function npmRuns(text: string): Set<string> {
  return new Set([...text.matchAll(/npm run ([a-z][a-z0-9:_-]*)/g)].map((m) => m[1]!));
}

/** Settings the guide names: `NAME` or `NAME=value` in backticks, and NAME= inside its code blocks. */
function settingsNamed(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/`([A-Z][A-Z0-9_]{2,})(=[^`]*)?`/g)) names.add(m[1]!);
  for (const block of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    for (const m of block[1]!.matchAll(/\b([A-Z][A-Z0-9_]{2,})=/g)) names.add(m[1]!);
  }
  return names;
}

describe('docs/deploy.md and README.md name only what exists', () => {
  it('the checks see what the guide says (so an empty parse cannot pass)', () => {
    expect(npmRuns(guide).size).toBeGreaterThan(8);
    expect(settingsNamed(guide).size).toBeGreaterThan(10);
    expect(codeReads('MZY_DATA_KEY_FILE')).toBe(true);
    expect(codeReads('MZY_TERMINAL_KEY')).toBe(true);
    expect(codeReads('MZY_NOT_A_SETTING')).toBe(false);
  });

  it('every `npm run X` in the guide is a package.json script', () => {
    const missing = [...npmRuns(guide)].filter((name) => !scripts.includes(name));
    expect(missing, 'npm run … in docs/deploy.md that package.json does not have').toEqual([]);
  });

  it('every `npm run X` in the README is a package.json script', () => {
    expect([...npmRuns(readme)].filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('every setting the guide names is read by the code', () => {
    const unread = [...settingsNamed(guide)].filter((name) => !codeReads(name));
    expect(unread, 'settings in docs/deploy.md that nothing in api/, scripts/, site/config/ or kiosk/ reads').toEqual([]);
  });
});
