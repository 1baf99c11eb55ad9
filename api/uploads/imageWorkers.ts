// Image worker processes (see imageWorker.ts), started when first needed; the image queue in front of them
// decides how many work at once, so there are never more of them than its concurrency.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ImageJob } from './imageWorker.ts';
import type { Processed } from './processUpload.ts';

const workerFile = fileURLToPath(new URL('./imageWorker.ts', import.meta.url));
// Beyond libvips' own timeout (and the time to receive the body): a worker that has not answered is killed.
const GRACE_MS = 30_000;

export interface UploadBody {
  /** The request body as it arrives, `length` bytes in all. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  length: number;
  contentType: string;
}

export interface ImageWorkers {
  /** Hands the body to a worker, which finds the photo, re-encodes it and writes it to `path` (see processUpload.ts). */
  process(body: UploadBody, path: string, rules: ImageJob['rules']): Promise<Processed>;
}

/** The body's bytes to the worker as they arrive, waiting when the pipe is full. */
async function pipeBody(chunks: UploadBody['chunks'], to: Writable): Promise<void> {
  for await (const chunk of chunks) if (!to.write(chunk)) await once(to, 'drain');
}

export function makeImageWorkers(): ImageWorkers {
  const idle: ChildProcess[] = [];
  const start = () => {
    const child = fork(workerFile, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc', 'pipe'] });
    child.on('error', (error) => console.error(`image worker failed: ${error.name}`));
    // The body's pipe breaks (ECONNRESET, EPIPE) when a worker is killed mid-body; its exit is handled below, and an
    // unhandled 'error' on the pipe would end the whole server.
    (child.stdio[4] as Writable).on('error', () => {});
    child.on('exit', (code, signal) => {
      if (idle.includes(child)) idle.splice(idle.indexOf(child), 1);
      if (code !== 0) console.error(`image worker ended: ${signal ?? `exit code ${code}`}`);
    });
    return child;
  };
  // An idle worker does not keep the server process alive; a busy one does, until it answers.
  const hold = (child: ChildProcess, busy: boolean) => {
    for (const handle of [child, child.channel, child.stdio[4] as unknown as { ref(): void; unref(): void } | null]) {
      if (busy) handle?.ref();
      else handle?.unref();
    }
  };
  return {
    process(body, path, rules) {
      const child = idle.pop() ?? start();
      hold(child, true);
      return new Promise<Processed>((resolve) => {
        const done = (result: Processed, reusable: boolean) => {
          clearTimeout(timer);
          child.off('message', answered);
          child.off('exit', crashed);
          child.off('error', crashed);
          hold(child, false);
          if (reusable) idle.push(child);
          else child.kill('SIGKILL');
          resolve(result);
        };
        const answered = (result: Processed) => done(result, true);
        // A photo that crashes the decoder is one that cannot be opened.
        const crashed = () => done({ ok: false, problem: 'unreadable' }, false);
        const timer = setTimeout(() => done({ ok: false, problem: 'timed_out' }, false), rules.jobTimeoutSeconds * 1000 + GRACE_MS);
        child.on('message', answered);
        child.on('exit', crashed);
        child.on('error', crashed);
        const job: ImageJob = { length: body.length, contentType: body.contentType, path, rules };
        child.send(job);
        // A body cut short (the client went away) leaves the worker waiting for bytes: it is replaced.
        pipeBody(body.chunks, child.stdio[4] as Writable).catch(() => done({ ok: false, problem: 'malformed' }, false));
      });
    },
  };
}
