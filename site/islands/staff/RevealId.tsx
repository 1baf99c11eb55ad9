import { createSignal, Show } from 'solid-js';
import { failureOf, type ApiClient } from '../apply/client.ts';
import type { Message } from '../apply/validate.ts';
import { csrfHeaders, type StaffSession } from './session.ts';

interface Props {
  client: ApiClient;
  session: StaffSession | undefined;
  caseNumber: string;
  /** Household member index; absent: the applicant. */
  member?: number | undefined;
  masked: string;
  /** Whose number, for the button's accessible name. */
  who: string;
  s: Message;
}

// An ID number first 6 + last 4; the whole number only after pressing the button, which the server logs as an audit event.
export default function RevealId(props: Props) {
  const [whole, setWhole] = createSignal<string>();
  const [problem, setProblem] = createSignal('');
  const reveal = async () => {
    setProblem('');
    try {
      const response = await props.client.api.staff.cases[':caseNumber']['reveal-id'].$post(
        { param: { caseNumber: props.caseNumber }, json: props.member === undefined ? {} : { member: props.member } },
        { headers: csrfHeaders(props.session) },
      );
      if (response.status === 200) return void setWhole((await response.json()).idNumber);
      setProblem(props.s('case.revealFailed', { reason: (await failureOf(response, props.s('submit.network'))).message }));
    } catch {
      setProblem(props.s('case.revealFailed', { reason: props.s('submit.network') }));
    }
  };
  return (
    <span class="reveal-id">
      <span class="id-number">{whole() ?? props.masked}</span>
      <Show when={!whole()}>
        {' '}<button type="button" class="secondary small" onClick={() => void reveal()}>{props.s('case.reveal')}<span class="visually-hidden">：{props.who}</span></button>
      </Show>
      <span role="status" class="reveal-problem">{problem()}</span>
    </span>
  );
}
