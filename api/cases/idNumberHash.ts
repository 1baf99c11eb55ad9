// The lookup hash of an applicant's whole ID number (cases.id_number_hmac): made on submit, asked by find,
// and filled once at start for claims recorded before the column existed.
import { eq, isNull } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import { normalizeIdNumber } from '../domain/idNumber.ts';
import type { ClaimRequest } from '../schemas/cases.ts';
import type { Sealer } from '../security/sealing.ts';
import type { Services } from '../services.ts';

export function idNumberHmac(sealer: Sealer, idNumber: string): string {
  return sealer.hmac('id-number', normalizeIdNumber(idNumber));
}

/** Claims without the hash get it from their sealed claim; returns how many were filled. */
export async function fillMissingIdNumberHashes(services: Services): Promise<number> {
  const { db, sealer } = services;
  const rows = await db.select({ id: cases.id, claimSealed: cases.claimSealed }).from(cases).where(isNull(cases.idNumberHmac));
  if (rows.length === 0) return 0;
  await services.writes(() => db.transaction(async (tx) => {
    for (const row of rows) {
      const claim = JSON.parse(sealer.open(row.claimSealed)) as ClaimRequest;
      await tx.update(cases).set({ idNumberHmac: idNumberHmac(sealer, claim.applicant.idNumber) }).where(eq(cases.id, row.id));
    }
  }));
  return rows.length;
}
