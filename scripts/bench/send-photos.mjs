// Sends the given photo files to POST /api/uploads at once, from a process of its own so the bench's probes do
// not wait on this one's multipart encoding; prints one JSON line per answer.
import { readFileSync } from 'node:fs';

const [base, ...files] = process.argv.slice(2);
await Promise.all(
  files.map(async (file) => {
    const form = new FormData();
    form.set('file', new File([readFileSync(file)], 'photo.jpg', { type: 'image/jpeg' }));
    const started = performance.now();
    const res = await fetch(`${base}api/uploads`, { method: 'POST', body: form });
    const body = await res.json();
    console.log(JSON.stringify({ status: res.status, ms: performance.now() - started, body }));
  }),
);
