import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import { failureOf } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import type { FollowUp, InboxIslandProps } from './inboxProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

const idFromHash = () => {
  const id = Number(new URLSearchParams(location.hash.slice(1)).get('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

// One 差评 to follow up: the rating, the rater's comment, and the county's answer, which the rater reads in 查进度.
export default function FollowUpIsland(props: InboxIslandProps) {
  const { client, s, session } = useStaff(props);
  const [followUp, setFollowUp] = createSignal<FollowUp>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'not-found' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [answer, setAnswer] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [message, setMessage] = createSignal('');

  const load = async () => {
    const id = idFromHash();
    if (!id) return void setState('not-found');
    try {
      const response = await client.api.staff['follow-ups'][':id'].$get({ param: { id: String(id) } });
      if (response.status === 401) return void setState('signed-out');
      if (response.status === 404) return void setState('not-found');
      if (response.status !== 200) return void setState('failed');
      setFollowUp(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => {
    if (!session) return;
    void load();
    const again = () => { setFollowUp(undefined); setMessage(''); setState('loading'); void load(); };
    addEventListener('hashchange', again);
    onCleanup(() => removeEventListener('hashchange', again));
  });

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = followUp();
    if (!current) return;
    if (!answer().trim()) return void setErrors([{ field: 'follow-up-answer', message: s('followUp.answerMissing') }]);
    setErrors([]);
    try {
      const response = await client.api.staff['follow-ups'][':id'].answer.$post({ param: { id: String(current.id) }, json: { answer: answer().trim() } }, { headers: csrfHeaders(session) });
      if (response.status === 200) {
        setFollowUp(await response.json());
        setAnswer('');
        setMessage(s('followUp.answered', { date: followUp()?.answeredOn ?? '' }));
        return;
      }
      const failure = await failureOf(response, s('failed'));
      if (response.status === 409) await load();
      setErrors([{ field: 'follow-up-answer', message: s('action.failed', { reason: failure.message }) }]);
    } catch {
      setErrors([{ field: 'follow-up-answer', message: s('action.failed', { reason: s('failed') }) }]);
    }
  };

  const row = (label: string, value: string | undefined) => (value ? <div><dt>{label}</dt><dd>{value}</dd></div> : null);
  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <p><a href={props.hrefs.inbox}>{s('report.back')}</a></p>
      <p role="status">{state() === 'loading' ? s('loading') : state() === 'failed' ? s('failed') : state() === 'not-found' ? s('followUp.notFound') : message()}</p>
      <Show when={followUp()}>
        {(f) => (
          <>
            <h2 id="follow-up-title">{s('followUp.ref', { id: f().id })}</h2>
            <dl class="summary-list">
              {row(s('followUp.level'), s(`r.rating.level.${f().level}`))}
              {row(s('followUp.rated'), f().ratedOn)}
              {row(s('followUp.channel'), s(`channel.${f().channel}`))}
              {row(s('followUp.case'), f().caseNumber ? `${formatCaseNo(f().caseNumber!)} ${f().programme ? props.titles[f().programme!] ?? f().programme : ''} ${f().township ?? ''}`.trim() : undefined)}
              {row(s('followUp.terminal'), f().terminalName)}
              <div classList={{ overdue: f().overdue }}><dt>{s('followUp.due')}</dt><dd>{s('followUp.dueText', { date: f().dueOn, days: props.followUpDays })}<Show when={f().overdue}><strong class="due-tag">{s('due.overdue')}</strong></Show></dd></div>
              {row(s('col.status'), s(`followUpStatus.${f().status}`))}
            </dl>
            <h2>{s('followUp.comment')}</h2>
            <p class="report-text">{f().comment ?? s('followUp.noComment')}</p>
            <h2>{s('followUp.answer')}</h2>
            <Show when={f().answer}>{(given) => <><p class="report-text" id="follow-up-given">{given()}</p><p>{s('followUp.answered', { date: f().answeredOn ?? '' })}</p></>}</Show>
            <Show when={!f().answer && !f().mayAnswer}><p>{s('followUp.readOnly')}</p></Show>
            <Show when={f().mayAnswer}>
              <form novalidate onSubmit={send}>
                <ErrorSummary id="follow-up-errors" title={s('error.title')} errors={errors()} />
                <Field id="follow-up-answer" label={s('followUp.answer')} hint={s('followUp.answerHint')} error={errorFor(errors(), 'follow-up-answer')} errorPrefix={s('error.prefix')}>
                  <textarea id="follow-up-answer" rows="5" value={answer()} aria-describedby={describedBy('follow-up-answer', true, errorFor(errors(), 'follow-up-answer'))} onInput={(e) => setAnswer(e.currentTarget.value)} />
                </Field>
                <button type="submit" class="primary">{s('followUp.submit')}</button>
              </form>
            </Show>
          </>
        )}
      </Show>
    </Show>
  );
}
