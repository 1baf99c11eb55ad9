import { Show } from 'solid-js';
import type { InferResponseType } from 'hono/client';
import { formatCaseNo } from '../../../../api/domain/caseNumber.ts';
import type { ApiClient } from '../client.ts';
import Offices from '../../places/Offices.tsx';
import QrCode from '../QrCode.tsx';
import { officesFor, type CountyChoice } from '../regions.ts';
import type { Message } from '../validate.ts';

export type ClaimAnswer = InferResponseType<ApiClient['api']['cases']['$post'], 201>;

interface Props {
  answer: ClaimAnswer;
  /** The case page's path; the number goes in the fragment, which never reaches a server. */
  caseHref: string;
  /** The case page a phone opens from the QR code. */
  phoneCaseHref: string;
  programmeTitle: string;
  agentName?: string | undefined;
  /** Where the household is registered, as chosen or typed on the form. */
  place: { county: string; township: string; village: string };
  counties: readonly CountyChoice[];
  s: Message;
}

// The claim is recorded: the number and code to follow it, what happens next and by when, whom to ask, a QR code, print.
export default function Confirmation(props: Props) {
  const s = props.s;
  const caseUrl = () => `${location.origin}${props.phoneCaseHref}#n=${props.answer.caseNumber}`;
  const county = () => props.counties.find((c) => c.code === props.place.county);
  const placeText = () => [county()?.name, props.place.township.trim(), props.place.village.trim()].filter(Boolean).join(' ');
  return (
    <>
      <div class="panel-ok">
        <h1 class="screen-heading" tabindex="-1">{s('done.title')}</h1>
        <p>{s('done.caseNumber')}</p>
        <p class="case-number" id="done-case-number">{formatCaseNo(props.answer.caseNumber)}</p>
        <p>{s('done.queryCode')} <strong class="case-number" id="done-query-code">{props.answer.queryCode}</strong></p>
      </div>
      <p>{s('done.keep')}</p>
      <dl class="summary-list">
        <div><dt>{s('check.programme')}</dt><dd>{props.programmeTitle}</dd></div>
        <div><dt>{s('done.submittedBy')}</dt><dd>{props.agentName ? s('done.byAgent', { agent: props.agentName }) : s('done.bySelf')}</dd></div>
        <div><dt>{s('done.next')}</dt>
          <dd>{s(props.answer.nextStep.covered ? 'done.nextBy' : 'done.nextByEstimate', { step: props.answer.nextStep.title, date: props.answer.nextStep.dueDate })}</dd></div>
      </dl>
      <Offices place={placeText()} unlisted={!county()?.townships.some((t) => t.name === props.place.township.trim())}
        offices={officesFor(props.counties, props.place.county, props.place.township)} s={s} />
      <h2>{s('done.follow')}</h2>
      <p>{s('done.followHow')}</p>
      <QrCode text={caseUrl()} label={s('done.qr')} />
      <p><a href={`${props.caseHref}#n=${props.answer.caseNumber}`}>{s('done.caseLink')}</a></p>
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => print()}>{s('done.print')}</button>
      </div>
      <Show when={props.agentName}><p class="muted">{s('done.agentNote')}</p></Show>
    </>
  );
}
