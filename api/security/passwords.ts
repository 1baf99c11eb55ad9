// Agent passwords: scrypt with a per-password salt, hashed in the bounded hashing queue, compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { processHashQueue, type HashQueue } from './hashQueue.ts';

const COST = { N: 16384, r: 8, p: 1 };

/** `queue`: the process's hashing queue unless a test gives its own. */
export async function hashPassword(password: string, queue: HashQueue = processHashQueue()): Promise<string> {
  const salt = randomBytes(16);
  const hash = await queue.hash({ algorithm: 'scrypt', password, salt, keyLength: 32, cost: COST });
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Throws HashQueueBusy when the queue cannot take the job soon. */
export async function verifyPassword(password: string, stored: string, queue: HashQueue = processHashQueue()): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await queue.hash({ algorithm: 'scrypt', password, salt: Buffer.from(salt, 'base64url'), keyLength: expected.length, cost: { N: Number(n), r: Number(r), p: Number(p) } });
  return timingSafeEqual(actual, expected);
}
