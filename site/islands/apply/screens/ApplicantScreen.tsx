import { TextInput } from '../inputs.tsx';
import { useApply } from '../context.ts';
import Heading from './Heading.tsx';
import PersonFields from './PersonFields.tsx';

export default function ApplicantScreen() {
  const a = useApply();
  return (
    <>
      <Heading>{a.s('applicant.question')}</Heading>
      <PersonFields id="apply-applicant" name={a.draft.applicant.name} idNumber={a.draft.applicant.idNumber}
        grade={a.draft.self.grade} canWork={a.draft.self.canWork}
        onChange={({ grade, canWork, ...person }) => {
          a.set('applicant', person);
          if (grade !== undefined) a.set('self', 'grade', grade);
          if (canWork !== undefined) a.set('self', 'canWork', canWork);
        }} />
      <TextInput id="apply-applicant-phone" class="input-medium" type="tel" inputmode="tel" autocomplete="tel" label={a.s('applicant.phone')}
        hint={`${a.s('applicant.phoneWhose')}${a.s('applicant.phoneHint')}`} value={a.draft.applicant.phone} onInput={(phone) => a.set('applicant', 'phone', phone)} />
    </>
  );
}
