import { createSignal, Show } from 'solid-js';
import { apiClient, failureOf } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import { fill } from '../apply/strings.ts';
import type { StaffIslandProps } from './pageProps.ts';
import { saveStaffSession } from './session.ts';

// Staff sign-in: user name and password, and the authenticator's code when the account needs one (401 totp_required).
export default function SignInIsland(props: StaffIslandProps) {
  const client = apiClient(props.base, props.lang);
  const s = (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params);
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [totp, setTotp] = createSignal('');
  const [askTotp, setAskTotp] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  let totpInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!username().trim()) found.push({ field: 'staff-username', message: s('signIn.usernameMissing') });
    if (!password()) found.push({ field: 'staff-password', message: s('signIn.passwordMissing') });
    if (askTotp() && !/^\s*\d{3}\s?\d{3}\s*$/.test(totp())) found.push({ field: 'staff-totp', message: s('signIn.totpMissing') });
    setErrors(found);
    if (found.length > 0 || busy()) return;
    setBusy(true);
    try {
      const json = { username: username().trim(), password: password(), ...(askTotp() ? { totp: totp().trim() } : {}) };
      const response = await client.api.session.$post({ json });
      if (response.status === 200) {
        const session = await response.json();
        if (session.role === 'agent') return location.assign(props.hrefs.agent);
        saveStaffSession(session);
        location.assign(props.hrefs.queue);
        return;
      }
      const failure = await failureOf(response, s('submit.network'));
      if (failure.code === 'totp_required') {
        setAskTotp(true);
        setErrors([]);
        totpInput?.focus();
        return;
      }
      setTotp('');
      setErrors([{ field: failure.field === 'totp' && askTotp() ? 'staff-totp' : 'staff-username', message: failure.message }]);
    } catch {
      setErrors([{ field: 'staff-username', message: s('submit.network') }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="staff-sign-in" novalidate onSubmit={submit}>
      <h2>{s('signIn.heading')}</h2>
      <ErrorSummary title={s('error.title')} errors={errors()} />
      <Field id="staff-username" label={s('signIn.username')} error={errorFor(errors(), 'staff-username')} errorPrefix={s('error.prefix')}>
        <input id="staff-username" type="text" class="input-medium" autocomplete="username" spellcheck={false} value={username()} onInput={(e) => setUsername(e.currentTarget.value)}
          aria-invalid={errorFor(errors(), 'staff-username') ? 'true' : undefined} aria-describedby={describedBy('staff-username', false, errorFor(errors(), 'staff-username'))} />
      </Field>
      <Field id="staff-password" label={s('signIn.password')} error={errorFor(errors(), 'staff-password')} errorPrefix={s('error.prefix')}>
        <input id="staff-password" type="password" class="input-medium" autocomplete="current-password" value={password()} onInput={(e) => setPassword(e.currentTarget.value)}
          aria-invalid={errorFor(errors(), 'staff-password') ? 'true' : undefined} aria-describedby={describedBy('staff-password', false, errorFor(errors(), 'staff-password'))} />
      </Field>
      <p role="status">{askTotp() ? s('signIn.totpAsked') : ''}</p>
      <Show when={askTotp()}>
        <Field id="staff-totp" label={s('signIn.totp')} hint={s('signIn.totpHint')} error={errorFor(errors(), 'staff-totp')} errorPrefix={s('error.prefix')}>
          <input id="staff-totp" ref={totpInput} type="text" class="input-short" inputmode="numeric" autocomplete="one-time-code" maxlength="7" value={totp()} onInput={(e) => setTotp(e.currentTarget.value)}
            aria-invalid={errorFor(errors(), 'staff-totp') ? 'true' : undefined} aria-describedby={describedBy('staff-totp', true, errorFor(errors(), 'staff-totp'))} />
        </Field>
      </Show>
      <button type="submit" class="primary">{s('signIn.button')}</button>
    </form>
  );
}
