import { Radios } from '../inputs.tsx';
import { useApply } from '../context.ts';

export default function HukouScreen() {
  const a = useApply();
  return (
    <Radios question id="apply-hukou" legend={a.s('hukou.question')} hint={a.s('hukou.hint')}
      options={[{ value: 'urban', label: a.s('hukou.urban') }, { value: 'rural', label: a.s('hukou.rural') }]}
      value={a.draft.hukou} onChange={(v) => a.set('hukou', v as 'urban' | 'rural')} />
  );
}
