import { For, Show } from 'solid-js';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import type { ApiClient } from '../apply/client.ts';
import type { Message } from '../apply/validate.ts';
import Offices from '../places/Offices.tsx';
import Rating from './Rating.tsx';
import Supplement from './Supplement.tsx';
import Timeline from './Timeline.tsx';
import type { CaseView } from './types.ts';

interface Props {
  view: CaseView;
  titles: Record<string, string>;
  client: ApiClient;
  lang: string;
  s: Message;
  onSupplementSent: (uploadedIds: string[]) => void;
  /** The query code the case was looked up with, if it was one: rating needs it. */
  queryCode?: string | undefined;
  onRated: (rating: NonNullable<CaseView['rating']>) => void;
}

// One case as its applicant sees it: masked names, the timeline, whatever is asked of them or decided, and whom to ask.
export default function CaseDetails(props: Props) {
  const s = props.s;
  const v = () => props.view;
  const by = () => (v().submittedBy.kind === 'agent' ? s('view.byAgent', { agent: v().submittedBy.agentName ?? '' }) : s(`view.by.${v().submittedBy.kind}`));
  return (
    <section aria-labelledby="case-title" class="case-details">
      <h2 id="case-title" tabindex="-1">{s('view.title', { n: formatCaseNo(v().caseNumber) })}</h2>
      <dl class="summary-list">
        <div><dt>{s('view.programme')}</dt><dd>{props.titles[v().programme] ?? v().programme}</dd></div>
        <div><dt>{s('view.applicant')}</dt><dd>{v().applicantName} {v().applicantIdMasked}</dd></div>
        <div><dt>{s('view.submittedBy')}</dt><dd>{by()}</dd></div>
      </dl>
      <Show when={v().supplement}>
        {(supplement) => <Supplement supplement={supplement()} accessToken={v().accessToken} client={props.client} lang={props.lang} s={s} onSent={props.onSupplementSent} />}
      </Show>
      <Show when={v().refusal}>
        {(refusal) => (
          <section aria-labelledby="refusal-title" class="note">
            <h2 id="refusal-title">{s('refusal.title')}</h2>
            <p><strong>{s('refusal.reason')}</strong>{refusal().reason}</p>
            <p><strong>{s('refusal.howToObject')}</strong>{refusal().howToObject}</p>
          </section>
        )}
      </Show>
      <Show when={v().whereToGo}>
        {(where) => (
          <Offices place={[where().countyName, where().township, where().village].filter(Boolean).join(' ')} unlisted={!where().listed} offices={where().offices} s={s} />
        )}
      </Show>
      <Show when={v().paidFirst}>
        {(paid) => (
          <section aria-labelledby="paid-first-title" class="note">
            <h2 id="paid-first-title">{s('paidFirst.title')}</h2>
            <p>{paid().text}</p>
            <Show when={paid().closedReason !== undefined}>
              <p><strong>{s('paidFirst.reason')}</strong>{paid().closedReason}</p>
              <p><strong>{s('refusal.howToObject')}</strong>{paid().howToObject}</p>
            </Show>
          </section>
        )}
      </Show>
      <Show when={v().approved}>
        {(approved) => <div class="panel-ok"><h2>{s('approved.title')}</h2><p>{s(v().programme === 'linshi-jiuzhu' ? 'approved.textOnce' : 'approved.text', { monthly: approved().monthly, month: approved().fromMonth })}</p></div>}
      </Show>
      <Show when={v().review}>
        {(review) => (
          <section aria-labelledby="review-title" class="note">
            <h2 id="review-title">{s('review.title', { date: review().on })}</h2>
            <p><strong>{s(`review.outcome.${review().outcome}`, { monthly: review().monthly ?? '' })}</strong></p>
            <p><strong>{s('review.reason')}</strong>{review().reason}</p>
            <Show when={review().outcome !== 'continue'}><p><strong>{s('refusal.howToObject')}</strong>{review().howToObject}</p></Show>
          </section>
        )}
      </Show>
      <Show when={v().linkedCases.length > 0}>
        <h2>{s('linked.title')}</h2>
        <ul><For each={v().linkedCases}>{(l) => <li>{props.titles[l.programme] ?? l.programme}：{s('linked.caseNumber', { n: formatCaseNo(l.caseNumber) })}</li>}</For></ul>
      </Show>
      <Show when={v().publicNotice}>
        {(notice) => <section aria-labelledby="notice-title"><h2 id="notice-title">{s('notice.title')}</h2><p>{s('notice.text', { ...notice() })}</p></section>}
      </Show>
      <Show when={v().noticeObjection}>
        {(objection) => (
          <section aria-labelledby="objection-title" class={objection().state === 'open' ? 'note' : undefined}>
            <h2 id="objection-title">{s('objection.title')}</h2>
            <p>{s(`objection.${objection().state}`, { raisedOn: objection().raisedOn, resolvedOn: objection().resolvedOn ?? '' })}</p>
          </section>
        )}
      </Show>
      <h2>{s('timeline.title')}</h2>
      <Timeline steps={v().steps} s={s} />
      <Show when={v().payments.length > 0}>
        <h2>{s('payments.title')}</h2>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{s('payments.month')}</th><th scope="col">{s('payments.amount')}</th><th scope="col">{s('payments.paidOn')}</th></tr></thead>
            <tbody><For each={v().payments}>{(p) => <tr><td>{p.month}</td><td>{s('payments.yuan', { amount: p.amount })}</td><td>{p.paidOn}</td></tr>}</For></tbody>
          </table>
        </div>
      </Show>
      <Show when={v().rating}>
        {(rating) => <Rating rating={rating()} caseNumber={v().caseNumber} queryCode={props.queryCode} client={props.client} s={s} onRated={props.onRated} />}
      </Show>
    </section>
  );
}
