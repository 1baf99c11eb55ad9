import { createSignal, For, Show } from 'solid-js';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import type { InferResponseType } from 'hono/client';
import type { ApiClient } from './client.ts';
import type { Message } from './validate.ts';

type AgentCaseList = InferResponseType<ApiClient['api']['agent']['cases']['$get'], 200>;
type AgentCase = AgentCaseList['cases'][number];

interface Props {
  client: ApiClient;
  s: Message;
  programmes: { id: string; title: string }[];
  /** The case page's path; the number goes in the fragment, as on the receipt. */
  caseHref: string;
  onSignedOut: () => void;
}

// 代办: the cases this agent submitted, newest first, read each time the list is opened (it changes as cases move).
export default function AgentCases(props: Props) {
  const s = props.s;
  const [list, setList] = createSignal<AgentCaseList>();
  const [state, setState] = createSignal<'idle' | 'loading' | 'failed'>('idle');

  const load = async () => {
    setState('loading');
    try {
      const response = await props.client.api.agent.cases.$get({ query: {} });
      if (response.status === 401) return props.onSignedOut();
      if (response.status !== 200) return void setState('failed');
      setList(await response.json());
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  const title = (id: string) => props.programmes.find((p) => p.id === id)?.title ?? id;
  const where = (c: AgentCase) => {
    if (c.status === 'supplement') return s('agent.caseSupplement');
    if (c.status === 'refused') return s('agent.caseRefused');
    return s(c.step.state === 'current' ? 'agent.caseCurrent' : 'agent.caseDone', { step: c.step.title });
  };
  return (
    <details class="agent-cases" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>{s('agent.cases')}</summary>
      <p role="status">{state() === 'loading' ? s('agent.casesLoading') : state() === 'failed' ? s('agent.casesFailed') : ''}</p>
      <Show when={list()}>
        {(l) => (
          <Show when={l().cases.length > 0} fallback={<p>{s('agent.casesNone')}</p>}>
            <Show when={l().total > l().cases.length}><p class="hint">{s('agent.casesMore', { count: l().cases.length, total: l().total })}</p></Show>
            <ul class="case-list">
              <For each={l().cases}>
                {(c) => (
                  <li>
                    <p class="case-list-number">{s('agent.caseNumber')} <strong>{formatCaseNo(c.caseNumber)}</strong></p>
                    <p>{title(c.programme)} · {s('agent.caseApplicant', { name: c.applicantName })} · {s('agent.caseSubmittedOn', { date: c.submittedOn })}</p>
                    <p>{where(c)}</p>
                    <p><a href={`${props.caseHref}#n=${c.caseNumber}`}>{s('agent.caseFollow')}<span class="visually-hidden"> {formatCaseNo(c.caseNumber)}</span></a></p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </details>
  );
}
