import { createSignal, Show } from 'solid-js';
import { Select, TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import { OTHER } from '../regions.ts';
import Heading from './Heading.tsx';

// Where the household is registered: county, then township and village from the lists, or 其他 with the name typed,
// since the lists may be incomplete. The draft holds only the name; a name not in the list means 其他 was chosen.
export default function WhereScreen() {
  const a = useApply();
  const county = () => a.counties.find((c) => c.code === a.draft.county);
  const township = () => county()?.townships.find((t) => t.name === a.draft.township);
  const [townshipOther, setTownshipOther] = createSignal(a.draft.township !== '' && !township());
  const [villageOther, setVillageOther] = createSignal(a.draft.village !== '' && !township()?.villages.includes(a.draft.village));
  const choose = () => ({ value: '', label: a.s('form.choose') });
  const other = () => ({ value: OTHER, label: a.s('where.other') });
  const pickCounty = (code: string) => {
    setTownshipOther(false);
    setVillageOther(false);
    a.set({ county: code, township: '', village: '' });
  };
  const pickTownship = (value: string) => {
    setTownshipOther(value === OTHER);
    setVillageOther(false);
    a.set({ township: value === OTHER ? '' : value, village: '' });
  };
  const pickVillage = (value: string) => {
    setVillageOther(value === OTHER);
    a.set('village', value === OTHER ? '' : value);
  };
  // The typed name carries the field's id, so an error about an empty name points at the box to type in.
  const townshipTyped = () => townshipOther() || !county()?.townships.length;
  const villageTyped = () => villageOther() || !township()?.villages.length;
  return (
    <>
      <Heading>{a.s('where.question')}</Heading>
      <Select id="apply-county" label={a.s('where.county')} options={[choose(), ...a.counties.map((c) => ({ value: c.code, label: c.name }))]}
        value={a.draft.county} onChange={pickCounty} />
      <Show when={county()?.townships.length}>
        <Select id={townshipOther() ? 'apply-township-choice' : 'apply-township'} label={a.s('where.township')}
          options={[choose(), ...(county()?.townships ?? []).map((t) => ({ value: t.name, label: t.name })), other()]}
          value={townshipOther() ? OTHER : a.draft.township} onChange={pickTownship} />
      </Show>
      <Show when={townshipTyped()}>
        <TextInput id="apply-township" label={a.s(townshipOther() ? 'where.townshipOther' : 'where.township')} hint={townshipOther() ? a.s('where.townshipOtherHint') : undefined}
          value={a.draft.township} onInput={(v) => a.set('township', v)} />
      </Show>
      <Show when={township()?.villages.length}>
        <Select id={villageOther() ? 'apply-village-choice' : 'apply-village'} label={a.s('where.village')} hint={a.s('where.villageHint')}
          options={[{ value: '', label: a.s('form.none') }, ...(township()?.villages ?? []).map((v) => ({ value: v, label: v })), other()]}
          value={villageOther() ? OTHER : a.draft.village} onChange={pickVillage} />
      </Show>
      <Show when={villageTyped()}>
        <TextInput id="apply-village" label={a.s(villageOther() ? 'where.villageOther' : 'where.village')} hint={a.s('where.villageHint')}
          value={a.draft.village} onInput={(v) => a.set('village', v)} />
      </Show>
    </>
  );
}
