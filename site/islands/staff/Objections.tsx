import { createSignal, For, Show } from 'solid-js';
import { formatTrackingNumber } from '../../../api/domain/trackingNumber.ts';
import { failureOf, type ApiClient } from '../apply/client.ts';
import type { Message } from '../apply/validate.ts';
import type { StaffCase } from './caseTypes.ts';
import { csrfHeaders, type StaffSession } from './session.ts';

interface Props {
  objections: StaffCase['objections'];
  client: ApiClient;
  session: StaffSession | undefined;
  s: Message;
}

// 公示异议 on the case: what was written, where each stands, and the objector's contact only by a recorded reveal.
export default function Objections(props: Props) {
  const s = props.s;
  return (
    <Show when={props.objections.length > 0}>
      <section aria-labelledby="objections-title" class="objections">
        <h2 id="objections-title">{s('objections.title')}</h2>
        <For each={props.objections}>
          {(o) => (
            <div class="objection">
              <h3>{s('objections.number', { n: formatTrackingNumber(o.trackingNumber) })}</h3>
              <dl class="summary-list">
                <div><dt>{s('objections.raisedOn')}</dt><dd>{o.raisedOn}</dd></div>
                <div><dt>{s('objections.text')}</dt><dd class="objection-text">{o.text}</dd></div>
                <div><dt>{s('objections.status')}</dt><dd>{s(`objections.status.${o.status}`)}</dd></div>
                <Show when={o.finding}><div><dt>{s('objections.finding')}</dt><dd>{o.finding}</dd></div></Show>
                <Show when={o.resolvedOn}><div><dt>{s('objections.resolvedOn')}</dt><dd>{o.resolvedOn}</dd></div></Show>
              </dl>
              <Show when={o.hasContact} fallback={<p>{s('objections.noContact')}</p>}>
                <RevealContact trackingNumber={o.trackingNumber} {...props} />
              </Show>
            </div>
          )}
        </For>
        <Show when={props.objections.some((o) => o.status === 'open')}><p>{s('objections.next')}</p></Show>
        <Show when={props.objections.some((o) => o.status === 'upheld')}><p>{s('objections.upheldNext')}</p></Show>
      </section>
    </Show>
  );
}

function RevealContact(props: Props & { trackingNumber: string }) {
  const [contact, setContact] = createSignal<string>();
  const [problem, setProblem] = createSignal('');
  const reveal = async () => {
    setProblem('');
    try {
      const response = await props.client.api.staff.objections[':trackingNumber']['reveal-contact'].$post({ param: { trackingNumber: props.trackingNumber } }, { headers: csrfHeaders(props.session) });
      if (response.status === 200) return void setContact((await response.json()).contact);
      setProblem(props.s('case.revealFailed', { reason: (await failureOf(response, props.s('submit.network'))).message }));
    } catch {
      setProblem(props.s('case.revealFailed', { reason: props.s('submit.network') }));
    }
  };
  return (
    <p class="reveal-contact">
      <Show when={contact()} fallback={<button type="button" class="secondary small" onClick={() => void reveal()}>{props.s('objections.revealContact')}</button>}>
        {props.s('objections.contact')}<span class="objection-contact">{contact()}</span>
      </Show>
      <span role="status" class="reveal-problem">{problem()}</span>
    </p>
  );
}
