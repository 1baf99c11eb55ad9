import { Radios } from '../inputs.tsx';
import { useApply } from '../context.ts';

export default function ProgrammeScreen() {
  const a = useApply();
  return (
    <Radios question id="apply-programme" legend={a.s('programme.question')} hint={a.s('programme.hint')}
      options={a.programmes.map((p) => ({ value: p.id, label: p.title }))} value={a.draft.programme} onChange={(v) => a.set('programme', v)} />
  );
}
