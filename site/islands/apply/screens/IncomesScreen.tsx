import { For } from 'solid-js';
import { Select, TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import { peopleOf } from '../people.ts';
import Heading from './Heading.tsx';

const KINDS = ['wages', 'farming', 'business', 'pension', 'support', 'transfer', 'other'] as const;

// Each person's income per month, with what kind it mostly is; blank means none.
export default function IncomesScreen() {
  const a = useApply();
  return (
    <>
      <Heading>{a.s('incomes.question')}</Heading>
      <p class="hint">{a.s('incomes.hint')}</p>
      <For each={peopleOf(a.draft)}>
        {(p) => (
          <fieldset class="member">
            <legend>{p.name || a.s('who.member', { n: p.index + 1 })}</legend>
            <TextInput id={`apply-income-${p.index}`} class="input-medium" inputmode="decimal" label={a.s('incomes.amount')}
              value={a.draft.incomes[p.index]?.monthly ?? ''} onInput={(v) => a.set('incomes', p.index, 'monthly', v)} />
            <Select id={`apply-income-${p.index}-kind`} label={a.s('incomes.kind')} value={a.draft.incomes[p.index]?.kind ?? 'wages'}
              onChange={(v) => a.set('incomes', p.index, 'kind', v)} options={KINDS.map((k) => ({ value: k, label: a.s(`income.${k}`) }))} />
          </fieldset>
        )}
      </For>
    </>
  );
}
