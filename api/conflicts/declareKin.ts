// Near-kin declarations: the ID number is kept only as its keyed HMAC, the name only masked; each is an audit event.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { idNumberHmac } from '../cases/idNumberHash.ts';
import { kinDeclarations } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import type { DeclaredRelation } from '../domain/kin.ts';
import { maskName } from '../domain/personName.ts';
import type { Services } from '../services.ts';
import type { Account } from '../staff/access.ts';

type Row = typeof kinDeclarations.$inferSelect;

export interface KinInput {
  relation: DeclaredRelation;
  name: string;
  idNumber: string;
}

export interface CadreKinInput extends KinInput {
  cadreName: string;
  township: string;
  village: string;
}

export const declarationView = (r: Row) => ({
  id: r.id, relation: r.relation, nameMasked: r.kinNameMasked, declaredAt: r.createdAt,
  ...(r.cadreName ? { cadreName: r.cadreName } : {}), ...(r.township ? { township: r.township } : {}), ...(r.village ? { village: r.village } : {}),
});

async function insert(services: Services, by: Account, values: Omit<typeof kinDeclarations.$inferInsert, 'enteredBy' | 'createdAt' | 'kinIdHmac' | 'kinNameMasked'>, input: KinInput, reason: string): Promise<Row> {
  const now = services.now();
  return services.writes(() => services.db.transaction(async (tx) => {
    const [row] = await tx.insert(kinDeclarations).values({ ...values, kinNameMasked: maskName(input.name), kinIdHmac: idNumberHmac(services.sealer, input.idNumber), enteredBy: by.id, createdAt: now.toISOString() }).returning();
    // Actors are named as elsewhere in the chain: agents by id, staff by user name.
    const actor = by.role === 'agent' ? `agent:${by.id}` : `staff:${by.username}`;
    await appendAudit(tx, { kind: 'kin-declared', accountId: by.id, actor, reason, detail: { declaration: row!.id, relation: input.relation }, at: now.toISOString(), on: chinaDate(now) });
    return row!;
  }));
}

/** One's own declaration (a relative, or `self`: one's own ID number). */
export function declareOwnKin(services: Services, account: Account, input: KinInput): Promise<Row> {
  return insert(services, account, { accountId: account.id, county: account.county, township: account.township, village: account.village, relation: input.relation }, input, input.relation === 'self' ? '申报本人身份证号码' : '申报近亲属');
}

/** An admin enters a village cadre's declaration, for a village of the admin's county. */
export function declareCadreKin(services: Services, admin: Account, input: CadreKinInput): Promise<Row> {
  return insert(services, admin, { cadreName: input.cadreName, county: admin.county, township: input.township, village: input.village, relation: input.relation }, input, `录入村（居）干部近亲属备案（${input.township}${input.village}）`);
}

export function ownKin(services: Services, account: Account): Promise<Row[]> {
  return services.db.select().from(kinDeclarations).where(eq(kinDeclarations.accountId, account.id)).orderBy(asc(kinDeclarations.id));
}

export function countyCadreKin(services: Services, admin: Account): Promise<Row[]> {
  return services.db.select().from(kinDeclarations).where(and(eq(kinDeclarations.county, admin.county), isNotNull(kinDeclarations.cadreName))).orderBy(asc(kinDeclarations.id));
}
