import { createSignal, For, onMount, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { failureOf, type ApiClient } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

type AccountList = InferResponseType<ApiClient['api']['staff']['accounts']['$get'], 200>;
type Made = InferResponseType<ApiClient['api']['staff']['accounts']['$post'], 201>;

const ROLES = ['township-clerk', 'township-reviewer', 'county-approver', 'admin', 'agent'] as const;
const TOWNSHIP_ROLES = new Set(['township-clerk', 'township-reviewer', 'agent']);

// Accounts of the admin's county: open one (its first password shown once), disable one (its sessions end).
export default function AccountsIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [list, setList] = createSignal<AccountList>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'signed-out' | 'forbidden'>(!session ? 'signed-out' : session.role === 'admin' ? 'loading' : 'forbidden');
  const [message, setMessage] = createSignal('');
  const [made, setMade] = createSignal<Made>();
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [form, setForm] = createSignal({ username: '', displayName: '', role: 'township-clerk', township: '', village: '' });
  const set = (field: keyof ReturnType<typeof form>, value: string) => setForm({ ...form(), [field]: value });

  const load = async () => {
    try {
      const response = await client.api.staff.accounts.$get();
      if (response.status === 401) return void setState('signed-out');
      if (response.status === 403) return void setState('forbidden');
      if (response.status !== 200) return void setState('failed');
      setList(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => session?.role === 'admin' && void load());

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const f = form();
    const found: FieldError[] = [];
    if (!f.username.trim()) found.push({ field: 'account-username', message: s('accounts.usernameMissing') });
    if (!f.displayName.trim()) found.push({ field: 'account-display-name', message: s('accounts.displayNameMissing') });
    if (TOWNSHIP_ROLES.has(f.role) && !f.township.trim()) found.push({ field: 'account-township', message: s('accounts.townshipMissing') });
    setErrors(found);
    setMade(undefined);
    if (found.length > 0) return;
    const json = {
      username: f.username.trim(), displayName: f.displayName.trim(), role: f.role as (typeof ROLES)[number],
      ...(TOWNSHIP_ROLES.has(f.role) ? { township: f.township.trim() } : {}),
      ...(f.role === 'agent' && f.village.trim() ? { village: f.village.trim() } : {}),
    };
    try {
      const response = await client.api.staff.accounts.$post({ json }, { headers: csrfHeaders(session) });
      if (response.status === 201) {
        setMade(await response.json());
        setForm({ username: '', displayName: '', role: f.role, township: f.township, village: '' });
        return void load();
      }
      const failure = await failureOf(response, s('submit.network'));
      setErrors([{ field: failure.field === 'township' ? 'account-township' : 'account-username', message: failure.message }]);
    } catch {
      setErrors([{ field: 'account-username', message: s('submit.network') }]);
    }
  };

  const disable = async (username: string) => {
    try {
      const response = await client.api.staff.accounts[':username'].disable.$post({ param: { username } }, { headers: csrfHeaders(session) });
      setMessage(response.status === 204 ? s('accounts.disableDone', { username }) : (await failureOf(response, s('submit.network'))).message);
      void load();
    } catch {
      setMessage(s('submit.network'));
    }
  };

  const input = (id: string, field: keyof ReturnType<typeof form>, label: string) => (
    <Field id={id} label={label} error={errorFor(errors(), id)} errorPrefix={s('error.prefix')}>
      <input id={id} type="text" class="input-medium" autocomplete="off" spellcheck={false} value={form()[field]} onInput={(e) => set(field, e.currentTarget.value)}
        aria-invalid={errorFor(errors(), id) ? 'true' : undefined} aria-describedby={describedBy(id, false, errorFor(errors(), id))} />
    </Field>
  );

  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <Show when={state() !== 'forbidden'} fallback={<p class="note">{s('accounts.onlyAdmin')}</p>}>
        <p role="status">{state() === 'loading' ? s('accounts.loading') : state() === 'failed' ? s('accounts.failed') : message()}</p>
        <h2>{s('accounts.heading')}</h2>
        <Show when={list()}>
          {(l) => (
            <div class="table-wrap" role="region" aria-label={s('accounts.caption')} tabindex="0">
              <table>
                <caption>{s('accounts.caption')}</caption>
                <thead><tr><th scope="col">{s('accounts.username')}</th><th scope="col">{s('accounts.displayName')}</th><th scope="col">{s('accounts.role')}</th><th scope="col">{s('accounts.place')}</th><th scope="col">{s('accounts.state')}</th></tr></thead>
                <tbody>
                  <For each={l().accounts}>
                    {(a) => (
                      <tr>
                        <th scope="row">{a.username}</th>
                        <td>{a.displayName}</td>
                        <td>{s(`role.${a.role}`)}</td>
                        <td>{[a.township, a.village].filter(Boolean).join(' ') || a.county}</td>
                        <td>
                          {a.disabledAt ? s('accounts.disabled', { date: a.disabledAt.slice(0, 10) }) : s('accounts.active')}
                          <Show when={!a.disabledAt}>{' '}<button type="button" class="secondary" onClick={() => void disable(a.username)}>{s('accounts.disable', { username: a.username })}</button></Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
        <form class="account-create" novalidate onSubmit={create}>
          <h2>{s('accounts.create')}</h2>
          <ErrorSummary title={s('error.title')} errors={errors()} />
          <Show when={made()}>
            {(m) => (
              <div class="panel-ok" role="status">
                <p>{s('accounts.created', { username: m().username })}</p>
                <p class="secret">{s('accounts.password', { password: m().password })}</p>
                <Show when={m().totpUri}><p class="secret">{s('accounts.totp', { totp: m().totpUri ?? '' })}</p></Show>
              </div>
            )}
          </Show>
          {input('account-username', 'username', s('accounts.username'))}
          {input('account-display-name', 'displayName', s('accounts.displayName'))}
          <Field id="account-role" label={s('accounts.role')} errorPrefix={s('error.prefix')}>
            <select id="account-role" value={form().role} onChange={(e) => set('role', e.currentTarget.value)}>
              <For each={ROLES}>{(r) => <option value={r} selected={form().role === r}>{s(`role.${r}`)}</option>}</For>
            </select>
          </Field>
          <Show when={TOWNSHIP_ROLES.has(form().role)}>{input('account-township', 'township', s('accounts.township'))}</Show>
          <Show when={form().role === 'agent'}>{input('account-village', 'village', s('accounts.village'))}</Show>
          <button type="submit">{s('accounts.createButton')}</button>
        </form>
      </Show>
    </Show>
  );
}
