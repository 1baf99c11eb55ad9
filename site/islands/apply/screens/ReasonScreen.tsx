import { TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import Heading from './Heading.tsx';

export default function ReasonScreen() {
  const a = useApply();
  return (
    <>
      <Heading>{a.s('reason.question')}</Heading>
      <TextInput id="apply-reason" multiline label={a.s('reason.label')} hint={a.s('reason.hint')} value={a.draft.reason} onInput={(v) => a.set('reason', v)} />
    </>
  );
}
