// After the whole browser run: the structured log of the servers under test (every page, claim, lookup and staff
// action the suite made) holds none of the demo residents' names, ID numbers or phones, nor any sample input.
import { existsSync, readFileSync } from 'node:fs';
import { personalData } from '../../support/personalData.ts';

/** The log file of the server of a run's data folder (playwright.config.ts sends its output there). */
export const serverLogFile = (dataDir: string) => `${dataDir}/server.log`;

export function checkServerLogs(files: string[]): void {
  // Only the JSON lines are the log; the demo start's own instructions to the person at the console are not.
  const lines = files.filter(existsSync).flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.startsWith('{'));
  if (lines.length < 20) throw new Error(`the servers' logs hold ${lines.length} JSON lines: too few for a whole run (${files.join(', ')})`);
  // Request ids, times and pids are the logger's own digits: a short sample value ("12345") turns up in them by chance.
  const log = lines.map((l) => l.replace(/"(requestId|time|pid)":("[0-9a-f-]+"|\d+)/g, '"$1":0')).join('\n');
  const found = personalData().filter((value) => log.includes(value));
  if (found.length) throw new Error(`the servers' logs hold personal data: ${found.length} value(s), e.g. at line ${log.split('\n').findIndex((l) => l.includes(found[0]!)) + 1}`);
  console.log(`server logs: ${lines.length} JSON lines, none with personal data`);
}
