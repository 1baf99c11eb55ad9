import { Show } from 'solid-js';
import { Radios, TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import type { YesNo } from '../draft.ts';

// 近亲属备案: cases touching relatives of case staff or village cadres are registered and checked twice.
export default function NearKinScreen() {
  const a = useApply();
  return (
    <Radios question id="apply-near-kin" legend={a.s('nearKin.question')} hint={a.s('nearKin.hint')}
      options={[{ value: 'no', label: a.s('nearKin.no') }, { value: 'yes', label: a.s('nearKin.yes') }]}
      value={a.draft.nearKin} onChange={(v) => a.set('nearKin', v as YesNo)}>
      <Show when={a.draft.nearKin === 'yes'}>
        <div class="conditional">
          <TextInput id="apply-near-kin-details" multiline label={a.s('nearKin.details')} hint={a.s('nearKin.detailsHint')}
            value={a.draft.nearKinDetails} onInput={(v) => a.set('nearKinDetails', v)} />
        </div>
      </Show>
    </Radios>
  );
}
