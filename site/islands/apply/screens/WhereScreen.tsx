import { Show } from 'solid-js';
import { Select, TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import Heading from './Heading.tsx';

// Where the household is registered: county, then the township and village the region files name (typed when unlisted).
export default function WhereScreen() {
  const a = useApply();
  const county = () => a.counties.find((c) => c.code === a.draft.county);
  const township = () => county()?.townships.find((t) => t.name === a.draft.township);
  const choose = () => ({ value: '', label: a.s('form.choose') });
  return (
    <>
      <Heading>{a.s('where.question')}</Heading>
      <Select id="apply-county" label={a.s('where.county')} options={[choose(), ...a.counties.map((c) => ({ value: c.code, label: c.name }))]}
        value={a.draft.county} onChange={(v) => a.set({ county: v, township: '', village: '' })} />
      <Show when={county()?.townships.length} fallback={
        <TextInput id="apply-township" label={a.s('where.township')} value={a.draft.township} onInput={(v) => a.set('township', v)} />
      }>
        <Select id="apply-township" label={a.s('where.township')} options={[choose(), ...(county()?.townships ?? []).map((t) => ({ value: t.name, label: t.name }))]}
          value={a.draft.township} onChange={(v) => a.set({ township: v, village: '' })} />
      </Show>
      <Show when={township()?.villages.length} fallback={
        <TextInput id="apply-village" label={a.s('where.village')} hint={a.s('where.villageHint')} value={a.draft.village} onInput={(v) => a.set('village', v)} />
      }>
        <Select id="apply-village" label={a.s('where.village')} hint={a.s('where.villageHint')}
          options={[{ value: '', label: a.s('form.none') }, ...(township()?.villages ?? []).map((v) => ({ value: v, label: v }))]}
          value={a.draft.village} onChange={(v) => a.set('village', v)} />
      </Show>
    </>
  );
}
