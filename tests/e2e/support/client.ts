// The e2e servers run as behind one proxy (TRUST_PROXY=1): a request that says which address it comes from counts as
// that client, so the specs' many claims from one machine do not meet the per-network claim limits (10 an hour, 20 a
// day) meant for a village household. Requests without the header are the socket's, as before.
import { randomInt } from 'node:crypto';

/** Headers of a client of its own, on an address of 10.0.0.0/8. */
export function ownClient(): Record<string, string> {
  return { 'x-forwarded-for': `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}` };
}
