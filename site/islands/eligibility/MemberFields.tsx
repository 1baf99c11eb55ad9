import { Show } from 'solid-js';
import Field, { describedBy } from '../apply/Field.tsx';
import { fill, type Strings } from '../apply/strings.ts';
import { DISABILITY_TYPES } from '../../../api/domain/eligibility.ts';
import { readNumber, RETIRED_FROM, RETIREE_QUESTION_AGE, type MemberForm, type RetiredFrom, type YesNoUnsure } from './household.ts';

interface Props {
  index: number;
  member: MemberForm;
  error?: string | undefined;
  strings: Strings;
  canRemove: boolean;
  onChange: (patch: Partial<MemberForm>) => void;
  onRemove: () => void;
}

// One household member of the self-check: age, 残疾证 grade, work, support, and for children the parents' situation.
export default function MemberFields(props: Props) {
  const s = (key: string) => fill(props.strings, key, { n: props.index + 1 });
  const id = (name: string) => `check-${name}-${props.index}`;
  const isChild = () => readNumber(props.member.age) < 18;
  const isElder = () => readNumber(props.member.age) >= RETIREE_QUESTION_AGE;
  const yesNo = (name: string, label: string, value: YesNoUnsure, set: (v: YesNoUnsure) => void) => (
    <div class="field">
      <label for={id(name)}>{label}</label>
      <select id={id(name)} value={value} onChange={(e) => set(e.currentTarget.value as YesNoUnsure)}>
        <option value="">{s('member.unsure')}</option>
        <option value="yes">{s('member.yes')}</option>
        <option value="no">{s('member.no')}</option>
      </select>
    </div>
  );
  return (
    <fieldset class="member">
      <legend>{s('member.legend')}</legend>
      <Field id={id('age')} label={s('member.age')} error={props.error} errorPrefix={s('error.prefix')}>
        <input id={id('age')} type="text" class="input-short" inputmode="numeric" autocomplete="off" value={props.member.age}
          aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy(id('age'), false, props.error)}
          onInput={(e) => props.onChange({ age: e.currentTarget.value })} />
      </Field>
      <div class="field">
        <label for={id('grade')}>{s('member.grade')}</label>
        <select id={id('grade')} value={props.member.grade} onChange={(e) => props.onChange({ grade: e.currentTarget.value })}>
          <option value="">{s('member.gradeNone')}</option>
          {[1, 2, 3, 4].map((g) => <option value={String(g)}>{fill(props.strings, 'member.gradeN', { grade: g })}</option>)}
        </select>
      </div>
      <Show when={props.member.grade}>
        <div class="field">
          <label for={id('type')}>{s('member.disabilityType')}</label>
          <select id={id('type')} value={props.member.disabilityType} onChange={(e) => props.onChange({ disabilityType: e.currentTarget.value })}>
            <option value="">{s('member.unsure')}</option>
            {DISABILITY_TYPES.map((t) => <option value={t}>{s(`member.disabilityType.${t}`)}</option>)}
          </select>
        </div>
      </Show>
      {yesNo('work', s('member.canWork'), props.member.canWork, (canWork) => props.onChange({ canWork }))}
      {yesNo('supporter', s('member.hasSupporter'), props.member.hasSupporter, (hasSupporter) => props.onChange({ hasSupporter }))}
      <Show when={isElder()}>
        <div class="field">
          <label for={id('retired')}>{s('member.retiredFrom')}</label>
          <select id={id('retired')} value={props.member.retiredFrom} onChange={(e) => props.onChange({ retiredFrom: e.currentTarget.value as RetiredFrom })}>
            {RETIRED_FROM.map((r) => <option value={r}>{s(`member.retiredFrom.${r || 'unsure'}`)}</option>)}
          </select>
        </div>
      </Show>
      <Show when={isChild()}>
        <div class="checkbox">
          <input type="checkbox" id={id('orphan')} checked={props.member.isOrphan} onChange={(e) => props.onChange({ isOrphan: e.currentTarget.checked })} />
          <label for={id('orphan')}>{s('member.isOrphan')}</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id={id('parents')} checked={props.member.parentsUnable} onChange={(e) => props.onChange({ parentsUnable: e.currentTarget.checked })} />
          <label for={id('parents')}>{s('member.parentsUnable')}</label>
        </div>
      </Show>
      <Show when={props.canRemove}>
        <button type="button" class="secondary" onClick={() => props.onRemove()}>{s('member.remove')}</button>
      </Show>
    </fieldset>
  );
}
