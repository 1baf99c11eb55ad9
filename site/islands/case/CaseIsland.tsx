import { createSignal, onMount, Show } from 'solid-js';
import { parseCaseNo } from '../../../api/domain/caseNumber.ts';
import { parseQueryCode } from '../../../api/domain/queryCode.ts';
import { apiClient, failureOf } from '../apply/client.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import { fill, type Strings } from '../apply/strings.ts';
import { announceCase } from '../../lib/case-shown.ts';
import CaseDetails from './CaseDetails.tsx';
import FindCases from './FindCases.tsx';
import type { CaseView } from './types.ts';

interface Props {
  base: string;
  lang: string;
  strings: Strings;
  titles: Record<string, string>;
}

// Follow a case: number (check digit verified here, before any request) and a second factor, then the timeline.
// A lost number is found with the whole ID number, the name and the phone's last 4 digits.
export default function CaseIsland(props: Props) {
  const client = apiClient(props.base, props.lang);
  const s = (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params);
  const [caseNumber, setCaseNumber] = createSignal('');
  const [factor, setFactor] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [view, setView] = createSignal<CaseView>();
  const [finding, setFinding] = createSignal(false);
  // Kept (in memory only) when the case was looked up with its query code, which a rating needs.
  const [queryCode, setQueryCode] = createSignal<string>();

  // The QR code and the confirmation link carry the number in the fragment, which never reaches a server.
  onMount(() => {
    const fromLink = /(?:^#|&)n=(\d{12})/.exec(location.hash)?.[1];
    if (fromLink) {
      setCaseNumber(fromLink);
      document.getElementById('case-factor')?.focus();
    }
  });

  const lookUp = async (number: string, typedFactor: string) => {
    setBusy(true);
    try {
      const response = await client.api.cases.lookup.$post({ json: { caseNumber: number, factor: typedFactor } });
      if (response.status === 200) {
        const shown = (await response.json()) as CaseView;
        setView(shown);
        setQueryCode(parseQueryCode(typedFactor) ?? undefined);
        announceCase({ caseNumber: number, queryCode: queryCode(), ratable: shown.rating?.rated === false });
        setFactor('');
        queueMicrotask(() => document.getElementById('case-title')?.focus());
      } else {
        setView(undefined);
        setErrors([{ field: 'case-number', message: (await failureOf(response, s('error.network'))).message }]);
      }
    } catch {
      setErrors([{ field: 'case-number', message: s('error.network') }]);
    } finally {
      setBusy(false);
    }
  };

  const look = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const number = parseCaseNo(caseNumber());
    if (!caseNumber().trim()) found.push({ field: 'case-number', message: s('error.caseNumber') });
    else if (!number) found.push({ field: 'case-number', message: s('error.caseNumberCheck') });
    if (!factor().trim()) found.push({ field: 'case-factor', message: s('error.factor') });
    setErrors(found);
    if (found.length > 0 || !number || busy()) return;
    await lookUp(number, factor().trim());
  };

  // From the list of found cases: the number goes into the form, and the lookup asks with its factor as always.
  const follow = (number: string, idLast6: string) => {
    if (busy()) return;
    setCaseNumber(number);
    setErrors([]);
    void lookUp(number, idLast6);
  };

  const fieldError = (id: string) => errorFor(errors(), id);
  return (
    <>
      <form class="case-lookup" novalidate onSubmit={look}>
        <ErrorSummary title={s('error.title')} errors={errors()} />
        <Field id="case-number" label={s('form.caseNumber')} hint={s('form.caseNumberHint')} error={fieldError('case-number')} errorPrefix={s('error.prefix')}>
          <input id="case-number" type="text" class="input-id" inputmode="numeric" autocomplete="off" maxlength="20" value={caseNumber()}
            aria-invalid={fieldError('case-number') ? 'true' : undefined} aria-describedby={describedBy('case-number', true, fieldError('case-number'))}
            onInput={(e) => setCaseNumber(e.currentTarget.value)} />
        </Field>
        <Field id="case-factor" label={s('form.factor')} hint={s('form.factorHint')} error={fieldError('case-factor')} errorPrefix={s('error.prefix')}>
          <input id="case-factor" type="text" class="input-medium" autocomplete="off" autocapitalize="characters" spellcheck={false} maxlength="20" value={factor()}
            aria-invalid={fieldError('case-factor') ? 'true' : undefined} aria-describedby={describedBy('case-factor', true, fieldError('case-factor'))}
            onInput={(e) => setFactor(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary" aria-disabled={busy() ? 'true' : undefined}>{s(busy() ? 'form.looking' : 'form.submit')}</button>
      </form>
      <p>
        <button type="button" class="link" aria-expanded={finding() ? 'true' : 'false'} aria-controls="find-cases"
          onClick={() => { setFinding(!finding()); if (finding()) queueMicrotask(() => document.getElementById('find-title')?.focus()); }}>
          {s('find.open')}
        </button>
      </p>
      <div id="find-cases">
        <Show when={finding()}><FindCases client={client} titles={props.titles} s={s} onFollow={follow} /></Show>
      </div>
      <Show when={view()}>
        {(v) => <CaseDetails view={v()} titles={props.titles} client={client} lang={props.lang} s={s}
          onSupplementSent={(uploadedIds) => setView({ ...v(), ...(v().supplement ? { supplement: { ...v().supplement!, uploadedIds } } : {}) })}
          queryCode={queryCode()} onRated={(rating) => { setView({ ...v(), rating }); announceCase({ caseNumber: v().caseNumber, queryCode: queryCode(), ratable: false }); }} />}
      </Show>
    </>
  );
}
