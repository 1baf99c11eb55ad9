import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { formatCaseNo, parseCaseNo } from '../../../api/domain/caseNumber.ts';
import { failureOf } from '../apply/client.ts';
import type { FieldError } from '../apply/ErrorSummary.tsx';
import Timeline from '../case/Timeline.tsx';
import ActionForm, { fieldId, fieldLabel } from './ActionForm.tsx';
import { fieldValue, isFilled } from './actionValues.ts';
import CaseFacts from './CaseFacts.tsx';
import Objections from './Objections.tsx';
import type { AllowedAction, StaffCase } from './caseTypes.ts';
import type { StaffIslandProps } from './pageProps.ts';
import { csrfHeaders } from './session.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

const numberFromHash = () => parseCaseNo(new URLSearchParams(location.hash.slice(1)).get('n') ?? '');

// One case: its facts, household, documents, events and flags, and a form for each action allowed now. A refused
// action (409: someone else acted first, or the step moved on) reloads the case and keeps everything typed.
export default function CaseIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [detail, setDetail] = createSignal<StaffCase>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'not-found' | 'no-number' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [values, setValues] = createStore<Record<string, string>>({});
  const [errors, setErrors] = createSignal<Record<string, FieldError[]>>({});
  const [message, setMessage] = createSignal('');
  let caseNumber: string | null = null;

  const load = async () => {
    caseNumber = numberFromHash();
    if (!caseNumber) return void setState('no-number');
    try {
      const response = await client.api.staff.cases[':caseNumber'].$get({ param: { caseNumber } });
      if (response.status === 401) return void setState('signed-out');
      if (response.status === 404) return void setState('not-found');
      if (response.status !== 200) return void setState('failed');
      const loaded = await response.json();
      prefillRefusal(loaded);
      setDetail(loaded);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  // An upheld 公示 objection's finding is the refusal's ground: its form starts with it (and may be edited).
  const prefillRefusal = (c: StaffCase) => {
    const finding = c.objections.findLast((o) => o.status === 'upheld')?.finding;
    if (finding && values['refuse.reason'] === undefined && c.allowedActions.some((a) => a.action === 'refuse')) setValues('refuse.reason', finding);
  };
  onMount(() => {
    if (!session) return;
    void load();
    const again = () => { setDetail(undefined); setMessage(''); setState('loading'); void load(); };
    addEventListener('hashchange', again);
    onCleanup(() => removeEventListener('hashchange', again));
  });

  const title = (action: string) => props.strings[`action.${action}`] ?? action;
  const submit = async (action: AllowedAction) => {
    const current = detail();
    if (!current) return;
    const missing = action.fields.filter((f) => f.required && !isFilled(f, values[`${action.action}.${f.name}`] ?? ''))
      .map((f) => ({ field: fieldId(action.action, f.name), message: s('action.fieldMissing', { label: fieldLabel(props.strings, action.action, f.name) }) }));
    setErrors({ ...errors(), [action.action]: missing });
    if (missing.length > 0) return;
    if (!session?.csrfToken) return void setErrors({ ...errors(), [action.action]: [{ field: fieldId(action.action, action.fields[0]?.name ?? ''), message: s('action.noCsrf') }] });
    const input = Object.fromEntries(action.fields.filter((f) => isFilled(f, values[`${action.action}.${f.name}`] ?? '')).map((f) => [f.name, fieldValue(f, values[`${action.action}.${f.name}`] ?? '')]));
    const problem = (text: string) => setErrors({ ...errors(), [action.action]: [{ field: action.fields[0] ? fieldId(action.action, action.fields[0].name) : `act-${action.action}-title`, message: text }] });
    try {
      const response = await client.api.staff.cases[':caseNumber'].actions.$post(
        { param: { caseNumber: current.caseNumber }, json: { action: action.action, version: current.version, ...input } as never },
        { headers: csrfHeaders(session) },
      );
      if (response.status === 200) {
        for (const f of action.fields) setValues(`${action.action}.${f.name}`, undefined!);
        setErrors({ ...errors(), [action.action]: [] });
        const changed = (await response.json()) as unknown as StaffCase;
        prefillRefusal(changed);
        setDetail(changed);
        setMessage(s('action.done', { action: title(action.action) }));
        return;
      }
      const failure = await failureOf(response, s('submit.network'));
      if (response.status === 409) {
        // The typed values stay in the store; the reloaded case brings the new version and the actions allowed now.
        await load();
        const stillAllowed = detail()?.allowedActions.some((a) => a.action === action.action);
        const text = failure.code === 'stale_version' ? s('action.stale') : s('action.notAllowedNow', { reason: failure.message });
        if (stillAllowed) problem(text);
        else setMessage(text);
        return;
      }
      // 422 names the field the rules refused: the message goes above that input, in the form's own words.
      const refused = response.status === 422 ? action.fields.find((f) => f.name === failure.field) : undefined;
      if (refused) return void setErrors({ ...errors(), [action.action]: [{ field: fieldId(action.action, refused.name), message: s('action.fieldInvalid', { label: fieldLabel(props.strings, action.action, refused.name) }) }] });
      problem(s('action.failed', { reason: failure.message }));
    } catch {
      problem(s('action.network'));
    }
  };

  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <p><a href={props.hrefs.queue}>{s('case.back')}</a></p>
      <p role="status" class="case-message">{
        state() === 'loading' ? s('case.loading') : state() === 'failed' ? s('case.failed') : state() === 'not-found' ? s('case.notFound') : state() === 'no-number' ? s('case.noNumber') : message()
      }</p>
      <Show when={state() === 'idle' && detail()}>
        {(c) => (
          <>
            <h2 class="case-heading">{s('case.heading', { number: formatCaseNo(c().caseNumber) })}</h2>
            <CaseFacts detail={c()} client={client} session={session} s={s} strings={props.strings} programmes={props.programmes} />
            <h2>{s('case.steps')}</h2>
            <Timeline steps={c().steps} s={s} />
            <h2>{s('case.events')}</h2>
            <div class="table-wrap" role="region" aria-label={s('case.events')} tabindex="0">
              <table class="events">
                <thead><tr><th scope="col">{s('case.eventWhen')}</th><th scope="col">{s('case.eventWho')}</th><th scope="col">{s('case.eventWhat')}</th><th scope="col">{s('case.eventReason')}</th></tr></thead>
                <tbody>
                  <For each={c().events}>
                    {(e) => <tr><td>{e.on}</td><td>{e.actorName}</td><td>{e.step ? `${props.strings[`step.${e.step}`] ?? e.step} · ` : ''}{e.kind}</td><td>{e.reason}</td></tr>}
                  </For>
                </tbody>
              </table>
            </div>
            <Objections objections={c().objections} client={client} session={session} s={s} />
            <h2>{s('case.actions')}</h2>
            <Show when={c().allowedActions.length > 0} fallback={<p>{s('case.noActions')}</p>}>
              <For each={c().allowedActions}>
                {(a) => <ActionForm action={a} values={values} setValues={setValues} errors={errors()[a.action] ?? []} s={s} strings={props.strings} onSubmit={(x) => void submit(x)} />}
              </For>
            </Show>
          </>
        )}
      </Show>
    </Show>
  );
}
