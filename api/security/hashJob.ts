// A password hash to compute, whatever the algorithm: scrypt today, argon2id when accounts move to it (issue 9).
import { argon2Sync, scryptSync } from 'node:crypto';

export type HashJob =
  | { algorithm: 'scrypt'; password: string; salt: Uint8Array; keyLength: number; cost: { N: number; r: number; p: number } }
  | { algorithm: 'argon2id'; password: string; salt: Uint8Array; keyLength: number; cost: { memory: number; passes: number; parallelism: number } };

/** Computes the hash on the calling thread: only a hashing worker calls this (see hashQueue.ts). */
export function runHashJob(job: HashJob): Buffer {
  switch (job.algorithm) {
    case 'scrypt':
      // scrypt needs 128·N·r bytes; room for twice that, so a stronger N does not fail on Node's 32 MB default.
      return scryptSync(job.password, job.salt, job.keyLength, { ...job.cost, maxmem: 256 * job.cost.N * job.cost.r });
    case 'argon2id':
      return argon2Sync('argon2id', { message: job.password, nonce: job.salt, tagLength: job.keyLength, ...job.cost });
  }
}
