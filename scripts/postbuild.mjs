// After `astro build`: complete CSP hashes, read-aloud audio, the search index, then compressed copies of text files.
import { fileURLToPath } from 'node:url';
import { buildAudio } from './build/audio.mjs';
import { completeCspHashes } from './build/csp-hashes.mjs';
import { buildSearchIndex } from './build/search-index.mjs';
import { precompress } from './build/precompress.mjs';

const dist = fileURLToPath(new URL(`../${process.env.DIST_DIR ?? 'dist'}`, import.meta.url));
console.log(`CSP: ${await completeCspHashes(dist)} inline script hashes added`);
const audio = await buildAudio(dist);
console.log(`read-aloud audio: ${audio.made} made, ${audio.reused} reused`);
console.log(`search index: ${await buildSearchIndex(dist)} pages`);
console.log(`precompressed: ${await precompress(dist)} files`);
