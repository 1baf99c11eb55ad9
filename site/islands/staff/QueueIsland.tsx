import { createSignal, For, onMount, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import { STEP_IDS } from '../../../api/domain/workflow.ts';
import type { ApiClient } from '../apply/client.ts';
import Field from '../apply/Field.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { labelOr, useStaff } from './useStaff.ts';

type Queue = InferResponseType<ApiClient['api']['staff']['cases']['$get'], 200>;
type QueueCase = Queue['cases'][number];

const STATUSES = ['open', 'supplement', 'not-accepted', 'approved', 'refused', 'closed'] as const;

// My queue: the jurisdiction's cases soonest due first; overdue and due-in-3-working-days rows say so in words.
export default function QueueIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [queue, setQueue] = createSignal<Queue>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [step, setStep] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [overdue, setOverdue] = createSignal('');
  const [q, setQ] = createSignal('');

  const load = async () => {
    setState('loading');
    const query: Record<string, string> = {};
    if (step()) query['step'] = step();
    if (status()) query['status'] = status();
    if (overdue()) query['overdue'] = overdue();
    if (q().trim()) query['q'] = q().trim();
    try {
      const response = await client.api.staff.cases.$get({ query });
      if (response.status === 401) return void setState('signed-out');
      if (response.status !== 200) return void setState('failed');
      setQueue(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => session && void load());
  const clear = () => {
    setStep(''); setStatus(''); setOverdue(''); setQ('');
    void load();
  };
  const programme = (id: string) => props.programmes.find((p) => p.id === id)?.title ?? id;
  const place = (c: QueueCase) => (c.village ? `${c.township} ${c.village}` : c.township);
  const due = (c: QueueCase) => (c.overdue ? s('due.overdue') : c.dueSoon ? s('due.soon') : '');

  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <form class="queue-filters" novalidate onSubmit={(e) => { e.preventDefault(); void load(); }}>
        <h2>{s('queue.filters')}</h2>
        <div class="filter-row">
          <Field id="queue-step" label={s('queue.step')} errorPrefix={s('error.prefix')}>
            <select id="queue-step" value={step()} onChange={(e) => setStep(e.currentTarget.value)}>
              <option value="">{s('queue.any')}</option>
              <For each={STEP_IDS.filter((id) => id !== 'apply')}>{(id) => <option value={id}>{s(`step.${id}`)}</option>}</For>
            </select>
          </Field>
          <Field id="queue-status" label={s('queue.status')} errorPrefix={s('error.prefix')}>
            <select id="queue-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value)}>
              <option value="">{s('queue.any')}</option>
              <For each={STATUSES}>{(id) => <option value={id}>{s(`status.${id}`)}</option>}</For>
            </select>
          </Field>
          <Field id="queue-overdue" label={s('queue.overdue')} errorPrefix={s('error.prefix')}>
            <select id="queue-overdue" value={overdue()} onChange={(e) => setOverdue(e.currentTarget.value)}>
              <option value="">{s('queue.any')}</option>
              <option value="true">{s('queue.overdueOnly')}</option>
              <option value="false">{s('queue.overdueNot')}</option>
            </select>
          </Field>
          <Field id="queue-q" label={s('queue.q')} hint={s('queue.qHint')} errorPrefix={s('error.prefix')}>
            <input id="queue-q" type="search" class="input-medium" value={q()} onInput={(e) => setQ(e.currentTarget.value)} aria-describedby="queue-q-hint" />
          </Field>
        </div>
        <div class="button-row">
          <button type="submit">{s('queue.apply')}</button>
          <button type="button" class="secondary" onClick={clear}>{s('queue.clear')}</button>
        </div>
      </form>
      <p role="status">{state() === 'loading' ? s('queue.loading') : state() === 'failed' ? s('queue.failed') : ''}</p>
      <Show when={queue()}>
        {(list) => (
          <Show when={list().cases.length > 0} fallback={<p>{s('queue.none')}</p>}>
            <p>{s(list().totalCapped ? 'queue.countAtLeast' : 'queue.count', { total: list().total, shown: list().cases.length })}</p>
            <div class="table-wrap" role="region" aria-label={s('queue.scroll')} tabindex="0">
              <table class="queue">
                <caption>{s('queue.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s('col.caseNumber')}</th>
                    <th scope="col">{s('col.programme')}</th>
                    <th scope="col">{s('col.applicant')}</th>
                    <th scope="col">{s('col.place')}</th>
                    <th scope="col">{s('col.step')}</th>
                    <th scope="col">{s('col.status')}</th>
                    <th scope="col">{s('col.due')}</th>
                    <th scope="col">{s('col.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list().cases}>
                    {(c) => (
                      <tr classList={{ overdue: c.overdue, 'due-soon': c.dueSoon }}>
                        <th scope="row"><a href={`${props.hrefs.case}#n=${c.caseNumber}`}>{formatCaseNo(c.caseNumber)}</a></th>
                        <td>{programme(c.programme)}</td>
                        <td>{c.applicantName}</td>
                        <td>{place(c)}</td>
                        <td>{labelOr(props.strings, `step.${c.step}`, c.step)}</td>
                        <td>{labelOr(props.strings, `status.${c.status}`, c.status)}</td>
                        <td>{c.dueDate ?? s('due.none')}<Show when={due(c)}><strong class="due-tag">{due(c)}</strong></Show></td>
                        <td><For each={c.flags}>{(f) => <span class="flag-tag">{labelOr(props.strings, `flagShort.${f.code}`, f.code)}</span>}</For></td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
    </Show>
  );
}
