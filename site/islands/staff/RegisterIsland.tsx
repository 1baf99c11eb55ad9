import { createSignal, For, onMount, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import { DECLARED_RELATIONS } from '../../../api/domain/kin.ts';
import type { ApiClient } from '../apply/client.ts';
import Field, { describedBy } from '../apply/Field.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { csrfHeaders } from './session.ts';
import { labelOr, useStaff } from './useStaff.ts';

type Register = InferResponseType<ApiClient['api']['staff']['conflicts']['$get'], 200>;
type Declarations = InferResponseType<ApiClient['api']['staff']['kin']['$get'], 200>;

// The conflict-of-interest register of one's jurisdiction (单独登记), and one's own near-kin declarations.
export default function RegisterIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [register, setRegister] = createSignal<Register>();
  const [mine, setMine] = createSignal<Declarations>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [relation, setRelation] = createSignal<(typeof DECLARED_RELATIONS)[number]>('self');
  const [name, setName] = createSignal('');
  const [idNumber, setIdNumber] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [told, setTold] = createSignal('');

  const load = async () => {
    try {
      const [r, k] = await Promise.all([client.api.staff.conflicts.$get(), client.api.staff.kin.$get()]);
      if (r.status === 401 || k.status === 401) return void setState('signed-out');
      if (r.status !== 200 || k.status !== 200) return void setState('failed');
      setRegister(await r.json());
      setMine(await k.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => session && void load());

  const declare = async (e: SubmitEvent) => {
    e.preventDefault();
    setTold('');
    const missing: Record<string, string> = {};
    if (!name().trim()) missing['name'] = s('kin.name');
    if (!idNumber().trim()) missing['idNumber'] = s('kin.idNumber');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const res = await client.api.staff.kin.$post({ json: { relation: relation(), name: name().trim(), idNumber: idNumber().trim() } }, { headers: csrfHeaders(session) });
    if (res.status === 201) {
      setName(''); setIdNumber(''); setTold(s('kin.done'));
      return void load();
    }
    const body = (await res.json()) as { field?: string; message?: string };
    setErrors({ [body.field ?? 'idNumber']: body.message ?? s('register.failed') });
  };

  const place = (c: Register['cases'][number]) => (c.village ? `${c.township} ${c.village}` : c.township);
  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <h2>{s('register.heading')}</h2>
      <p role="status">{state() === 'loading' ? s('register.loading') : state() === 'failed' ? s('register.failed') : ''}</p>
      <Show when={register()}>
        {(list) => (
          <Show when={list().cases.length > 0} fallback={<p>{s('register.empty')}</p>}>
            <div class="table-wrap" role="region" aria-label={s('register.caption')} tabindex="0">
              <table class="queue">
                <caption>{s('register.caption')}</caption>
                <thead><tr>
                  <th scope="col">{s('register.case')}</th><th scope="col">{s('register.place')}</th><th scope="col">{s('register.applicant')}</th>
                  <th scope="col">{s('register.state')}</th><th scope="col">{s('register.flags')}</th><th scope="col">{s('register.approvals')}</th>
                </tr></thead>
                <tbody>
                  <For each={list().cases}>
                    {(c) => (
                      <tr>
                        <th scope="row"><a href={`${props.hrefs.case}#n=${c.caseNumber}`}>{formatCaseNo(c.caseNumber)}</a></th>
                        <td>{place(c)}</td>
                        <td>{c.applicantName}</td>
                        <td>{labelOr(props.strings, `status.${c.status}`, c.status)}</td>
                        <td><ul><For each={c.flags}>{(f) => <li>{f.reason}</li>}</For></ul></td>
                        <td>{s('register.approvalsCount', { count: c.approvals })}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
      <h2>{s('kin.heading')}</h2>
      <p>{s('kin.lead')}</p>
      <Show when={mine()}>
        {(list) => (
          <Show when={list().declarations.length > 0} fallback={<p>{s('kin.none')}</p>}>
            <ul><For each={list().declarations}>{(d) => <li>{s(`kin.relation.${d.relation}`)}：{d.nameMasked}（{d.declaredAt.slice(0, 10)}）</li>}</For></ul>
          </Show>
        )}
      </Show>
      <form novalidate onSubmit={(e) => void declare(e)}>
        <Field id="kin-relation" label={s('kin.relation')} errorPrefix={s('error.prefix')}>
          <select id="kin-relation" value={relation()} onChange={(e) => setRelation(e.currentTarget.value as (typeof DECLARED_RELATIONS)[number])}>
            <For each={DECLARED_RELATIONS}>{(r) => <option value={r}>{s(`kin.relation.${r}`)}</option>}</For>
          </select>
        </Field>
        <Field id="kin-name" label={s('kin.name')} error={errors()['name']} errorPrefix={s('error.prefix')}>
          <input id="kin-name" class="input-medium" autocomplete="off" value={name()} onInput={(e) => setName(e.currentTarget.value)} aria-describedby={describedBy('kin-name', undefined, errors()['name'])} />
        </Field>
        <Field id="kin-idNumber" label={s('kin.idNumber')} error={errors()['idNumber']} errorPrefix={s('error.prefix')}>
          <input id="kin-idNumber" class="input-medium" autocomplete="off" spellcheck={false} value={idNumber()} onInput={(e) => setIdNumber(e.currentTarget.value)} aria-describedby={describedBy('kin-idNumber', undefined, errors()['idNumber'])} />
        </Field>
        <button type="submit">{s('kin.submit')}</button>
        <p role="status">{told()}</p>
      </form>
    </Show>
  );
}
