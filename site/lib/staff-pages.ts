// The console pages' island props, from the route's locals (titles of the programmes from the policy pages).
import { policiesFor } from './policies.ts';
import { staffIslandProps, type StaffIslandProps } from '../islands/staff/pageProps.ts';

export function staffPageProps(locals: App.Locals): StaffIslandProps {
  const titles = Object.fromEntries(policiesFor(locals.lang).map((p) => [p.id, p.data.title]));
  return staffIslandProps(locals.t, locals.lang, titles, (to) => locals.href(to));
}
