// The image worker process. Upload bodies are parsed and photos decoded and written here, at a lower CPU priority
// and on this process's own libuv threads, so the server's event loop and file reads keep theirs; a decoder crash
// ends only this process. A job arrives as a message; its body follows as raw bytes on fd 4 (no copy to serialise).
import { Socket } from 'node:net';
import { setPriority } from 'node:os';
import type { ReencodeRules } from './reencode.ts';

// Before libuv's pool or libvips start a thread: the threads they start inherit this priority.
setPriority(19);
const { processUpload } = await import('./processUpload.ts');

export interface ImageJob {
  /** Bytes of the body that follow on fd 4. */
  length: number;
  contentType: string;
  /** Where the stored photo is written. */
  path: string;
  rules: ReencodeRules;
}

const data = new Socket({ fd: 4, readable: true, writable: false });
let received: Buffer[] = [];
let receivedBytes = 0;
let wanted: { length: number; resolve: (body: Buffer<ArrayBuffer>) => void } | undefined;

function deliver() {
  if (!wanted || receivedBytes < wanted.length) return;
  const all = Buffer.concat(received, receivedBytes);
  const rest = all.subarray(wanted.length);
  received = rest.length > 0 ? [rest] : [];
  receivedBytes = rest.length;
  const { resolve, length } = wanted;
  wanted = undefined;
  resolve(all.subarray(0, length));
}

data.on('data', (chunk: Buffer) => {
  received.push(chunk);
  receivedBytes += chunk.length;
  deliver();
});

process.on('message', async (job: ImageJob) => {
  const body = await new Promise<Buffer<ArrayBuffer>>((resolve) => {
    wanted = { length: job.length, resolve };
    deliver();
  });
  process.send!(await processUpload(body, job.contentType, job.path, job.rules));
});
process.on('disconnect', () => process.exit(0));
