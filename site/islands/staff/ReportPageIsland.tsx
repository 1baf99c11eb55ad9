import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { formatTrackingNumber, parseTrackingNumber } from '../../../api/domain/trackingNumber.ts';
import type { ReportAction } from '../../../api/domain/reports/report.ts';
import { failureOf } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import { aboutText, type InboxIslandProps, type StaffReport } from './inboxProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

const numberFromHash = () => parseTrackingNumber(new URLSearchParams(location.hash.slice(1)).get('n') ?? '')?.number;

// One 举报 or question for the county: what was written, its photos (through the API's handler), the contact only on
// request (recorded), and the step open now: accept or not, then the answer the reporter reads.
export default function ReportPageIsland(props: InboxIslandProps) {
  const { client, s, session } = useStaff(props);
  const [report, setReport] = createSignal<StaffReport>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'not-found' | 'no-number' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [replies, setReplies] = createSignal<Record<string, string>>({});
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [message, setMessage] = createSignal('');
  const [contact, setContact] = createSignal<string>();
  const [contactProblem, setContactProblem] = createSignal('');

  const load = async () => {
    const number = numberFromHash();
    if (!number) return void setState('no-number');
    try {
      const response = await client.api.staff.reports[':trackingNumber'].$get({ param: { trackingNumber: number } });
      if (response.status === 401) return void setState('signed-out');
      if (response.status === 404) return void setState('not-found');
      if (response.status !== 200) return void setState('failed');
      setReport(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => {
    if (!session) return;
    void load();
    const again = () => { setReport(undefined); setContact(undefined); setMessage(''); setState('loading'); void load(); };
    addEventListener('hashchange', again);
    onCleanup(() => removeEventListener('hashchange', again));
  });

  const act = async (action: ReportAction) => {
    const current = report();
    if (!current) return;
    const reply = (replies()[action] ?? '').trim();
    const fieldOf = `reply-${action}`;
    if (action !== 'accept' && !reply) return void setErrors([{ field: fieldOf, message: s('action.replyMissing') }]);
    setErrors([]);
    try {
      const response = await client.api.staff.reports[':trackingNumber'].actions.$post(
        { param: { trackingNumber: current.trackingNumber }, json: { action, ...(reply ? { reply } : {}) } },
        { headers: csrfHeaders(session) },
      );
      if (response.status === 200) {
        setReport(await response.json());
        setMessage(s('action.done', { action: s(`action.${action}`) }));
        return;
      }
      const failure = await failureOf(response, s('failed'));
      if (response.status === 409) await load();
      setErrors([{ field: action === 'accept' ? 'act-accept' : fieldOf, message: s('action.failed', { reason: failure.message }) }]);
    } catch {
      setErrors([{ field: action === 'accept' ? 'act-accept' : fieldOf, message: s('action.failed', { reason: s('failed') }) }]);
    }
  };

  const reveal = async () => {
    const current = report();
    if (!current) return;
    setContactProblem('');
    try {
      const response = await client.api.staff.reports[':trackingNumber']['reveal-contact'].$post({ param: { trackingNumber: current.trackingNumber } }, { headers: csrfHeaders(session) });
      if (response.status === 200) return void setContact((await response.json()).contact);
      setContactProblem(s('report.revealFailed', { reason: (await failureOf(response, s('failed'))).message }));
    } catch {
      setContactProblem(s('report.revealFailed', { reason: s('failed') }));
    }
  };

  const photoHref = (trackingNumber: string, id: string) => client.api.staff.reports[':trackingNumber'].photos[':id'].$url({ param: { trackingNumber, id } }).href;
  const row = (label: string, value: string | undefined) => (value ? <div><dt>{label}</dt><dd>{value}</dd></div> : null);
  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <p><a href={props.hrefs.inbox}>{s('report.back')}</a></p>
      <p role="status">{state() === 'loading' ? s('loading') : state() === 'failed' ? s('failed') : state() === 'not-found' ? s('report.notFound') : state() === 'no-number' ? s('report.noNumber') : message()}</p>
      <Show when={report()}>
        {(r) => (
          <>
            <h2 id="report-title">{s('report.number', { n: formatTrackingNumber(r().trackingNumber) })}</h2>
            <dl class="summary-list">
              {row(s('col.kind'), s(`r.kind.${r().kind}`))}
              {row(s('col.about'), aboutText(r(), s, props.titles))}
              {row(s('col.received'), r().receivedOn)}
              <div classList={{ overdue: r().overdue }}><dt>{s('col.status')}</dt><dd>{s(`status.${r().status}`)}<Show when={r().overdue}><strong class="due-tag">{s('due.overdue')}</strong></Show></dd></div>
              {row(s('report.acceptDue'), r().acceptDueOn)}
              {row(s('report.acceptedOn'), r().acceptedOn)}
              {row(s('report.answerDue'), r().answerDueOn)}
              {row(s('report.answeredOn'), r().answeredOn)}
              {row(s(r().status === 'not-accepted' ? 'report.reason' : 'report.answer'), r().answer)}
            </dl>
            <h2>{s('report.text')}</h2>
            <p class="report-text">{r().text}</p>
            <h2>{s('report.photos')}</h2>
            <Show when={r().photos.length > 0} fallback={<p>{s('report.noPhotos')}</p>}>
              <ul class="documents"><For each={r().photos}>{(id, i) => <li><a href={photoHref(r().trackingNumber, id)}>{s('report.photo', { i: i() + 1 })}</a></li>}</For></ul>
            </Show>
            <h2>{s('report.contact')}</h2>
            <Show when={r().hasContact} fallback={<p>{s('report.noContact')}</p>}>
              <Show when={contact()} fallback={
                <Show when={session!.role === 'county-approver'} fallback={<p>{s('report.readOnly')}</p>}>
                  <p><button type="button" class="secondary" onClick={() => void reveal()}>{s('report.revealContact')}</button></p>
                </Show>
              }>
                <p id="report-contact">{contact()}</p>
              </Show>
              <p role="status">{contactProblem()}</p>
            </Show>
            <h2>{s('report.steps')}</h2>
            <ErrorSummary id="report-errors" title={s('error.title')} errors={errors()} />
            <Show when={session!.role !== 'county-approver'}><p>{s('report.readOnly')}</p></Show>
            <Show when={r().allowedActions.length > 0}>
              <Show when={r().allowedActions.includes('accept')}>
                <section aria-labelledby="act-accept-title" class="action">
                  <h3 id="act-accept-title">{s('action.accept')}</h3>
                  <p>{s('action.acceptHint')}</p>
                  <button type="button" id="act-accept" class="primary" onClick={() => void act('accept')}>{s('action.accept')}</button>
                </section>
              </Show>
              <For each={r().allowedActions.filter((a): a is 'not-accept' | 'answer' => a !== 'accept')}>
                {(action) => (
                  <section aria-labelledby={`act-${action}-title`} class="action">
                    <h3 id={`act-${action}-title`}>{s(`action.${action}`)}</h3>
                    <Field id={`reply-${action}`} label={s(`field.reply.${action}`)} hint={s('field.replyHint')} error={errorFor(errors(), `reply-${action}`)} errorPrefix={s('error.prefix')}>
                      <textarea id={`reply-${action}`} rows="5" value={replies()[action] ?? ''} aria-describedby={describedBy(`reply-${action}`, true, errorFor(errors(), `reply-${action}`))}
                        onInput={(e) => setReplies({ ...replies(), [action]: e.currentTarget.value })} />
                    </Field>
                    <button type="button" class="primary" onClick={() => void act(action)}>{s(`action.${action}`)}</button>
                  </section>
                )}
              </For>
            </Show>
          </>
        )}
      </Show>
    </Show>
  );
}
