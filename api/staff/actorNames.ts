// Who acted, in words, for the events list: the signed-in account's display name where the event names one, else the
// stored actor (applicant, agent:<id>, staff:<username>, system:<what>) in words.
import { inArray } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Services } from '../services.ts';

interface Acted {
  actor: string;
  accountId: number | null;
}

const agentId = (actor: string) => (/^agent:\d+$/.test(actor) ? Number(actor.slice('agent:'.length)) : undefined);

export async function actorNamer(services: Services, events: readonly Acted[], lang: Lang): Promise<(event: Acted) => string> {
  const ids = [...new Set(events.flatMap((e) => [e.accountId ?? undefined, agentId(e.actor)]).filter((id): id is number => id !== undefined))];
  const names = new Map(
    ids.length === 0 ? [] : (await services.db.select({ id: accounts.id, displayName: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids))).map((a) => [a.id, a.displayName]),
  );
  return (event) => {
    const id = event.accountId ?? agentId(event.actor);
    const known = id === undefined ? undefined : names.get(id);
    if (known) return known;
    const [kind, rest = ''] = event.actor.split(/:(.*)/s);
    if (kind === 'applicant') return translate(lang, 'staff:actor.applicant');
    if (kind === 'staff' && rest) return rest;
    if (id !== undefined) return translate(lang, 'staff:actor.account', { id });
    return translate(lang, 'staff:actor.system');
  };
}
