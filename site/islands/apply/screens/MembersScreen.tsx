import { For, Show } from 'solid-js';
import { produce } from 'solid-js/store';
import { Select } from '../inputs.tsx';
import { useApply } from '../context.ts';
import { emptyIncome, emptyPerson } from '../draft.ts';
import Heading from './Heading.tsx';
import PersonFields from './PersonFields.tsx';

const RELATIONS = ['spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const;

// Everyone else living in the household: add as many as needed, remove any; incomes and consents stay aligned.
export default function MembersScreen() {
  const a = useApply();
  const add = () => {
    a.set(produce((d) => {
      d.members.push(emptyPerson());
      d.incomes.push(emptyIncome());
      d.consents.push(false);
    }));
    queueMicrotask(() => document.getElementById(`apply-member-${a.draft.members.length - 1}-name`)?.focus());
  };
  const remove = (i: number) => {
    a.set(produce((d) => {
      d.members.splice(i, 1);
      d.incomes.splice(i + 1, 1);
      d.consents.splice(i + 1, 1);
    }));
    queueMicrotask(() => document.getElementById('apply-add-member')?.focus());
  };
  return (
    <>
      <Heading>{a.s('members.question')}</Heading>
      <p class="hint">{a.s('members.hint')}</p>
      <Show when={a.draft.members.length === 0}><p>{a.s('members.none')}</p></Show>
      <For each={a.draft.members}>
        {(m, i) => (
          <fieldset class="member">
            <legend>{a.s('who.member', { n: i() + 2 })}</legend>
            <Select id={`apply-member-${i()}-relation`} label={a.s('members.relation')} value={m.relation} onChange={(relation) => a.set('members', i(), 'relation', relation)}
              options={[{ value: '', label: a.s('form.choose') }, ...RELATIONS.map((r) => ({ value: r, label: a.s(`relation.${r}`) }))]} />
            <PersonFields id={`apply-member-${i()}`} name={m.name} idNumber={m.idNumber} grade={m.grade} canWork={m.canWork}
              onChange={(patch) => a.set('members', i(), patch)} />
            <button type="button" class="secondary" onClick={() => remove(i())}>{a.s('members.remove', { n: i() + 2 })}</button>
          </fieldset>
        )}
      </For>
      <p><button type="button" id="apply-add-member" class="secondary" onClick={add}>{a.s('members.add')}</button></p>
    </>
  );
}
