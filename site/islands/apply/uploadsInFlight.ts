// Photos still being sent, so 继续 can wait for them instead of moving on without them.
import { createSignal, type Accessor } from 'solid-js';

export interface UploadsInFlight {
  /** How many photos are being sent now. */
  pending: Accessor<number>;
  /** Registers one photo being sent; its failure is the picker's to show. */
  track: (upload: Promise<unknown>) => void;
  /** Resolves when nothing is being sent any more: true when every photo waited for arrived. */
  settled: () => Promise<boolean>;
}

export function uploadsInFlight(): UploadsInFlight {
  const inFlight = new Set<Promise<boolean>>();
  const [pending, setPending] = createSignal(0);
  return {
    pending,
    track(upload) {
      const outcome = upload.then(() => true, () => false);
      inFlight.add(outcome);
      setPending(inFlight.size);
      void outcome.then(() => {
        inFlight.delete(outcome);
        setPending(inFlight.size);
      });
    },
    async settled() {
      let allArrived = true;
      // A photo chosen while waiting is waited for too.
      while (inFlight.size > 0) allArrived = (await Promise.all([...inFlight])).every(Boolean) && allArrived;
      return allArrived;
    },
  };
}
