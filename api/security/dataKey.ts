// The data key: MZY_DATA_KEY (32 bytes, base64 or hex) or a key file made on first run, never inside the database.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const DEFAULT_KEY_FILE = 'data/keys/data.key';

function decodeKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('The data key must be 32 bytes (64 hex characters or base64); refusing to start.');
  return key;
}

/** The 32-byte master key; creates the key file (mode 0600) when neither the variable nor the file exists. */
export function loadDataKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env['MZY_DATA_KEY'];
  if (fromEnv) return decodeKey(fromEnv);
  const file = env['MZY_DATA_KEY_FILE'] ?? DEFAULT_KEY_FILE;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': two processes starting at once must not each write a different key.
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return decodeKey(readFileSync(file, 'utf8'));
}
