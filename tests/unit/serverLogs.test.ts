// The check globalTeardown runs over the browser suite's server logs: it finds a demo resident in a JSON line,
// ignores the demo start's own console text and the logger's own ids, and refuses to judge a log too short to be a run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../api/db/seed/demoPeople.ts';
import { checkServerLogs } from '../e2e/support/serverLogs.ts';

const line = (route: string) => JSON.stringify({ level: 30, requestId: 'r', method: 'GET', route, status: 200, ms: 1 });
const logOf = (lines: string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), 'mzy-logcheck-')), 'server.log');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const clean = Array.from({ length: 30 }, () => line('/api/cases/lookup'));

describe('checkServerLogs', () => {
  it('passes a clean log, even with the demo instructions printed beside it', () => {
    expect(() => checkServerLogs([logOf([`  demo case ${DEMO_CASES[0]!.name}`, ...clean])])).not.toThrow();
  });
  it('finds a demo resident\'s name, ID number or phone in a log line', () => {
    for (const value of [DEMO_CASES[2]!.name, DEMO_CASES[0]!.idNumber, DEMO_CASES[1]!.phone]) {
      expect(() => checkServerLogs([logOf([...clean, line(`/api/x?q=${value}`)])])).toThrow(/personal data/);
    }
  });
  it('does not take the logger\'s own request ids, times and pids for a sample value such as 12345', () => {
    const own = JSON.stringify({ level: 30, time: 1796169123450, pid: 12345, requestId: '30e12345-1c74-42ce-ad46-bc99afd9307a', method: 'GET', route: '/*', status: 200, ms: 0.7 });
    expect(() => checkServerLogs([logOf([...clean, own])])).not.toThrow();
    expect(() => checkServerLogs([logOf([...clean, line('/api/x?q=12345')])])).toThrow(/personal data/);
  });
  it('refuses a log too short to be a run', () => {
    expect(() => checkServerLogs([logOf(clean.slice(0, 3))])).toThrow(/too few/);
  });
});
