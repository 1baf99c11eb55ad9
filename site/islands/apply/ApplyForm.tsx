import { createEffect, createSignal, Match, on, Show, Switch } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { Apply, type ApplyContext } from './context.ts';
import ErrorSummary, { type FieldError } from './ErrorSummary.tsx';
import { failureOf } from './client.ts';
import { claimFromDraft } from './claim.ts';
import { answersOf, discardDraft, loadDraft, newDraft, saveDraft, type Draft } from './draft.ts';
import DraftPrompt from './DraftPrompt.tsx';
import { screensFor, type Screen } from './screens.ts';
import { uploadsInFlight } from './uploadsInFlight.ts';
import { validateScreen } from './validate.ts';
import ApplicantScreen from './screens/ApplicantScreen.tsx';
import AssetsScreen from './screens/AssetsScreen.tsx';
import AuthorisationScreen from './screens/AuthorisationScreen.tsx';
import CheckScreen from './screens/CheckScreen.tsx';
import Confirmation, { type ClaimAnswer } from './screens/Confirmation.tsx';
import ConsentsScreen from './screens/ConsentsScreen.tsx';
import DocumentsScreen from './screens/DocumentsScreen.tsx';
import HukouScreen from './screens/HukouScreen.tsx';
import IncomesScreen from './screens/IncomesScreen.tsx';
import MembersScreen from './screens/MembersScreen.tsx';
import NearKinScreen from './screens/NearKinScreen.tsx';
import ProgrammeScreen from './screens/ProgrammeScreen.tsx';
import ReasonScreen from './screens/ReasonScreen.tsx';
import WhereScreen from './screens/WhereScreen.tsx';

export interface ApplyFormProps extends Pick<ApplyContext, 's' | 'client' | 'lang' | 'counties' | 'programmes' | 'agent'> {
  /** localStorage key of this form's draft (residents and agents keep separate drafts); none: drafts are off (a kiosk). */
  draftKey?: string | undefined;
  /** The applicant's name and ID number as read from their card (a kiosk's reader). */
  applicant?: { name: string; idNumber: string } | undefined;
  caseHref: string;
  /** The 查进度 page the confirmation's QR code opens on a phone, when it is not caseHref (a kiosk's is /kiosk/case/). */
  phoneCaseHref?: string | undefined;
  agentName?: string | undefined;
  /** The agent's session has ended: sign in again (the draft is kept). */
  onSignedOut?: () => void;
}

