import { createSignal, For, onMount, Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { STEP_IDS } from '../../../api/domain/workflow.ts';
import type { ApiClient } from '../apply/client.ts';
import Field from '../apply/Field.tsx';
import { BarChart, Histogram } from './Charts.tsx';
import type { StaffIslandProps } from './pageProps.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { labelOr, useStaff } from './useStaff.ts';

type Dashboard = InferResponseType<ApiClient['api']['staff']['dashboard']['$get'], 200>;
type Decisions = Dashboard['decisions'][number];

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'zh-CN'));

// 统计看板: the jurisdiction's cases by step and township, overdue, time to decision against the limit and refusals by
// grounds; every chart is followed by the table of its figures.
export default function DashboardIsland(props: StaffIslandProps) {
  const { client, s, session } = useStaff(props);
  const [board, setBoard] = createSignal<Dashboard>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'signed-out'>(session ? 'loading' : 'signed-out');
  const [township, setTownship] = createSignal('');
  const programme = (id: string) => props.programmes.find((p) => p.id === id)?.title ?? id;
  const step = (id: string) => labelOr(props.strings, `step.${id}`, id);

  const load = async () => {
    setState('loading');
    try {
      const response = await client.api.staff.dashboard.$get({ query: township().trim() ? { township: township().trim() } : {} });
      if (response.status === 401) return void setState('signed-out');
      if (response.status !== 200) return void setState('failed');
      setBoard(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  onMount(() => session && void load());

  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <Show when={!session!.township}>
        <form class="queue-filters" novalidate onSubmit={(e) => { e.preventDefault(); void load(); }}>
          <Field id="dash-township" label={s('dashboard.township')} errorPrefix={s('error.prefix')}>
            <input id="dash-township" type="text" value={township()} onInput={(e) => setTownship(e.currentTarget.value)} />
          </Field>
          <button type="submit">{s('dashboard.show')}</button>
        </form>
      </Show>
      <p role="status">{state() === 'loading' ? s('dashboard.loading') : state() === 'failed' ? s('dashboard.failed') : ''}</p>
      <Show when={board()}>
        {(b) => (
          <>
            <p>{s('dashboard.asOf', { date: b().today, place: b().township ?? s('dashboard.wholeCounty') })}</p>
            <StepsSection board={b()} s={s} step={step} />
            <OverdueSection board={b()} s={s} step={step} />
            <section aria-labelledby="dash-decisions">
              <h2 id="dash-decisions">{s('dashboard.decisions')}</h2>
              <p>{s('dashboard.decisionsNote')}</p>
              <Show when={b().decisions.length > 0} fallback={<p>{s('dashboard.none')}</p>}>
                <For each={b().decisions}>{(d) => <DecisionChart d={d} title={programme(d.programme)} s={s} />}</For>
              </Show>
            </section>
            <RefusalsSection board={b()} s={s} />
            <AnswersSection id="dash-objections" title={s('dashboard.objections')} note={s('dashboard.objectionsNote')} outcomes={['continued', 'upheld']} summary={b().objections} days="working" s={s} />
            <Show when={b().reports}>
              {(r) => <AnswersSection id="dash-reports" title={s('dashboard.reports')} note={s('dashboard.reportsNote')} outcomes={['answered', 'not-accepted']} summary={r()} days="natural" s={s}
                extra={s('dashboard.reportsOverdue', { accept: r().overdue.accept, answer: r().overdue.answer })} />}
            </Show>
            <RatingsSection ratings={b().ratings} s={s} />
            <Show when={b().ratings.followUps}>
              {(f) => <AnswersSection id="dash-follow-ups" title={s('dashboard.followUps')} note={s('dashboard.followUpsNote')} outcomes={['answered']} summary={f()} days="working" s={s}
                extra={s('dashboard.followUpsOverdue', { overdue: f().overdue })} />}
            </Show>
          </>
        )}
      </Show>
    </Show>
  );
}

type Message = ReturnType<typeof useStaff>['s'];

function StepsSection(props: { board: Dashboard; s: Message; step: (id: string) => string }) {
  const s = props.s;
  const rows = () => props.board.byStep;
  const steps = () => STEP_IDS.filter((id) => rows().some((r) => r.step === id && r.status === 'open'));
  const townships = () => uniq(rows().map((r) => r.township));
  const count = (filter: (r: Dashboard['byStep'][number]) => boolean) => sum(rows().filter(filter).map((r) => r.cases));
  const chartRows = () => [
    ...steps().map((id) => ({ label: props.step(id), value: count((r) => r.step === id && r.status === 'open') })),
    ...(count((r) => r.status === 'supplement') > 0 ? [{ label: s('dashboard.supplement'), value: count((r) => r.status === 'supplement') }] : []),
  ];
  return (
    <section aria-labelledby="dash-steps">
      <h2 id="dash-steps">{s('dashboard.steps')}</h2>
      <Show when={rows().length > 0} fallback={<p>{s('dashboard.none')}</p>}>
        <BarChart label={s('dashboard.stepsChart', { cases: count(() => true) })} rows={chartRows()} />
        <div class="table-wrap" role="region" aria-labelledby="dash-steps-caption" tabindex="0">
          <table>
            <caption id="dash-steps-caption">{s('dashboard.stepsTable')}</caption>
            <thead><tr>
              <th scope="col">{s('dashboard.col.township')}</th>
              <For each={steps()}>{(id) => <th scope="col">{props.step(id)}</th>}</For>
              <th scope="col">{s('dashboard.supplement')}</th>
              <th scope="col">{s('dashboard.col.total')}</th>
            </tr></thead>
            <tbody>
              <For each={townships()}>{(t) => (
                <tr>
                  <th scope="row">{t}</th>
                  <For each={steps()}>{(id) => <td>{count((r) => r.township === t && r.step === id && r.status === 'open')}</td>}</For>
                  <td>{count((r) => r.township === t && r.status === 'supplement')}</td>
                  <td>{count((r) => r.township === t)}</td>
                </tr>
              )}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

function OverdueSection(props: { board: Dashboard; s: Message; step: (id: string) => string }) {
  const s = props.s;
  const townships = () => uniq([...props.board.overdue.map((r) => r.township), ...props.board.reviewsOverdue.map((r) => r.township)]);
  const overdueIn = (t: string) => sum(props.board.overdue.filter((r) => r.township === t).map((r) => r.cases));
  const reviewsIn = (t: string) => sum(props.board.reviewsOverdue.filter((r) => r.township === t).map((r) => r.cases));
  return (
    <section aria-labelledby="dash-overdue">
      <h2 id="dash-overdue">{s('dashboard.overdue')}</h2>
      <Show when={townships().length > 0} fallback={<p>{s('dashboard.noOverdue')}</p>}>
        <BarChart label={s('dashboard.overdueChart', { cases: sum(props.board.overdue.map((r) => r.cases)) })} rows={townships().map((t) => ({ label: t, value: overdueIn(t) }))} />
        <div class="table-wrap" role="region" aria-labelledby="dash-overdue-caption" tabindex="0">
          <table>
            <caption id="dash-overdue-caption">{s('dashboard.overdueTable')}</caption>
            <thead><tr>
              <th scope="col">{s('dashboard.col.township')}</th><th scope="col">{s('dashboard.col.overdue')}</th>
              <th scope="col">{s('dashboard.col.atStep')}</th><th scope="col">{s('dashboard.col.reviewsOverdue')}</th>
            </tr></thead>
            <tbody>
              <For each={townships()}>{(t) => (
                <tr>
                  <th scope="row">{t}</th>
                  <td>{overdueIn(t)}</td>
                  <td>{props.board.overdue.filter((r) => r.township === t).map((r) => `${props.step(r.step)} ${r.cases}`).join('，')}</td>
                  <td>{reviewsIn(t)}</td>
                </tr>
              )}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

function DecisionChart(props: { d: Decisions; title: string; s: Message }) {
  const s = props.s;
  const id = () => `dash-decisions-${props.d.programme}`;
  const within = (to: number) => to <= props.d.limitWorkingDays;
  return (
    <section aria-labelledby={id()} class="dash-programme">
      <h3 id={id()}>{props.title}</h3>
      <p>{s('dashboard.decisionSummary', { decisions: props.d.decisions, approved: props.d.approved, refused: props.d.refused, median: props.d.medianWorkingDays, mean: props.d.meanWorkingDays, limit: props.d.limitWorkingDays, over: props.d.overLimit })}</p>
      <Show when={props.d.estimated}><p class="note">{s('dashboard.estimated')}</p></Show>
      <Histogram label={s('dashboard.histogramChart', { programme: props.title, limit: props.d.limitWorkingDays, over: props.d.overLimit })} bins={props.d.bins} limit={props.d.limitWorkingDays}
        limitLabel={s('dashboard.limitLine', { limit: props.d.limitWorkingDays })} axisLabel={s('dashboard.histogramAxis')} />
      <div class="table-wrap" role="region" aria-labelledby={`${id()}-caption`} tabindex="0">
        <table>
          <caption id={`${id()}-caption`}>{s('dashboard.histogramTable', { programme: props.title })}</caption>
          <thead><tr><th scope="col">{s('dashboard.col.workingDays')}</th><th scope="col">{s('dashboard.col.cases')}</th><th scope="col">{s('dashboard.col.againstLimit')}</th></tr></thead>
          <tbody>
            <For each={props.d.bins}>{(bin) => (
              <tr>
                <th scope="row">{s('dashboard.binRange', { from: bin.from, to: bin.to })}</th>
                <td>{bin.count}</td>
                <td>{within(bin.to) ? s('dashboard.withinLimit') : bin.from > props.d.limitWorkingDays ? s('dashboard.pastLimit') : s('dashboard.acrossLimit')}</td>
              </tr>
            )}</For>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RefusalsSection(props: { board: Dashboard; s: Message }) {
  const s = props.s;
  const grounds = (g: string | null) => (g ? s(`option.grounds.${g}`) : s('dashboard.noGrounds'));
  const rows = () => [...props.board.refusals].sort((a, b) => a.kind.localeCompare(b.kind) || b.cases - a.cases);
  const label = (r: Dashboard['refusals'][number]) => `${s(`dashboard.kind.${r.kind}`)}：${grounds(r.grounds)}`;
  return (
    <section aria-labelledby="dash-refusals">
      <h2 id="dash-refusals">{s('dashboard.refusals')}</h2>
      <Show when={rows().length > 0} fallback={<p>{s('dashboard.none')}</p>}>
        <BarChart label={s('dashboard.refusalsChart', { cases: sum(rows().map((r) => r.cases)) })} rows={rows().map((r) => ({ label: s(`dashboard.kindShort.${r.kind}`) + (r.grounds ? s(`dashboard.groundsShort.${r.grounds}`) : s('dashboard.groundsShort.none')), value: r.cases }))} />
        <div class="table-wrap" role="region" aria-labelledby="dash-refusals-caption" tabindex="0">
          <table>
            <caption id="dash-refusals-caption">{s('dashboard.refusalsTable')}</caption>
            <thead><tr><th scope="col">{s('dashboard.col.grounds')}</th><th scope="col">{s('dashboard.col.cases')}</th></tr></thead>
            <tbody><For each={rows()}>{(r) => <tr><th scope="row">{label(r)}</th><td>{r.cases}</td></tr>}</For></tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

function AnswersSection(props: { id: string; title: string; note: string; outcomes: string[]; summary: Dashboard['objections']; days: 'working' | 'natural'; extra?: string; s: Message }) {
  const s = props.s;
  const a = () => props.summary;
  const unit = (key: string) => s(`${key}${props.days === 'natural' ? 'Natural' : ''}`);
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.note}</p>
      <Show when={a().answered + a().open > 0} fallback={<p>{s('dashboard.none')}</p>}>
        <p>{s(props.days === 'natural' ? 'dashboard.answersSummaryNatural' : 'dashboard.answersSummary', { answered: a().answered, open: a().open, median: a().medianDays ?? '—', oldest: a().oldestOpenDays ?? '—' })}</p>
        <Show when={props.extra}><p>{props.extra}</p></Show>
        <div class="table-wrap" role="region" aria-labelledby={`${props.id}-caption`} tabindex="0">
          <table>
            <caption id={`${props.id}-caption`}>{s('dashboard.answersTable', { title: props.title })}</caption>
            <thead><tr>
              <th scope="col">{s('dashboard.col.township')}</th><th scope="col">{s('dashboard.col.open')}</th>
              <For each={props.outcomes}>{(o) => <th scope="col">{s(`dashboard.outcome.${o}`)}</th>}</For>
            </tr></thead>
            <tbody>
              <For each={a().byTownship}>{(t) => (
                <tr><th scope="row">{t.township || s('dashboard.noTownship')}</th><td>{t.open}</td><For each={props.outcomes}>{(o) => <td>{t.outcomes[o] ?? 0}</td>}</For></tr>
              )}</For>
            </tbody>
          </table>
        </div>
        <Show when={a().bins.length > 0}>
          <Histogram label={s('dashboard.answersChart', { title: props.title, answered: a().answered })} bins={a().bins} axisLabel={unit('dashboard.answersAxis')} />
          <div class="table-wrap" role="region" aria-labelledby={`${props.id}-bins-caption`} tabindex="0">
            <table>
              <caption id={`${props.id}-bins-caption`}>{s(props.days === 'natural' ? 'dashboard.answersBinsTableNatural' : 'dashboard.answersBinsTable', { title: props.title })}</caption>
              <thead><tr><th scope="col">{unit('dashboard.col.workingDays')}</th><th scope="col">{s('dashboard.col.filings')}</th></tr></thead>
              <tbody><For each={a().bins}>{(bin) => <tr><th scope="row">{s('dashboard.binRange', { from: bin.from, to: bin.to })}</th><td>{bin.count}</td></tr>}</For></tbody>
            </table>
          </div>
        </Show>
      </Show>
    </section>
  );
}

const LEVELS = [5, 4, 3, 2, 1];

function RatingsSection(props: { ratings: Dashboard['ratings']; s: Message }) {
  const s = props.s;
  const rows = () => props.ratings.byLevel;
  const places = () => [...new Set(rows().map((r) => r.township ?? ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const count = (filter: (r: Dashboard['ratings']['byLevel'][number]) => boolean) => sum(rows().filter(filter).map((r) => r.ratings));
  return (
    <section aria-labelledby="dash-ratings">
      <h2 id="dash-ratings">{s('dashboard.ratings')}</h2>
      <Show when={rows().length > 0} fallback={<p>{s('dashboard.none')}</p>}>
        <BarChart label={s('dashboard.ratingsChart', { ratings: count(() => true) })} rows={LEVELS.map((l) => ({ label: s(`dashboard.level.${l}`), value: count((r) => r.level === l) }))} />
        <div class="table-wrap" role="region" aria-labelledby="dash-ratings-caption" tabindex="0">
          <table>
            <caption id="dash-ratings-caption">{s('dashboard.ratingsTable')}</caption>
            <thead><tr><th scope="col">{s('dashboard.col.township')}</th><For each={LEVELS}>{(l) => <th scope="col">{s(`dashboard.level.${l}`)}</th>}</For><th scope="col">{s('dashboard.col.total')}</th></tr></thead>
            <tbody>
              <For each={places()}>{(p) => (
                <tr>
                  <th scope="row">{p || s('dashboard.atKiosk')}</th>
                  <For each={LEVELS}>{(l) => <td>{count((r) => (r.township ?? '') === p && r.level === l)}</td>}</For>
                  <td>{count((r) => (r.township ?? '') === p)}</td>
                </tr>
              )}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
