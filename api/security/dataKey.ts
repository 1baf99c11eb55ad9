// The data key: MZY_DATA_KEY (32 bytes, base64 or hex) or a key file made on first run, never inside the database.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFileDurably, makeDirectoryDurably } from '../files/durableFile.ts';

export const DEFAULT_KEY_FILE = 'data/keys/data.key';

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('The data key must be 32 bytes (64 hex characters or base64); refusing to start.');
  return key;
}

/**
 * The 32-byte master key; creates the key file (mode 0600, folder 0700) when neither the variable nor the file exists.
 * The file is on disk before the key seals anything: a power cut right after first start must not leave an empty
 * file, or none, and a new key on the next start that cannot open the claims sealed with this one.
 */
export async function loadDataKey(env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const fromEnv = env['MZY_DATA_KEY'];
  if (fromEnv) return decodeKey(fromEnv);
  const file = env['MZY_DATA_KEY_FILE'] ?? DEFAULT_KEY_FILE;
  if (!existsSync(file)) {
    await makeDirectoryDurably(dirname(file), 0o700);
    // Two processes starting at once: only one key gets the name, and both read that one back.
    await createFileDurably(file, randomBytes(32).toString('base64') + '\n', 0o600);
  }
  return decodeKey(readFileSync(file, 'utf8'));
}
