// Who acted, in words, for the events list: the stored actor is applicant, agent:<id>, staff:<name> or system:<what>.
import { inArray } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { Services } from '../services.ts';

export async function actorNamer(services: Services, actors: readonly string[], lang: Lang): Promise<(actor: string) => string> {
  const ids = [...new Set(actors.filter((a) => /^(agent|account):\d+$/.test(a)).map((a) => Number(a.split(':')[1])))];
  const names = new Map(
    ids.length === 0 ? [] : (await services.db.select({ id: accounts.id, displayName: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids))).map((a) => [a.id, a.displayName]),
  );
  return (actor) => {
    const [kind, rest = ''] = actor.split(/:(.*)/s);
    if (kind === 'applicant') return translate(lang, 'staff:actor.applicant');
    if (kind === 'agent' || kind === 'account') return names.get(Number(rest)) ?? translate(lang, 'staff:actor.account', { id: rest });
    if (kind === 'staff') return rest;
    return translate(lang, 'staff:actor.system');
  };
}
