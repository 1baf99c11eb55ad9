// The project's own Astro config with a cache folder of the bench's own, so a generated-pages build neither reads
// nor overwrites the content cache the real builds keep in node_modules/.astro.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.ASTRO_CACHE_DIR ?? config.cacheDir };
