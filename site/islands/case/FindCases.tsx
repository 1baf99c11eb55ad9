import { createSignal, For, Show } from 'solid-js';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import { checkIdNumber, normalizeIdNumber } from '../../../api/domain/idNumber.ts';
import { checkName, normalizeName } from '../../../api/domain/personName.ts';
import { checkPhoneLastFour } from '../../../api/domain/phone.ts';
import { failureOf, type ApiClient } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import { today } from '../apply/people.ts';
import type { Message } from '../apply/validate.ts';
import type { FoundCase } from './types.ts';

interface Props {
  client: ApiClient;
  titles: Record<string, string>;
  s: Message;
  /** Follows one case through the lookup, with the last 6 of the ID number typed here as its factor. */
  onFollow: (caseNumber: string, factor: string) => void;
}

// The API's field names → this form's inputs, so its 422 points at the right one.
const FIELD_IDS: Record<string, string> = { idNumber: 'find-id', name: 'find-name', phoneLast4: 'find-phone' };

// 忘了受理编号: the applicant's whole ID number, name and the phone's last 4 digits list their cases.
export default function FindCases(props: Props) {
  const s = props.s;
  const [idNumber, setIdNumber] = createSignal('');
  const [name, setName] = createSignal('');
  const [phoneLast4, setPhoneLast4] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [found, setFound] = createSignal<{ cases: FoundCase[]; factor: string }>();

  const find = async (event: SubmitEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    const id = checkIdNumber(idNumber(), today());
    if (!id.ok) problems.push({ field: 'find-id', message: s(`field.${id.code}`) });
    const checkedName = checkName(name());
    if (!checkedName.ok) problems.push({ field: 'find-name', message: s(`field.${checkedName.code}`) });
    const digits = checkPhoneLastFour(phoneLast4());
    if (!digits.ok) problems.push({ field: 'find-phone', message: s(`field.${digits.code}`) });
    setErrors(problems);
    if (!id.ok || !checkedName.ok || !digits.ok || busy()) return;
    setBusy(true);
    setFound(undefined);
    try {
      const response = await props.client.api.cases.find.$post({ json: { idNumber: id.value, name: checkedName.value, phoneLast4: digits.value } });
      if (response.status === 200) {
        const { cases } = await response.json();
        setFound({ cases, factor: id.value.slice(-6) });
        // Found: nothing typed stays on the screen for the next person at a kiosk.
        if (cases.length > 0) [setIdNumber, setName, setPhoneLast4].forEach((clear) => clear(''));
        queueMicrotask(() => document.getElementById('find-result')?.focus());
      } else {
        const failure = await failureOf(response, s('error.network'));
        setErrors([{ field: FIELD_IDS[failure.field ?? ''] ?? 'find-id', message: failure.message }]);
      }
    } catch {
      setErrors([{ field: 'find-id', message: s('error.network') }]);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => errorFor(errors(), field);
  const input = (field: string, value: () => string, onValue: (v: string) => void, attrs: { class: string; inputmode?: 'numeric'; maxlength: string; fold?: (v: string) => string }) => (
    <input id={field} type="text" class={attrs.class} inputmode={attrs.inputmode} autocomplete="off" spellcheck={false} maxlength={attrs.maxlength} value={value()}
      aria-invalid={fieldError(field) ? 'true' : undefined} aria-describedby={describedBy(field, true, fieldError(field))}
      onInput={(e) => onValue(e.currentTarget.value)} onChange={(e) => attrs.fold && onValue(attrs.fold(e.currentTarget.value))} />
  );
  const stepText = (c: FoundCase) => {
    if (c.status === 'supplement') return s('find.status.supplement');
    if (c.status === 'refused') return s('find.status.refused');
    return s(c.step.state === 'current' ? 'find.stepCurrent' : 'find.stepDone', { step: c.step.title });
  };
  return (
    <section class="find-cases" aria-labelledby="find-title">
      <h2 id="find-title" tabindex="-1">{s('find.title')}</h2>
      <p>{s('find.lead')}</p>
      <form novalidate onSubmit={(e) => void find(e)}>
        <ErrorSummary id="find-errors" title={s('error.title')} errors={errors()} />
        <Field id="find-id" label={s('find.idNumber')} hint={s('find.idNumberHint')} error={fieldError('find-id')} errorPrefix={s('error.prefix')}>
          {input('find-id', idNumber, setIdNumber, { class: 'input-id', maxlength: '40', fold: normalizeIdNumber })}
        </Field>
        <Field id="find-name" label={s('find.name')} hint={s('find.nameHint')} error={fieldError('find-name')} errorPrefix={s('error.prefix')}>
          {input('find-name', name, setName, { class: 'input-medium', maxlength: '100', fold: normalizeName })}
        </Field>
        <Field id="find-phone" label={s('find.phoneLast4')} hint={s('find.phoneLast4Hint')} error={fieldError('find-phone')} errorPrefix={s('error.prefix')}>
          {input('find-phone', phoneLast4, setPhoneLast4, { class: 'input-short', inputmode: 'numeric', maxlength: '8' })}
        </Field>
        <button type="submit" class="primary" aria-disabled={busy() ? 'true' : undefined}>{s(busy() ? 'find.looking' : 'find.submit')}</button>
      </form>
      <Show when={found()}>
        {(result) => (
          <div id="find-result" tabindex="-1">
            <Show when={result().cases.length > 0} fallback={<p class="note">{s('find.none')}</p>}>
              <p>{s('find.found', { count: result().cases.length })}</p>
              <ul class="case-list">
                <For each={result().cases}>
                  {(c) => (
                    <li>
                      <p class="case-list-number">{s('find.caseNumber')} <strong>{formatCaseNo(c.caseNumber)}</strong></p>
                      <p>{props.titles[c.programme] ?? c.programme} · {c.applicantName} · {s('find.submittedOn', { date: c.submittedOn })}</p>
                      <p>{stepText(c)}</p>
                      <button type="button" class="secondary" onClick={() => props.onFollow(c.caseNumber, result().factor)}>
                        {s('find.follow')}<span class="visually-hidden"> {formatCaseNo(c.caseNumber)}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
