// What the kiosk's reader is doing, asked once a second until a card is read; the apply island shows it.
import { createSignal, onCleanup } from 'solid-js';
import { readCard, readerStatus } from '../../lib/kiosk-reader.ts';
import { today } from '../apply/people.ts';

export type ReaderView =
  | { kind: 'probing' }
  | { kind: 'absent' }
  | { kind: 'fault' }
  | { kind: 'waiting' }
  | { kind: 'reading' }
  /** The last read failed (a card badly placed, one that is not readable); the reader is still asked. */
  | { kind: 'failed'; code: string }
  | { kind: 'read'; name: string; idNumber: string };

const POLL_MS = 1000;

/** Watches the bridge at `base` (none: no reader configured, so the phone hand-off at once). */
export function watchReader(base: string | undefined) {
  const [view, setView] = createSignal<ReaderView>(base ? { kind: 'probing' } : { kind: 'absent' });
  if (!base) return view;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const ask = async () => {
    const status = await readerStatus(base);
    if (stopped) return;
    if (status.kind !== 'ready') setView({ kind: status.kind });
    else if (!status.card) setView((v) => (v.kind === 'failed' ? v : { kind: 'waiting' }));
    else {
      setView({ kind: 'reading' });
      const read = await readCard(base, today());
      if (stopped) return;
      if (read.kind === 'read') {
        setView(read);
        return;
      }
      setView({ kind: 'failed', code: read.code });
    }
    timer = setTimeout(() => void ask(), POLL_MS);
  };
  void ask();
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
  });
  return view;
}
