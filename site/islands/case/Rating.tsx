import { createSignal, Show } from 'solid-js';
import { parseQueryCode } from '../../../api/domain/queryCode.ts';
import { RATING_LEVELS } from '../../../api/domain/ratings/levels.ts';
import { failureOf, type ApiClient } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import type { Message } from '../apply/validate.ts';
import Choices from '../report/Choices.tsx';
import type { CaseView } from './types.ts';

type CaseRating = NonNullable<CaseView['rating']>;

interface Props {
  rating: CaseRating;
  caseNumber: string;
  /** The query code the case was looked up with, when it was one (not the ID number's last 6). */
  queryCode?: string | undefined;
  client: ApiClient;
  s: Message;
  onRated: (rating: CaseRating) => void;
}

// 好差评 of an ended case: five levels and a comment, sent with the case's query code; once rated, the rating and, for a
// 差评, the county's follow-up with its answer when given.
export default function Rating(props: Props) {
  const s = props.s;
  const [level, setLevel] = createSignal('');
  const [comment, setComment] = createSignal('');
  const [code, setCode] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [thanked, setThanked] = createSignal(false);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const queryCode = props.queryCode ?? parseQueryCode(code()) ?? '';
    const found: FieldError[] = [];
    if (!level()) found.push({ field: 'rating-level-0', message: s('rating.levelRequired') });
    if (!queryCode) found.push({ field: 'rating-code', message: s('rating.queryCodeRequired') });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const response = await props.client.api.ratings.$post({ json: { caseNumber: props.caseNumber, queryCode, level: Number(level()), ...(comment().trim() ? { comment: comment().trim() } : {}) } });
      if (response.status === 201) {
        const rated = await response.json();
        setThanked(true);
        props.onRated({ rated: true, level: rated.level, ratedOn: rated.ratedOn, ...(rated.followUp ? { followUp: rated.followUp } : {}) });
        queueMicrotask(() => document.getElementById('rating-title')?.focus());
      } else {
        const failure = await failureOf(response, s('error.network'));
        const field = failure.field === 'comment' ? 'rating-comment' : failure.field === 'level' ? 'rating-level-0' : props.queryCode ? 'rating-level-0' : 'rating-code';
        setErrors([{ field, message: failure.message }]);
      }
    } catch {
      setErrors([{ field: 'rating-level-0', message: s('error.network') }]);
    } finally {
      setBusy(false);
    }
  };

  const levelName = (n: number) => s(`rating.level.${n}`);
  return (
    <section aria-labelledby="rating-title" class="rating">
      <h2 id="rating-title" tabindex="-1">{s('rating.title')}</h2>
      <Show when={props.rating.rated === true && props.rating} fallback={
        <form novalidate onSubmit={send}>
          <p>{s('rating.lead')}</p>
          <ErrorSummary id="rating-errors" title={s('error.title')} errors={errors()} />
          <Choices id="rating-level" name="level" legend={s('rating.level')} hint={s('rating.levels')} value={level()} onChange={setLevel}
            options={RATING_LEVELS.map((n) => ({ value: String(n), label: levelName(n) }))} error={errorFor(errors(), 'rating-level-0')} errorPrefix={s('error.prefix')} />
          <Field id="rating-comment" label={s('rating.comment')} hint={s('rating.commentHint')} error={errorFor(errors(), 'rating-comment')} errorPrefix={s('error.prefix')}>
            <textarea id="rating-comment" rows="4" value={comment()} aria-describedby={describedBy('rating-comment', true, errorFor(errors(), 'rating-comment'))} onInput={(e) => setComment(e.currentTarget.value)} />
          </Field>
          <Show when={!props.queryCode}>
            <Field id="rating-code" label={s('rating.queryCode')} hint={s('rating.queryCodeHint')} error={errorFor(errors(), 'rating-code')} errorPrefix={s('error.prefix')}>
              <input id="rating-code" type="text" class="input-id" inputmode="numeric" autocomplete="off" maxlength="20" value={code()}
                aria-describedby={describedBy('rating-code', true, errorFor(errors(), 'rating-code'))} onInput={(e) => setCode(e.currentTarget.value)} />
            </Field>
          </Show>
          <button type="submit" class="primary" aria-disabled={busy() ? 'true' : undefined}>{s(busy() ? 'rating.sending' : 'rating.submit')}</button>
        </form>
      }>
        {(rated) => (
          <>
            <Show when={thanked()}><p role="status">{s('rating.thanks')}</p></Show>
            <p id="rating-given">{s('rating.yours', { level: levelName(rated().level), date: rated().ratedOn })}</p>
            <Show when={rated().followUp}>
              {(followUp) => (
                <Show when={followUp().answer} fallback={<p>{s('rating.followUpDue', { date: followUp().dueOn })}</p>}>
                  <div class="panel-ok">
                    <h3>{s('rating.followUpAnswer', { date: followUp().answeredOn ?? '' })}</h3>
                    <p id="rating-answer">{followUp().answer}</p>
                  </div>
                </Show>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
