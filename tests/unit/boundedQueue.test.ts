// The bounded queue for expensive work: at most `concurrency` jobs at once, a short line, a limit on waiting.
import { describe, expect, it } from 'vitest';
import { makeBoundedQueue } from '../../api/work/boundedQueue.ts';

class Busy extends Error {}
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
};

describe('bounded queue', () => {
  it('runs at most `concurrency` jobs at once and starts a waiting one when a slot frees', async () => {
    const q = makeBoundedQueue({ concurrency: 2, maxWaiting: 5, maxWaitMs: 10_000 }, () => new Busy());
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => q.run(async () => (started.push(i), await g.opened, i)));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1]);
    expect(q.waiting()).toBe(1);
    gates[1]!.open();
    expect(await runs[1]).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
  });

  it('refuses at once when the line is full, and a job that waited too long, without running it', async () => {
    const q = makeBoundedQueue({ concurrency: 1, maxWaiting: 1, maxWaitMs: 30 }, () => new Busy());
    const g = gate();
    let ran = 0;
    const first = q.run(async () => (ran++, await g.opened));
    const waiting = q.run(async () => void ran++);
    await expect(q.run(async () => void ran++)).rejects.toBeInstanceOf(Busy);
    await expect(waiting).rejects.toBeInstanceOf(Busy);
    expect(q.waiting()).toBe(0);
    g.open();
    await first;
    expect(ran).toBe(1);
  });

  it('frees the slot when a job fails', async () => {
    const q = makeBoundedQueue({ concurrency: 1, maxWaiting: 1, maxWaitMs: 1000 }, () => new Busy());
    await expect(q.run(async () => Promise.reject(new Error('broken photo')))).rejects.toThrow('broken photo');
    expect(await q.run(async () => 'next')).toBe('next');
  });
});
