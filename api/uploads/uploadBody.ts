// The body of an upload request, as the image worker takes it: streamed when its length is declared, so the
// server holds no copy of it (and reads none of it while the photo waits in the queue); read whole otherwise.
import type { Context } from 'hono';
import type { UploadBody } from './imageWorkers.ts';

export async function uploadBody(c: Context): Promise<UploadBody> {
  const contentType = c.req.header('content-type') ?? '';
  const declared = Number(c.req.header('content-length'));
  const stream = c.req.raw.body;
  if (stream && Number.isSafeInteger(declared) && declared > 0 && !c.req.header('transfer-encoding')) return { chunks: stream, length: declared, contentType };
  const whole = new Uint8Array(await c.req.arrayBuffer());
  return { chunks: [whole], length: whole.length, contentType };
}
