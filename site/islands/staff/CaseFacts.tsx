import { For, Show } from 'solid-js';
import type { ApiClient } from '../apply/client.ts';
import type { Message } from '../apply/validate.ts';
import type { StaffCase } from './caseTypes.ts';
import RevealId from './RevealId.tsx';
import type { StaffSession } from './session.ts';

interface Props {
  detail: StaffCase;
  client: ApiClient;
  session: StaffSession | undefined;
  s: Message;
  strings: Record<string, string>;
  programmes: { id: string; title: string }[];
}

// What the case holds, masked: facts, flags, applicant, household, assets, documents and what was decided.
export default function CaseFacts(props: Props) {
  const s = props.s;
  const c = () => props.detail;
  const label = (key: string, raw: string) => props.strings[key] ?? raw;
  const due = () => {
    const d = c();
    if (!d.dueDate) return s('due.none');
    const tags = [d.overdue ? s('due.overdue') : d.dueSoon ? s('due.soon') : '', d.dueSetByCounty ? s('due.countySet') : '', d.dueEstimated ? s('due.estimated') : ''].filter(Boolean);
    return tags.length ? `${d.dueDate}（${tags.join('，')}）` : d.dueDate;
  };
  const submittedBy = () => (c().submittedBy.kind === 'agent' ? s('submittedBy.agent', { agent: c().submittedBy.agentName ?? '' }) : s(`submittedBy.${c().submittedBy.kind}`));
  const reveal = (masked: string, who: string, member?: number) => (
    <RevealId client={props.client} session={props.session} caseNumber={c().caseNumber} member={member} masked={masked} who={who} s={s} />
  );
  return (
    <>
      <Show when={c().flags.length > 0}>
        <div class="note flags" role="note" aria-label={s('case.flags')}>
          <h2>{s('case.flags')}</h2>
          <ul><For each={c().flags}>{(f) => <li>{f.reason}</li>}</For></ul>
          <Show when={c().firstApproval}>{(f) => <p>{s('case.firstApproval', { name: f().approverName, amount: f().amount, fromMonth: f().fromMonth })}</p>}</Show>
        </div>
      </Show>
      <h2>{s('case.facts')}</h2>
      <dl class="summary-list">
        <div><dt>{s('case.programme')}</dt><dd>{props.programmes.find((p) => p.id === c().programme)?.title ?? c().programme}</dd></div>
        <div><dt>{s('case.place')}</dt><dd>{[c().township, c().village].filter(Boolean).join(' ')}</dd></div>
        <div><dt>{s('case.hukou')}</dt><dd>{label(`hukou.${c().hukou}`, c().hukou)}</dd></div>
        <div><dt>{s('case.status')}</dt><dd>{label(`status.${c().status}`, c().status)}</dd></div>
        <div><dt>{s('case.step')}</dt><dd>{label(`step.${c().step}`, c().step)}</dd></div>
        <div class={c().overdue ? 'overdue' : c().dueSoon ? 'due-soon' : undefined}><dt>{s('case.due')}</dt><dd>{due()}</dd></div>
        <div><dt>{s('case.submitted')}</dt><dd>{c().submittedAt.slice(0, 10)}</dd></div>
        <div><dt>{s('case.submittedBy')}</dt><dd>{submittedBy()}</dd></div>
        <Show when={c().requestedAmount !== undefined}><div><dt>{s('case.requestedAmount')}</dt><dd>{s('case.amount', { amount: c().requestedAmount ?? 0 })}</dd></div></Show>
      </dl>
      <p class="hint">{s('case.revealNote')}</p>
      <h2>{s('case.applicant')}</h2>
      <dl class="summary-list">
        <div><dt>{s('case.name')}</dt><dd>{c().applicant.nameMasked}</dd></div>
        <div><dt>{s('case.idNumber')}</dt><dd>{reveal(c().applicant.idMasked, s('case.applicant'))}</dd></div>
        <div><dt>{s('case.phone')}</dt><dd>{c().applicant.phoneMasked}</dd></div>
      </dl>
      <h2>{s('case.household')}</h2>
      <ul class="case-list household">
        <For each={c().household}>
          {(m) => (
            <li>
              <p><strong>{s('case.member', { n: m.index + 1 })}</strong> {m.nameMasked} · {label(`relation.${m.relation}`, m.relation)} · {s('case.ageYears', { age: m.age })}</p>
              <p>{s('case.idNumber')}：{reveal(m.idMasked, `${s('case.member', { n: m.index + 1 })} ${m.nameMasked}`, m.index)}</p>
              <Show when={m.disabilityGrade !== undefined}><p>{s('case.disability')}：{s('case.disabilityGrade', { grade: m.disabilityGrade ?? '' })}</p></Show>
              <Show when={m.canWork !== undefined}><p>{s('case.canWork')}：{m.canWork ? s('case.canWorkYes') : s('case.canWorkNo')}</p></Show>
              <p>{s('case.incomes')}：{m.incomes.length === 0 ? s('case.noIncome') : m.incomes.map((i) => s('case.incomeLine', { kind: label(`income.${i.kind}`, i.kind), amount: i.monthly })).join('；')}</p>
            </li>
          )}
        </For>
      </ul>
      <dl class="summary-list">
        <div><dt>{s('case.assets')}</dt><dd>{[
          c().assets.description ?? '',
          c().assets.savings !== undefined ? s('case.savings', { amount: c().assets.savings ?? 0 }) : '',
          c().assets.vehicles !== undefined ? s('case.vehicles', { count: c().assets.vehicles ?? 0 }) : '',
          c().assets.houses !== undefined ? s('case.houses', { count: c().assets.houses ?? 0 }) : '',
        ].filter(Boolean).join('；')}</dd></div>
        <div><dt>{s('case.reason')}</dt><dd>{c().reason}</dd></div>
        <div><dt>{s('case.nearKin')}</dt><dd>{c().nearKinDeclaration.hasNearKin ? s('case.nearKinYes', { details: c().nearKinDeclaration.details ?? '' }) : s('case.nearKinNo')}</dd></div>
      </dl>
      <h2>{s('case.documents')}</h2>
      <Show when={c().attachments.length > 0} fallback={<p>{s('case.noDocuments')}</p>}>
        <ul class="documents">
          <For each={c().attachments}>
            {(a, i) => <li><a href={a.href}>{s('case.openPhoto', { n: i() + 1, purpose: label(`purpose.${a.purpose}`, a.purpose), date: a.uploadedAt.slice(0, 10) })}</a></li>}
          </For>
        </ul>
      </Show>
      <Show when={c().supplement}>
        {(sup) => <><h2>{s('case.supplement')}</h2><ul><For each={sup().items}>{(item) => <li>{item}</li>}</For></ul></>}
      </Show>
      <Show when={c().check}>
        {(k) => <><h2>{s('case.check')}</h2><p>{s('case.checkLine', { date: k().on, result: k().result })}</p></>}
      </Show>
      <Show when={c().visit}>
        {(v) => <><h2>{s('case.visit')}</h2><p>{s('case.visitLine', { date: v().on, staff: v().staff.join('、') })}</p></>}
      </Show>
      <Show when={c().notice}>
        {(n) => <><h2>{s('case.notice')}</h2><p>{s('case.noticeLine', { from: n().from, to: n().to, place: n().place })}</p><p>{n().line}</p></>}
      </Show>
      <Show when={c().linkedProgrammes}>
        {(suggested) => (
          <section aria-labelledby="linked-title">
            <h2 id="linked-title">{s('linked.heading')}</h2>
            <p class="hint">{s('linked.note')}</p>
            <Show when={suggested().length > 0} fallback={<p>{s('linked.none')}</p>}>
              <ul><For each={suggested()}>{(p) => <li><strong>{s(`option.programme.${p.programme}`)}</strong>（{s(`linked.${p.eligible}`)}）：{p.reason}</li>}</For></ul>
            </Show>
          </section>
        )}
      </Show>
      <Show when={c().linkedCases.length > 0}>
        <h2>{s('linked.cases')}</h2>
        <ul><For each={c().linkedCases}>{(l) => <li>{s(`option.programme.${l.programme}`)} {l.caseNumber}</li>}</For></ul>
      </Show>
      <Show when={c().paidFirst}>
        {(p) => <><h2>{s('case.paidFirst')}</h2><p>{s('case.paidFirstLine', { amount: p().amount, paidOn: p().paidOn, reason: p().reason })}</p><Show when={c().status === 'open'}><p>{s('case.paidFirstPaperwork')}</p></Show></>}
      </Show>
      <Show when={c().approved}>
        {(a) => <><h2>{s('case.approved')}</h2><p>{s(c().programme === 'linshi-jiuzhu' ? 'case.approvedOnce' : 'case.approvedLine', { amount: a().amount, month: a().fromMonth })}{a().reviewOn ? ` ${s('case.reviewOn', { date: a().reviewOn ?? '' })}` : ''}</p></>}
      </Show>
      <Show when={c().refusal}>
        {(r) => <><h2>{s('case.refusal')}</h2><p>{r().reason}</p></>}
      </Show>
      <h2>{s('case.payments')}</h2>
      <Show when={c().payments.length > 0} fallback={<p>{s('case.noPayments')}</p>}>
        <ul><For each={c().payments}>{(p) => <li>{s('case.paymentLine', { month: p.month, amount: p.amount, paidOn: p.paidOn })}</li>}</For></ul>
      </Show>
    </>
  );
}