// One question per screen, GOV.UK style; every change is saved as a draft once something is entered;
// a retry reuses the draft's idempotency key; 继续 waits for photos still being sent.
export default function ApplyForm(props: ApplyFormProps) {
  const fromLink = /programme=([\w-]+)/.exec(location.hash)?.[1] ?? '';
  const saved = props.draftKey ? loadDraft(props.draftKey) : undefined;
  const started = newDraft(props.programmes.some((p) => p.id === fromLink) ? fromLink : '');
  const [draft, set] = createStore<Draft>(props.applicant ? { ...started, applicant: { ...started.applicant, ...props.applicant } } : started);
  const [offer, setOffer] = createSignal(saved);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [returnToCheck, setReturnToCheck] = createSignal(false);
  const [submitting, setSubmitting] = createSignal(false);
  const [failure, setFailure] = createSignal('');
  // 一户一案: the refusal says how to follow the household's open claim, and the 查进度 page is one tap away.
  const [followHref, setFollowHref] = createSignal('');
  const [answer, setAnswer] = createSignal<ClaimAnswer>();
  const [waiting, setWaiting] = createSignal(false);
  const uploads = uploadsInFlight();
  const screens = screensFor(props.agent);
  const screen = () => (screens.includes(draft.screen as Screen) ? (draft.screen as Screen) : screens[0]!);
  const position = () => screens.indexOf(screen()) + 1;

  // Saved on every change once the resident has entered something (opening the form leaves nothing behind,
  // which matters on a shared phone or a kiosk), and not while the resume prompt is open.
  let untouched: string | undefined = answersOf(draft);
  createEffect(() => {
    const json = JSON.stringify(draft);
    if (!props.draftKey || offer() || answer()) return;
    if (untouched !== undefined && answersOf(draft) === untouched) return;
    untouched = undefined;
    saveDraft(props.draftKey, JSON.parse(json) as Draft);
  });
  createEffect(on(() => draft.screen, () => queueMicrotask(() => document.querySelector<HTMLElement>('.apply .screen-heading')?.focus()), { defer: true }));

  const goTo = (target: Screen) => {
    setErrors([]);
    setFailure('');
    setFollowHref('');
    setReturnToCheck(target !== 'check' && screen() === 'check');
    set('screen', target);
  };
  const submit = async () => {
    if (submitting()) return;
    setSubmitting(true);
    setFailure('');
    setFollowHref('');
    try {
      const response = await props.client.api.cases.$post({ json: claimFromDraft(unwrap(draft), props.agent), header: { 'idempotency-key': draft.idempotencyKey } });
      if (response.status === 201) {
        setAnswer((await response.json()) as ClaimAnswer);
        if (props.draftKey) discardDraft(props.draftKey);
        queueMicrotask(() => document.querySelector<HTMLElement>('.apply .screen-heading')?.focus());
        return;
      }
      if (response.status === 401 && props.onSignedOut) return props.onSignedOut();
      const failed = await failureOf(response, props.s('submit.failed'));
      setFailure(failed.message);
      if (failed.code === 'household_case_open') setFollowHref(props.caseHref);
    } catch {
      setFailure(props.s('submit.network'));
    } finally {
      setSubmitting(false);
    }
    queueMicrotask(() => document.getElementById('apply-failure')?.focus());
  };
  const onContinue = async (event: SubmitEvent) => {
    event.preventDefault();
    if (waiting()) return;
    if (uploads.pending() > 0) {
      setErrors([]);
      setWaiting(true);
      const arrived = await uploads.settled();
      setWaiting(false);
      // A photo that did not arrive keeps the resident here, with the picker saying why.
      if (!arrived) return;
    }
    const found = validateScreen(screen(), draft, props.s);
    setErrors(found);
    if (found.length > 0) return;
    if (screen() === 'check') return void submit();
    const next = returnToCheck() ? 'check' : screens[position()]!;
    setReturnToCheck(false);
    set('screen', next);
  };
  const back = () => goTo(returnToCheck() ? 'check' : screens[Math.max(position() - 2, 0)]!);

  const context: ApplyContext = { draft, set, errors, s: props.s, client: props.client, lang: props.lang, counties: props.counties, programmes: props.programmes, agent: props.agent, goTo, uploads };
  const programmeTitle = () => props.programmes.find((p) => p.id === draft.programme)?.title ?? draft.programme;
  return (
    <div class="apply">
      <Switch>
        <Match when={answer()}>
          {(a) => <Confirmation answer={a()} caseHref={props.caseHref} phoneCaseHref={props.phoneCaseHref ?? props.caseHref} programmeTitle={programmeTitle()} agentName={props.agentName} s={props.s}
            place={{ county: draft.county, township: draft.township, village: draft.village }} counties={props.counties} />}
        </Match>
        <Match when={offer()}>
          {(d) => <DraftPrompt savedAt={d().savedAt} s={props.s}
            onResume={() => { set(d()); setOffer(undefined); queueMicrotask(() => document.querySelector<HTMLElement>('.apply .screen-heading')?.focus()); }}
            onDiscard={() => { if (props.draftKey) discardDraft(props.draftKey); setOffer(undefined); queueMicrotask(() => document.querySelector<HTMLElement>('.apply .screen-heading')?.focus()); }} />}
        </Match>
        <Match when={true}>
          <Apply.Provider value={context}>
            <Show when={position() > 1}>
              <button type="button" class="link back-link" onClick={back}>{props.s('form.back')}</button>
            </Show>
            <p class="step-indicator">{props.s('form.step', { n: position(), total: screens.length })}</p>
            <form novalidate onSubmit={(e) => void onContinue(e)}>
              <ErrorSummary title={props.s('error.title')} errors={errors()} />
              <Switch>
                <Match when={screen() === 'programme'}><ProgrammeScreen /></Match>
                <Match when={screen() === 'where'}><WhereScreen /></Match>
                <Match when={screen() === 'hukou'}><HukouScreen /></Match>
                <Match when={screen() === 'applicant'}><ApplicantScreen /></Match>
                <Match when={screen() === 'members'}><MembersScreen /></Match>
                <Match when={screen() === 'incomes'}><IncomesScreen /></Match>
                <Match when={screen() === 'assets'}><AssetsScreen /></Match>
                <Match when={screen() === 'reason'}><ReasonScreen /></Match>
                <Match when={screen() === 'near-kin'}><NearKinScreen /></Match>
                <Match when={screen() === 'consents'}><ConsentsScreen /></Match>
                <Match when={screen() === 'documents'}><DocumentsScreen /></Match>
                <Match when={screen() === 'authorisation'}><AuthorisationScreen /></Match>
                <Match when={screen() === 'check'}><CheckScreen failure={failure()} followHref={followHref()} /></Match>
              </Switch>
              <div class="button-row">
                <button type="submit" class="primary" aria-disabled={submitting() || waiting() ? 'true' : undefined} aria-describedby={waiting() ? 'apply-waiting' : undefined}>
                  {props.s(waiting() ? 'form.waiting' : screen() !== 'check' ? 'form.continue' : submitting() ? 'check.submitting' : 'check.submit')}
                </button>
              </div>
              <p id="apply-waiting" class="hint" role="status">{waiting() ? props.s('upload.wait') : ''}</p>
            </form>
            <Show when={props.draftKey}><p class="muted">{props.s('draft.note')}</p></Show>
          </Apply.Provider>
        </Match>
      </Switch>
    </div>
  );
}
