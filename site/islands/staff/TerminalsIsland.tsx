import { createSignal, For, onMount, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { failureOf, type ApiClient } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

type TerminalList = InferResponseType<ApiClient['api']['staff']['terminals']['$get'], 200>;
type Terminal = TerminalList['terminals'][number];
type Made = InferResponseType<ApiClient['api']['staff']['terminals']['$post'], 201>;

// The county's clock, whatever the admin's computer is set to.
const chinaTime = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

// Kiosk terminals of the admin's county: register one (its credential shown once), see online/offline, revoke.
export default function TerminalsIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [list, setList] = createSignal<TerminalList>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'signed-out' | 'forbidden'>(!session ? 'signed-out' : session.role === 'admin' ? 'loading' : 'forbidden');
  const [message, setMessage] = createSignal('');
  const [made, setMade] = createSignal<Made>();
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [form, setForm] = createSignal({ name: '', township: '', village: '' });
  const set = (field: keyof ReturnType<typeof form>, value: string) => setForm({ ...form(), [field]: value });

  const load = async () => {
    try {
      const response = await client.api.staff.terminals.$get();
      if (response.status === 401) return void setState('signed-out');
      if (response.status === 403) return void setState('forbidden');
      if (response.status !== 200) return void setState('failed');
      setList(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => {
    if (session?.role !== 'admin') return;
    void load();
    // Online turns offline by the clock alone: read again each minute.
    setInterval(() => void load(), 60_000);
  });

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const f = { name: form().name.trim(), township: form().township.trim(), village: form().village.trim() };
    const found: FieldError[] = [];
    if (!f.name) found.push({ field: 'terminal-name', message: s('terminals.nameMissing') });
    if (!f.township) found.push({ field: 'terminal-township', message: s('terminals.townshipMissing') });
    if (!f.village) found.push({ field: 'terminal-village', message: s('terminals.villageMissing') });
    setErrors(found);
    setMade(undefined);
    if (found.length > 0) return;
    try {
      const response = await client.api.staff.terminals.$post({ json: f }, { headers: csrfHeaders(session) });
      if (response.status === 201) {
        setMade(await response.json());
        setForm({ name: '', township: f.township, village: '' });
        return void load();
      }
      const failure = await failureOf(response, s('submit.network'));
      setErrors([{ field: `terminal-${failure.field === 'township' || failure.field === 'village' ? failure.field : 'name'}`, message: failure.message }]);
    } catch {
      setErrors([{ field: 'terminal-name', message: s('submit.network') }]);
    }
  };

  const revoke = async (id: number) => {
    try {
      const response = await client.api.staff.terminals[':id'].revoke.$post({ param: { id: String(id) } }, { headers: csrfHeaders(session) });
      setMessage(response.status === 204 ? s('terminals.revokeDone', { id }) : (await failureOf(response, s('submit.network'))).message);
      void load();
    } catch {
      setMessage(s('submit.network'));
    }
  };

  const stateOf = (x: Terminal) =>
    x.revokedAt ? s('terminals.revoked', { time: chinaTime(x.revokedAt) })
      : x.online ? s('terminals.online')
        : x.lastSeenAt ? s('terminals.offline', { time: chinaTime(x.lastSeenAt) }) : s('terminals.neverSeen');

  const input = (id: string, field: keyof ReturnType<typeof form>, label: string) => (
    <Field id={id} label={label} error={errorFor(errors(), id)} errorPrefix={s('error.prefix')}>
      <input id={id} type="text" class="input-medium" autocomplete="off" spellcheck={false} value={form()[field]} onInput={(e) => set(field, e.currentTarget.value)}
        aria-invalid={errorFor(errors(), id) ? 'true' : undefined} aria-describedby={describedBy(id, false, errorFor(errors(), id))} />
    </Field>
  );

  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <Show when={state() !== 'forbidden'} fallback={<p class="note">{s('terminals.onlyAdmin')}</p>}>
        <p role="status">{state() === 'loading' ? s('terminals.loading') : state() === 'failed' ? s('terminals.failed') : message()}</p>
        <h2>{s('terminals.heading')}</h2>
        <Show when={list()}>
          {(l) => (
            <div class="table-wrap" role="region" aria-label={s('terminals.caption')} tabindex="0">
              <table>
                <caption>{s('terminals.caption')}</caption>
                <thead><tr><th scope="col">{s('terminals.id')}</th><th scope="col">{s('terminals.name')}</th><th scope="col">{s('terminals.place')}</th><th scope="col">{s('terminals.state')}</th><th scope="col">{s('terminals.build')}</th></tr></thead>
                <tbody>
                  <For each={l().terminals}>
                    {(x) => (
                      <tr data-terminal={x.id} data-online={String(x.online)}>
                        <th scope="row">{x.id}</th>
                        <td>{x.name}</td>
                        <td>{[x.township, x.village].filter(Boolean).join(' ')}</td>
                        <td>
                          {stateOf(x)}
                          <Show when={!x.revokedAt}>{' '}<button type="button" class="secondary" onClick={() => void revoke(x.id)}>{s('terminals.revoke', { id: x.id })}</button></Show>
                        </td>
                        <td>
                          <Show when={x.version}>{s('terminals.uptime', { version: x.version ?? '', hours: Math.floor((x.uptime ?? 0) / 3600) })}</Show>
                          <Show when={x.lastError}><br />{s('terminals.lastError', { error: x.lastError ?? '' })}</Show>
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
          <h2>{s('terminals.create')}</h2>
          <ErrorSummary title={s('error.title')} errors={errors()} />
          <Show when={made()}>
            {(m) => (
              <div class="panel-ok" role="status">
                <p>{s('terminals.created', { id: m().id })}</p>
                <p class="secret" data-terminal-key>{s('terminals.key', { id: m().id, key: m().key })}</p>
              </div>
            )}
          </Show>
          {input('terminal-name', 'name', s('terminals.name'))}
          {input('terminal-township', 'township', s('terminals.township'))}
          {input('terminal-village', 'village', s('terminals.village'))}
          <button type="submit">{s('terminals.createButton')}</button>
        </form>
      </Show>
    </Show>
  );
}
