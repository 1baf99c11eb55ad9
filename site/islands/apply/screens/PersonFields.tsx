import { Select, TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import type { YesNo } from '../draft.ts';
import { normalizeName } from '../../../../api/domain/personName.ts';

interface Props {
  /** Id prefix: apply-applicant, apply-member-0 … */
  id: string;
  name: string;
  idNumber: string;
  grade: string;
  canWork: YesNo;
  onChange: (patch: { name?: string; idNumber?: string; grade?: string; canWork?: YesNo }) => void;
}

// Name and ID number exactly as on the card (the name's dots folded to “·” as the server does), then the facts the rules need: 残疾证 grade and work.
export default function PersonFields(props: Props) {
  const a = useApply();
  return (
    <>
      <TextInput id={`${props.id}-name`} label={a.s('person.name')} hint={a.s('person.nameHint')} autocomplete={props.id === 'apply-applicant' ? 'name' : 'off'}
        value={props.name} onInput={(name) => props.onChange({ name })} fold={normalizeName} />
      <TextInput id={`${props.id}-id`} class="input-id" label={a.s('person.id')} hint={a.s('person.idHint')}
        value={props.idNumber} onInput={(idNumber) => props.onChange({ idNumber })} />
      <Select id={`${props.id}-grade`} label={a.s('person.grade')} value={props.grade} onChange={(grade) => props.onChange({ grade })}
        options={[{ value: '', label: a.s('person.gradeNone') }, ...[1, 2, 3, 4].map((g) => ({ value: String(g), label: a.s('person.gradeN', { grade: g }) }))]} />
      <Select id={`${props.id}-work`} label={a.s('person.canWork')} value={props.canWork} onChange={(v) => props.onChange({ canWork: v as YesNo })}
        options={[{ value: '', label: a.s('form.unsure') }, { value: 'yes', label: a.s('form.yes') }, { value: 'no', label: a.s('form.no') }]} />
    </>
  );
}
