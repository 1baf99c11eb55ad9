import { createSignal, For, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import type { ApiClient } from '../apply/client.ts';
import Field from '../apply/Field.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

type Roll = InferResponseType<ApiClient['api']['staff']['payment-rolls']['$get'], 200>;

const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

// 发放名册: a month's roll of the county or a township, printable on A4, downloadable as CSV, recorded paid in one action.
export default function RollIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [month, setMonth] = createSignal(thisMonth());
  const [township, setTownship] = createSignal('');
  const [roll, setRoll] = createSignal<Roll>();
  const [message, setMessage] = createSignal('');
  const [paidOn, setPaidOn] = createSignal(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
  const query = () => ({ month: month(), ...(township().trim() ? { township: township().trim() } : {}) });
  const programme = (id: string) => props.programmes.find((p) => p.id === id)?.title ?? id;

  const load = async () => {
    setMessage(s('roll.loading'));
    try {
      const response = await client.api.staff['payment-rolls'].$get({ query: query() });
      if (response.status !== 200) return void setMessage(s('roll.failed', { reason: ((await response.json()) as { message?: string }).message ?? String(response.status) }));
      setRoll(await response.json());
      setMessage('');
    } catch {
      setMessage(s('roll.failed', { reason: '' }));
    }
  };
  const markPaid = async () => {
    const shown = roll();
    if (!shown) return;
    const response = await client.api.staff['payment-rolls'][':month'].paid.$post(
      { param: { month: shown.month }, json: { ...(shown.township ? { township: shown.township } : {}), paidOn: paidOn(), households: shown.totals.households, amount: shown.totals.amount } },
      { headers: csrfHeaders(session) },
    );
    const answer = (await response.json()) as { paid?: number; alreadyPaid?: number; roll?: Roll; message?: string };
    if (response.status !== 200 || !answer.roll) return void setMessage(s('roll.failed', { reason: answer.message ?? String(response.status) }));
    setRoll(answer.roll);
    setMessage(s('roll.paidDone', { paid: answer.paid ?? 0, alreadyPaid: answer.alreadyPaid ?? 0 }));
  };
  const csvHref = () => {
    const t = township().trim();
    return `${props.base.replace(/\/$/, '')}/api/staff/payment-rolls/${month()}.csv${t ? `?township=${encodeURIComponent(t)}` : ''}`;
  };

  return (
    <Show when={session} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <form class="queue-filters screen-only" novalidate onSubmit={(e) => { e.preventDefault(); void load(); }}>
        <div class="filter-row">
          <Field id="roll-month" label={s('roll.month')} errorPrefix={s('error.prefix')}>
            <input id="roll-month" type="month" value={month()} onInput={(e) => setMonth(e.currentTarget.value)} />
          </Field>
          <Show when={!session!.township}>
            <Field id="roll-township" label={s('roll.township')} errorPrefix={s('error.prefix')}>
              <input id="roll-township" type="text" value={township()} onInput={(e) => setTownship(e.currentTarget.value)} />
            </Field>
          </Show>
        </div>
        <button type="submit">{s('roll.show')}</button>
      </form>
      <p role="status" class="screen-only">{message()}</p>
      <Show when={roll()}>
        {(r) => (
          <section class="payment-roll" aria-labelledby="roll-title">
            <h2 id="roll-title">{s('roll.title', { month: r().month })} {r().township ?? s('roll.allTownships')}</h2>
            <p class="screen-only">
              <button type="button" onClick={() => window.print()}>{s('roll.print')}</button>{' '}
              <a href={csvHref()} download="">{s('roll.csv')}</a>
            </p>
            <Show when={r().lines.length > 0} fallback={<p>{s('roll.empty')}</p>}>
              <div class="table-wrap">
                <table>
                  <thead><tr>
                    <For each={['index', 'caseNumber', 'programme', 'township', 'village', 'name', 'persons', 'amount', 'state']}>{(c) => <th scope="col">{s(`roll.col.${c}`)}</th>}</For>
                  </tr></thead>
                  <tbody>
                    <For each={r().lines}>{(l, i) => (
                      <tr>
                        <td>{i() + 1}</td><td>{formatCaseNo(l.caseNumber)}</td><td>{programme(l.programme)}</td><td>{l.township}</td><td>{l.village ?? ''}</td>
                        <td>{l.nameMasked}</td><td>{l.householdSize}</td><td>{l.amount.toFixed(2)}</td><td>{l.paidOn ? `${s('roll.paid')} ${l.paidOn}` : s('roll.unpaid')}</td>
                      </tr>
                    )}</For>
                  </tbody>
                  <tfoot><tr><th scope="row">{s('roll.total')}</th><td colspan="4" /><td>{s('roll.households', { households: r().totals.households })}</td><td>{r().totals.persons}</td><td>{r().totals.amount.toFixed(2)}</td><td /></tr></tfoot>
                </table>
              </div>
            </Show>
            <p class="note">{s('roll.note')}</p>
            <p class="print-only">{s('roll.signatures')}</p>
            <Show when={session!.role === 'county-approver' && r().totals.unpaidHouseholds > 0}>
              <form class="screen-only" novalidate onSubmit={(e) => { e.preventDefault(); void markPaid(); }}>
                <Field id="roll-paid-on" label={s('roll.paidOn')} errorPrefix={s('error.prefix')}>
                  <input id="roll-paid-on" type="date" value={paidOn()} onInput={(e) => setPaidOn(e.currentTarget.value)} />
                </Field>
                <button type="submit">{s('roll.markPaid')}</button>
              </form>
            </Show>
          </section>
        )}
      </Show>
    </Show>
  );
}
