import { TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import Heading from './Heading.tsx';

export default function AssetsScreen() {
  const a = useApply();
  const field = (key: 'savings' | 'houses' | 'vehicles', inputmode: 'decimal' | 'numeric') => (
    <TextInput id={`apply-${key}`} class="input-medium" inputmode={inputmode} label={a.s(`assets.${key}`)} hint={a.s(`assets.${key}Hint`)}
      value={a.draft.assets[key]} onInput={(v) => a.set('assets', key, v)} />
  );
  return (
    <>
      <Heading>{a.s('assets.question')}</Heading>
      <p class="hint">{a.s('assets.hint')}</p>
      {field('savings', 'decimal')}
      {field('houses', 'numeric')}
      {field('vehicles', 'numeric')}
      <TextInput id="apply-assets-description" multiline label={a.s('assets.description')} hint={a.s('assets.descriptionHint')}
        value={a.draft.assets.description} onInput={(v) => a.set('assets', 'description', v)} />
    </>
  );
}
