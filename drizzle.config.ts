import { defineConfig } from 'drizzle-kit';

// Generates SQL into api/db/migrations (committed); the server applies it at start with drizzle's migrator.
export default defineConfig({
  dialect: 'sqlite',
  schema: './api/db/schema/index.ts',
  out: './api/db/migrations',
});
