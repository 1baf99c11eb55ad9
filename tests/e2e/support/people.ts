// ID numbers for claims the browser tests file. A household may have one open claim per programme (一户一案), so two
// tests must never draw the same person: each number comes from this worker's own block of birth days and sequences.
import { demoIdNumber } from '../../../api/db/seed/demoPeople.ts';

const perWorker = 500; // more claims than any worker files in a run
const sequences = 900; // 100–999: the demo seed's people use lower sequences
let drawn = 0;

/** A valid ID number in `region`, born in `birthYear`, that no other test of this run is given. */
export function freshIdNumber(region: string, birthYear: number): string {
  if (drawn >= perWorker) throw new Error(`freshIdNumber: this worker has used its ${perWorker} numbers`);
  const worker = Number(process.env.TEST_WORKER_INDEX ?? 0); // Playwright's: unique per worker process in a run
  const index = worker * perWorker + drawn++;
  const born = new Date(Date.UTC(birthYear, 0, 1 + Math.floor(index / sequences)));
  if (born.getUTCFullYear() !== birthYear) throw new Error(`freshIdNumber: worker ${worker} is past the year's days`);
  return demoIdNumber(region, born.toISOString().slice(0, 10).replaceAll('-', ''), String(100 + (index % sequences)));
}
