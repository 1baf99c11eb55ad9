import { createSignal, onMount, Show } from 'solid-js';
import AgentCases from './AgentCases.tsx';
import ApplyForm from './ApplyForm.tsx';
import type { ApplyIslandProps } from './ApplyIsland.tsx';
import { apiClient, failureOf } from './client.ts';
import ErrorSummary, { errorFor, type FieldError } from './ErrorSummary.tsx';
import Field, { describedBy } from './Field.tsx';
import { agentVoice, fill } from './strings.ts';

// Only the agent's display name and the CSRF token are remembered for this tab; the session itself is an HttpOnly cookie.
const SESSION_KEY = 'mzy-agent-session';

interface SignedIn {
  name: string;
  csrfToken: string;
}

function remembered(): SignedIn | undefined {
  try {
    const found = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Partial<SignedIn> | null;
    return typeof found?.name === 'string' && typeof found.csrfToken === 'string' ? { name: found.name, csrfToken: found.csrfToken } : undefined;
  } catch {
    return undefined;
  }
}

// 代办: an agent signs in, then applies for a resident with the signed written authorisation attached.
export default function AgentIsland(props: ApplyIslandProps) {
  const signInClient = apiClient(props.base, props.lang);
  // The agent fills in for someone else: the form speaks of the applicant in the third person.
  const strings = agentVoice(props.strings);
  const s = (key: string, params?: Record<string, string | number>) => fill(strings, key, params);
  const [signedIn, setSignedIn] = createSignal<SignedIn>();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  onMount(() => setSignedIn(remembered()));

  const signIn = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!username().trim()) found.push({ field: 'agent-username', message: s('agent.usernameMissing') });
    if (!password()) found.push({ field: 'agent-password', message: s('agent.passwordMissing') });
    setErrors(found);
    if (found.length > 0 || busy()) return;
    setBusy(true);
    try {
      const response = await signInClient.api.session.$post({ json: { username: username().trim(), password: password() } });
      if (response.status === 200) {
        const session = await response.json();
        const kept = { name: session.displayName, csrfToken: session.csrfToken };
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(kept));
        setPassword('');
        setSignedIn(kept);
      } else {
        setErrors([{ field: 'agent-username', message: (await failureOf(response, s('submit.failed'))).message }]);
      }
    } catch {
      setErrors([{ field: 'agent-username', message: s('submit.network') }]);
    } finally {
      setBusy(false);
    }
  };
  const sessionEnded = () => {
    sessionStorage.removeItem(SESSION_KEY);
    setSignedIn(undefined);
  };
  const signOut = async (session: SignedIn) => {
    await apiClient(props.base, props.lang, session.csrfToken).api.session.$delete().catch(() => undefined);
    sessionEnded();
  };

  return (
    <Show when={signedIn()} keyed fallback={
      <form class="agent-login" novalidate onSubmit={signIn}>
        <h2>{s('agent.signIn')}</h2>
        <ErrorSummary title={s('error.title')} errors={errors()} />
        <Field id="agent-username" label={s('agent.username')} error={errorFor(errors(), 'agent-username')} errorPrefix={s('error.prefix')}>
          <input id="agent-username" type="text" class="input-medium" autocomplete="username" value={username()} onInput={(e) => setUsername(e.currentTarget.value)}
            aria-describedby={describedBy('agent-username', false, errorFor(errors(), 'agent-username'))} />
        </Field>
        <Field id="agent-password" label={s('agent.password')} error={errorFor(errors(), 'agent-password')} errorPrefix={s('error.prefix')}>
          <input id="agent-password" class="input-medium" type="password" autocomplete="current-password" value={password()} onInput={(e) => setPassword(e.currentTarget.value)}
            aria-describedby={describedBy('agent-password', false, errorFor(errors(), 'agent-password'))} />
        </Field>
        <button type="submit" class="primary">{s('agent.signInButton')}</button>
      </form>
    }>
      {(session) => {
        const client = apiClient(props.base, props.lang, session.csrfToken);
        return (
          <>
            <p class="agent-bar">{s('agent.signedInAs', { agent: session.name })} <button type="button" class="secondary" onClick={() => void signOut(session)}>{s('agent.signOut')}</button></p>
            <AgentCases client={client} s={s} programmes={props.programmes} caseHref={props.caseHref} onSignedOut={sessionEnded} />
            <ApplyForm agent draftKey="mzy-agent-draft" client={client} lang={props.lang} s={s} counties={props.counties} programmes={props.programmes}
              caseHref={props.caseHref} agentName={session.name} onSignedOut={sessionEnded} />
          </>
        );
      }}
    </Show>
  );
}
