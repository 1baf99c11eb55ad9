// After `astro build`: complete CSP hashes, read-aloud audio, the search index, the kiosk's service worker, then
// compressed copies of text files.
import { fileURLToPath } from 'node:url';
import { buildAudio } from './build/audio.mjs';
import { completeCspHashes } from './build/csp-hashes.mjs';
import { buildSearchIndex } from './build/search-index.mjs';
import { buildKioskServiceWorker } from './build/kiosk-sw.mjs';
import { precompress } from './build/precompress.mjs';
import { basePath } from '../site/config/base-path.mjs';

const dist = fileURLToPath(new URL(`../${process.env.DIST_DIR ?? 'dist'}`, import.meta.url));
console.log(`CSP: ${await completeCspHashes(dist)} inline script hashes added`);
const audio = await buildAudio(dist);
console.log(`read-aloud audio: ${audio.made} made, ${audio.reused} reused`);
console.log(`search index: ${await buildSearchIndex(dist)} pages`);
const kiosk = await buildKioskServiceWorker(dist, basePath());
console.log(`kiosk service worker: ${kiosk.files} files precached, version ${kiosk.version}`);
console.log(`precompressed: ${await precompress(dist)} files`);
