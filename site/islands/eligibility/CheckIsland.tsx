import { createSignal, For, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { checkEligibility, figuresForCounty, type ProgrammeResult, type ProvinceStandards } from '../../../api/domain/eligibility.ts';
import type { RegionStandards } from '../../../api/domain/localStandards.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import { fill, type Strings } from '../apply/strings.ts';
import Answers from './Answers.tsx';
import MemberFields from './MemberFields.tsx';
import { emptyMember, readCheckForm, type CheckForm } from './household.ts';

interface Props {
  /** Counties and districts residents can pick, in display order. */
  counties: { code: string; name: string }[];
  /** Every region's standards, embedded at build so the check works offline. */
  regions: RegionStandards[];
  /** Provinces' published figures, the fallback where a county has none. */
  provinces: ProvinceStandards[];
  titles: Record<string, string>;
  reasons: Strings;
  strings: Strings;
  policyHref: string;
  applyHref: string;
}

// "我能申请吗?": the same rules as POST /api/eligibility, run in the browser on the county figures of the build.
export default function CheckIsland(props: Props) {
  const [form, setForm] = createStore<CheckForm>({ county: '', hukou: '', members: [emptyMember()], monthlyIncome: '' });
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [answers, setAnswers] = createSignal<ProgrammeResult[]>();
  const s = (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params);
  let resultsHeading: HTMLHeadingElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const read = readCheckForm(form, s);
    if (!read.ok) {
      setAnswers(undefined);
      setErrors(read.errors);
      return;
    }
    setErrors([]);
    setAnswers(checkEligibility(read.input, figuresForCounty(read.input.county, props.regions, props.provinces, new Date())).programmes);
    resultsHeading?.focus();
  };

  const hukouError = () => errorFor(errors(), 'check-hukou-urban');
  return (
    <>
      <form class="check-form" novalidate onSubmit={submit}>
        <ErrorSummary title={s('error.title')} errors={errors()} />
        <Field id="check-county" label={s('form.county')} error={errorFor(errors(), 'check-county')} errorPrefix={s('error.prefix')}>
          <select id="check-county" value={form.county} aria-describedby={describedBy('check-county', false, errorFor(errors(), 'check-county'))}
            onChange={(e) => setForm('county', e.currentTarget.value)}>
            <option value="">{s('form.countyPick')}</option>
            <For each={props.counties}>{(c) => <option value={c.code}>{c.name}</option>}</For>
          </select>
        </Field>
        <fieldset class="field" classList={{ 'field-error': !!hukouError() }} aria-describedby={hukouError() ? 'check-hukou-error' : undefined}>
          <legend>{s('form.hukou')}</legend>
          <Show when={hukouError()}><p id="check-hukou-error" class="error-message">{hukouError()}</p></Show>
          <div class="radios">
            {(['urban', 'rural'] as const).map((h) => (
              <div class="radio">
                <input type="radio" name="hukou" id={`check-hukou-${h}`} value={h} checked={form.hukou === h} onChange={() => setForm('hukou', h)} />
                <label for={`check-hukou-${h}`}>{s(`form.hukou.${h}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <h2>{s('form.members')}</h2>
        <p class="hint">{s('form.membersHint')}</p>
        <For each={form.members}>
          {(member, i) => (
            <MemberFields index={i()} member={member} strings={props.strings} error={errorFor(errors(), `check-age-${i()}`)}
              canRemove={form.members.length > 1}
              onChange={(patch) => setForm('members', i(), patch)}
              onRemove={() => setForm('members', produce((list) => void list.splice(i(), 1)))} />
          )}
        </For>
        <button type="button" class="secondary" onClick={() => {
          setForm('members', form.members.length, emptyMember());
          queueMicrotask(() => document.getElementById(`check-age-${form.members.length - 1}`)?.focus());
        }}>{s('form.addMember')}</button>
        <Field id="check-income" label={s('form.income')} hint={s('form.incomeHint')} error={errorFor(errors(), 'check-income')} errorPrefix={s('error.prefix')}>
          <input id="check-income" type="text" class="input-medium" inputmode="decimal" autocomplete="off" value={form.monthlyIncome}
            aria-invalid={errorFor(errors(), 'check-income') ? 'true' : undefined}
            aria-describedby={describedBy('check-income', true, errorFor(errors(), 'check-income'))}
            onInput={(e) => setForm('monthlyIncome', e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary">{s('form.submit')}</button>
      </form>
      <section aria-labelledby="check-results" class="check-results" hidden={!answers()}>
        <h2 id="check-results" tabindex="-1" ref={resultsHeading}>{s('result.title')}</h2>
        <p class="note">{fill(props.reasons, 'answer.note')}</p>
        <Show when={answers()}>
          {(list) => <Answers answers={list()} titles={props.titles} reasons={props.reasons} strings={props.strings} policyHref={props.policyHref} applyHref={props.applyHref} />}
        </Show>
      </section>
    </>
  );
}
