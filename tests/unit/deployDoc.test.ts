// The deployment guide cannot drift from the code: every `npm run X` it (or the README) names is a script in
// package.json, and every setting it names is one the code reads. What another branch brings is allowed only while
// it is listed in the guide's "Coming from other branches" table, and only until it arrives here.
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

/** The guide's table of what other branches bring: | branch `x` | `npm run` names | setting names |. */
function fromOtherBranches(text: string) {
  const section = text.split(/^## Coming from other branches$/m)[1]?.split(/^## /m)[0] ?? '';
  const commands = new Map<string, string>();
  const settings = new Map<string, string>();
  for (const row of section.matchAll(/^\| *`([a-z0-9-]+)` *\|([^|]*)\|([^|]*)\|/gm)) {
    for (const m of row[2]!.matchAll(/`([^`]+)`/g)) commands.set(m[1]!, row[1]!);
    for (const m of row[3]!.matchAll(/`([^`]+)`/g)) settings.set(m[1]!, row[1]!);
  }
  return { commands, settings };
}

const branches = fromOtherBranches(guide);

describe('docs/deploy.md and README.md name only what exists', () => {
  it('the checks see what the guide says (so an empty parse cannot pass)', () => {
    expect(npmRuns(guide).size).toBeGreaterThan(8);
    expect(settingsNamed(guide).size).toBeGreaterThan(10);
    expect(codeReads('MZY_DATA_KEY_FILE')).toBe(true);
    expect(codeReads('MZY_TERMINAL_KEY')).toBe(true);
    expect(codeReads('MZY_NOT_A_SETTING')).toBe(false);
    expect(branches.commands.size).toBeGreaterThan(0);
  });

  it('every `npm run X` in the guide is a package.json script, or listed as coming from a branch', () => {
    const missing = [...npmRuns(guide)].filter((name) => !scripts.includes(name) && !branches.commands.has(name));
    expect(missing, 'npm run … in docs/deploy.md that package.json does not have').toEqual([]);
  });

  it('every `npm run X` in the README is a package.json script', () => {
    expect([...npmRuns(readme)].filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('every setting the guide names is read by the code, or listed as coming from a branch', () => {
    const unread = [...settingsNamed(guide)].filter((name) => !codeReads(name) && !branches.settings.has(name));
    expect(unread, 'settings in docs/deploy.md that nothing in api/, scripts/, site/config/ or kiosk/ reads').toEqual([]);
  });

  it('what is listed as coming from a branch has not arrived yet (once merged, drop it from the table)', () => {
    const arrived = [
      ...[...branches.commands.keys()].filter((name) => scripts.includes(name)),
      ...[...branches.settings.keys()].filter((name) => codeReads(name)),
    ];
    expect(arrived, 'listed under "Coming from other branches" but already here').toEqual([]);
  });
});
