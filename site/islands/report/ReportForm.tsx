import { createSignal, For, Show } from 'solid-js';
import { formatTrackingNumber } from '../../../api/domain/trackingNumber.ts';
import { PERSON_ROLES, REPORT_ABOUT, REPORT_KINDS, type PersonRole, type ReportAbout, type ReportKind } from '../../../api/domain/reports/report.ts';
import { apiClient, failureOf } from '../apply/client.ts';
import type { PhotoDraft } from '../apply/draft.ts';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import PhotoPicker from '../apply/PhotoPicker.tsx';
import { fill, type Strings } from '../apply/strings.ts';
import { PHOTOS_PER_CLAIM } from '../apply/upload.ts';
import { uploadsInFlight } from '../apply/uploadsInFlight.ts';
import Choices from './Choices.tsx';

interface Props {
  base: string;
  lang: string;
  strings: Strings;
  counties: { code: string; name: string }[];
  programmes: { id: string; title: string }[];
  lookupHref: string;
  anotherHref: string;
}

/** Where each field's error links to: a radio group's first option, else the input. */
const target = (field: string) => (['kind', 'about', 'personRole'].includes(field) ? `report-${kebab(field)}-0` : `report-${kebab(field)}`);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// 举报 or a question to the county bureau: what it is about, what happened, photos and a contact if the reporter wants;
// the tracking number and query code once sent. The server checks everything again (POST /api/reports).
export default function ReportForm(props: Props) {
  const client = apiClient(props.base, props.lang);
  const s = (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params);
  const [kind, setKind] = createSignal<ReportKind>('report');
  const [county, setCounty] = createSignal(props.counties.length === 1 ? props.counties[0]!.code : '');
  const [about, setAbout] = createSignal<ReportAbout | ''>('');
  const [programme, setProgramme] = createSignal('');
  const [township, setTownship] = createSignal('');
  const [village, setVillage] = createSignal('');
  const [personRole, setPersonRole] = createSignal<PersonRole | ''>('');
  const [text, setText] = createSignal('');
  const [contact, setContact] = createSignal('');
  const [photos, setPhotos] = createSignal<PhotoDraft[]>([]);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [filed, setFiled] = createSignal<{ trackingNumber: string; queryCode: string }>();
  const inFlight = uploadsInFlight();

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!county()) found.push({ field: target('county'), message: s('form.countyRequired') });
    if (!about()) found.push({ field: target('about'), message: s('form.aboutRequired') });
    if (about() === 'programme' && !programme()) found.push({ field: target('programme'), message: s('field.report.programme-required') });
    if (about() === 'place' && !township().trim()) found.push({ field: target('township'), message: s('field.report.township-required') });
    if (about() === 'conduct' && !personRole()) found.push({ field: target('personRole'), message: s('field.report.person-role-required') });
    if (!text().trim()) found.push({ field: target('text'), message: s('field.report.text-required') });
    return found;
  };

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    if (inFlight.pending() > 0) return void setErrors([{ field: 'report-photos', message: s('form.waitPhotos') }]);
    const found = check();
    setErrors(found);
    if (found.length > 0) return;
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const json = {
      kind: kind(), county: county(), about: about() as ReportAbout, text: text(), uploadIds: photos().map((p) => p.uploadId),
      ...(about() === 'programme' ? { programme: programme() } : {}),
      ...(about() !== 'programme' && optional(township()) ? { township: optional(township())! } : {}),
      ...(about() !== 'programme' && optional(village()) ? { village: optional(village())! } : {}),
      ...(about() === 'conduct' ? { personRole: personRole() as PersonRole } : {}),
      ...(optional(contact()) ? { contact: optional(contact())! } : {}),
    };
    setBusy(true);
    try {
      const response = await client.api.reports.$post({ json });
      if (response.status === 201) {
        setFiled(await response.json());
        queueMicrotask(() => document.getElementById('filed-title')?.focus());
      } else {
        const failure = await failureOf(response, s('error.network'));
        setErrors([{ field: failure.field ? target(failure.field) : target('text'), message: failure.message }]);
      }
    } catch {
      setErrors([{ field: target('text'), message: s('error.network') }]);
    } finally {
      setBusy(false);
    }
  };

  const error = (field: string) => errorFor(errors(), target(field));
  const prefix = s('error.prefix');
  return (
    <Show when={!filed()} fallback={
      <div class="panel-ok">
        <h2 id="filed-title" tabindex="-1">{s('done.title')}</h2>
        <p>{s('done.lead')}</p>
        <dl class="summary-list filed-numbers">
          <div><dt>{s('done.trackingNumber')}</dt><dd id="filed-tracking-number">{formatTrackingNumber(filed()!.trackingNumber)}</dd></div>
          <div><dt>{s('done.queryCode')}</dt><dd id="filed-query-code">{filed()!.queryCode}</dd></div>
        </dl>
        <p><a href={props.lookupHref}>{s('done.lookup')}</a></p>
        <p><a href={props.anotherHref}>{s('done.another')}</a></p>
      </div>
    }>
      <form id="report-form" class="report-form" novalidate onSubmit={send}>
        <ErrorSummary title={s('error.title')} errors={errors()} />
        <Choices id="report-kind" name="kind" legend={s('form.kind')} options={REPORT_KINDS.map((k) => ({ value: k, label: s(`kind.${k}`) }))}
          value={kind()} onChange={(v) => setKind(v as ReportKind)} error={error('kind')} errorPrefix={prefix} />
        <Field id="report-county" label={s('form.county')} error={error('county')} errorPrefix={prefix}>
          <select id="report-county" value={county()} aria-invalid={error('county') ? 'true' : undefined} aria-describedby={describedBy('report-county', false, error('county'))} onChange={(e) => setCounty(e.currentTarget.value)}>
            <option value="">{s('form.chooseCounty')}</option>
            <For each={props.counties}>{(c) => <option value={c.code} selected={c.code === county()}>{c.name}</option>}</For>
          </select>
        </Field>
        <Choices id="report-about" name="about" legend={s('form.about')} options={REPORT_ABOUT.map((a) => ({ value: a, label: s(`about.${a}`) }))}
          value={about()} onChange={(v) => setAbout(v as ReportAbout)} error={error('about')} errorPrefix={prefix} />
        <Show when={about() === 'programme'}>
          <Field id="report-programme" label={s('form.programme')} error={error('programme')} errorPrefix={prefix}>
            <select id="report-programme" value={programme()} aria-invalid={error('programme') ? 'true' : undefined} aria-describedby={describedBy('report-programme', false, error('programme'))} onChange={(e) => setProgramme(e.currentTarget.value)}>
              <option value="">{s('form.chooseProgramme')}</option>
              <For each={props.programmes}>{(p) => <option value={p.id} selected={p.id === programme()}>{p.title}</option>}</For>
            </select>
          </Field>
        </Show>
        <Show when={about() === 'conduct'}>
          <Choices id="report-person-role" name="personRole" legend={s('form.personRole')} hint={s('form.personRoleHint')}
            options={PERSON_ROLES.map((p) => ({ value: p, label: s(`personRole.${p}`) }))} value={personRole()} onChange={(v) => setPersonRole(v as PersonRole)}
            error={error('personRole')} errorPrefix={prefix} />
        </Show>
        <Show when={about() === 'place' || about() === 'conduct'}>
          <Field id="report-township" label={s('form.township')} hint={s(about() === 'conduct' ? 'form.townshipConductHint' : 'form.townshipHint')} error={error('township')} errorPrefix={prefix}>
            <input id="report-township" type="text" class="input-medium" value={township()} maxlength="40" aria-invalid={error('township') ? 'true' : undefined}
              aria-describedby={describedBy('report-township', true, error('township'))} onInput={(e) => setTownship(e.currentTarget.value)} />
          </Field>
          <Field id="report-village" label={s('form.village')} error={error('village')} errorPrefix={prefix}>
            <input id="report-village" type="text" class="input-medium" value={village()} maxlength="40" aria-invalid={error('village') ? 'true' : undefined}
              aria-describedby={describedBy('report-village', false, error('village'))} onInput={(e) => setVillage(e.currentTarget.value)} />
          </Field>
        </Show>
        <Field id="report-text" label={s('form.text')} hint={s(kind() === 'question' ? 'form.questionHint' : 'form.textHint')} error={error('text')} errorPrefix={prefix}>
          <textarea id="report-text" rows="8" value={text()} aria-required="true" aria-invalid={error('text') ? 'true' : undefined}
            aria-describedby={describedBy('report-text', true, error('text'))} onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <PhotoPicker id="report-photos" label={s('form.photos')} hint={s('form.photosHint')} max={PHOTOS_PER_CLAIM} photos={photos()} client={client} lang={props.lang} s={s}
          error={errorFor(errors(), 'report-photos') ?? error('uploadIds')} track={inFlight.track}
          onAdd={(p) => setPhotos((list) => [...list, p])} onRemove={(id) => setPhotos((list) => list.filter((p) => p.uploadId !== id))} />
        <Field id="report-contact" label={s('form.contact')} hint={s('form.contactHint')} error={error('contact')} errorPrefix={prefix}>
          <input id="report-contact" type="text" class="input-medium" autocomplete="tel" value={contact()} maxlength="100" aria-invalid={error('contact') ? 'true' : undefined}
            aria-describedby={describedBy('report-contact', true, error('contact'))} onInput={(e) => setContact(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="primary" aria-disabled={busy() ? 'true' : undefined}>{s(busy() ? 'form.sending' : 'form.submit')}</button>
      </form>
    </Show>
  );
}
