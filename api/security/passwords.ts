// Account passwords: argon2id (Node's own crypto.argon2) with a per-password salt, hashed in the bounded hashing queue,
// compared in constant time. Older scrypt hashes still verify, and are replaced at the next successful sign-in.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { processHashQueue, type HashQueue } from './hashQueue.ts';

// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): ~20 ms here, so the queue's workers keep up with sign-ins.
const ARGON2 = { memory: 19_456, passes: 2, parallelism: 1 };

const encode = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** `queue`: the process's hashing queue unless a test gives its own. */
export async function hashPassword(password: string, queue: HashQueue = processHashQueue()): Promise<string> {
  const salt = randomBytes(16);
  const hash = await queue.hash({ algorithm: 'argon2id', password, salt, keyLength: 32, cost: ARGON2 });
  return `argon2id$v=19$m=${ARGON2.memory},t=${ARGON2.passes},p=${ARGON2.parallelism}$${encode(salt)}$${encode(hash)}`;
}

/** Whether a stored hash is older than today's scheme and cost, so a sign-in should store a new one. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`argon2id$v=19$m=${ARGON2.memory},t=${ARGON2.passes},p=${ARGON2.parallelism}$`);
}

async function argon2Matches(password: string, stored: string, queue: HashQueue): Promise<boolean> {
  const [, , params, salt, hash] = stored.split('$');
  const cost = Object.fromEntries((params ?? '').split(',').map((kv) => kv.split('=') as [string, string]));
  if (!salt || !hash || !cost['m'] || !cost['t'] || !cost['p']) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await queue.hash({ algorithm: 'argon2id', password, salt: Buffer.from(salt, 'base64url'), keyLength: expected.length, cost: { memory: Number(cost['m']), passes: Number(cost['t']), parallelism: Number(cost['p']) } });
  return timingSafeEqual(actual, expected);
}

async function scryptMatches(password: string, stored: string, queue: HashQueue): Promise<boolean> {
  const [, n, r, p, salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await queue.hash({ algorithm: 'scrypt', password, salt: Buffer.from(salt, 'base64url'), keyLength: expected.length, cost: { N: Number(n), r: Number(r), p: Number(p) } });
  return timingSafeEqual(actual, expected);
}

/** Throws HashQueueBusy when the queue cannot take the job soon. */
export async function verifyPassword(password: string, stored: string, queue: HashQueue = processHashQueue()): Promise<boolean> {
  if (stored.startsWith('argon2id$')) return argon2Matches(password, stored, queue);
  if (stored.startsWith('scrypt$')) return scryptMatches(password, stored, queue);
  return false;
}
