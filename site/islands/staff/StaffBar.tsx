import { Show } from 'solid-js';
import type { ApiClient } from '../apply/client.ts';
import type { Message } from '../apply/validate.ts';
import type { StaffIslandProps } from './pageProps.ts';
import { csrfHeaders, forgetStaffSession, type StaffSession } from './session.ts';

interface Props {
  session: StaffSession;
  client: ApiClient;
  s: Message;
  hrefs: StaffIslandProps['hrefs'];
}

// Who is signed in, the console's pages, and sign-out (which ends the session on the server).
export default function StaffBar(props: Props) {
  const s = props.s;
  const signOut = async () => {
    await props.client.api.session.$delete(undefined, { headers: csrfHeaders(props.session) }).catch(() => undefined);
    forgetStaffSession();
    location.assign(props.hrefs.signIn);
  };
  const place = () => props.session.township ?? props.session.county;
  return (
    <div class="staff-bar">
      <p>{s('bar.signedInAs', { name: props.session.displayName, role: s(`role.${props.session.role}`), place: place() })}</p>
      <nav aria-label={s('bar.nav')}>
        <ul>
          <li><a href={props.hrefs.queue}>{s('bar.queue')}</a></li>
          <li><a href={props.hrefs.rolls}>{s('nav.rolls')}</a></li>
          <li><a href={props.hrefs.dashboard}>{s('nav.dashboard')}</a></li>
          <li><a href={props.hrefs.register}>{s('bar.register')}</a></li>
          <Show when={props.session.role === 'county-approver' || props.session.role === 'admin'}><li><a href={props.hrefs.inbox}>{s('bar.inbox')}</a></li></Show>
          <Show when={props.session.role === 'admin'}><li><a href={props.hrefs.accounts}>{s('bar.accounts')}</a></li></Show>
          <Show when={props.session.role === 'admin'}><li><a href={props.hrefs.terminals}>{s('bar.terminals')}</a></li></Show>
        </ul>
      </nav>
      <button type="button" class="secondary" onClick={() => void signOut()}>{s('bar.signOut')}</button>
    </div>
  );
}

/** Shown where a page needs a sign-in this tab does not have (or the server said 401). */
export function SignInNeeded(props: { s: Message; signInHref: string }) {
  return (
    <div class="note" role="alert">
      <p>{props.s('bar.notSignedIn')} <a href={props.signInHref}>{props.s('bar.signInLink')}</a></p>
    </div>
  );
}
