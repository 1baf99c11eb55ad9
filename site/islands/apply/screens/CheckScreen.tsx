import { For, Show } from 'solid-js';
import { maskIdForResident } from '../../../../api/domain/idNumber.ts';
import { normalizeName } from '../../../../api/domain/personName.ts';
import { describedBy } from '../Field.tsx';
import { errorOf, useApply } from '../context.ts';
import { adultsOf, peopleOf } from '../people.ts';
import type { Screen } from '../screens.ts';
import Heading from './Heading.tsx';

interface Props {
  /** Why the last submission failed, in plain words; the draft is kept. */
  failure: string;
  /** The 查进度 page, when the failure asks to follow a claim there is already. */
  followHref: string;
}

// Check your answers: every answer with a 修改 link back to its screen, then the promise and the submit button.
export default function CheckScreen(props: Props) {
  const a = useApply();
  const d = a.draft;
  const county = () => a.counties.find((c) => c.code === d.county)?.name ?? d.county;
  const or = (text: string) => text.trim() || a.s('check.none');
  const rows = (): { key: string; value: string; screen: Screen }[] => [
    { key: 'check.programme', value: a.programmes.find((p) => p.id === d.programme)?.title ?? '', screen: 'programme' },
    { key: 'check.where', value: [county(), d.township, d.village].filter((x) => x.trim()).join(' '), screen: 'where' },
    { key: 'check.hukou', value: d.hukou ? a.s(`hukou.${d.hukou}`) : '', screen: 'hukou' },
    { key: 'check.applicant', value: `${normalizeName(d.applicant.name)} ${maskIdForResident(d.applicant.idNumber)} ${d.applicant.phone}`, screen: 'applicant' },
    { key: 'check.members', value: d.members.length ? d.members.map((m) => `${normalizeName(m.name)}（${m.relation ? a.s(`relation.${m.relation}`) : ''}）`).join('、') : a.s('check.none'), screen: 'members' },
    { key: 'check.incomes', value: peopleOf(d).map((p) => `${p.name}：${or(d.incomes[p.index]?.monthly ?? '')}`).join('；'), screen: 'incomes' },
    { key: 'check.assets', value: ['savings', 'houses', 'vehicles'].map((k) => `${a.s(`assets.${k}`)} ${or(d.assets[k as 'savings'])}`).join('；'), screen: 'assets' },
    { key: 'check.reason', value: d.reason, screen: 'reason' },
    { key: 'check.nearKin', value: d.nearKin === 'yes' ? `${a.s('nearKin.yes')}：${d.nearKinDetails}` : a.s('nearKin.no'), screen: 'near-kin' },
    { key: 'check.consents', value: adultsOf(d).map((p) => p.name).join('、'), screen: 'consents' },
    { key: 'check.documents', value: d.photos.length ? a.s('check.photos', { count: d.photos.length }) : a.s('check.none'), screen: 'documents' },
    ...(a.agent ? [{ key: 'check.authorisation', value: `${d.authorisation.photo?.name ?? ''} ${d.authorisation.signedOn}`, screen: 'authorisation' as const }] : []),
  ];
  const promiseError = () => errorOf(a, 'apply-promise');
  return (
    <>
      <Heading>{a.s('check.question')}</Heading>
      <dl class="summary-list">
        <For each={rows()}>
          {(row) => (
            <div>
              <dt>{a.s(row.key)}</dt>
              <dd>{row.value}</dd>
              <dd><a href={`#${row.screen}`} onClick={(e) => { e.preventDefault(); a.goTo(row.screen); }}>
                {a.s('check.change')}<span class="visually-hidden">{a.s(row.key)}</span></a></dd>
            </div>
          )}
        </For>
      </dl>
      <h2>{a.s('check.promiseTitle')}</h2>
      <div class="field" classList={{ 'field-error': !!promiseError() }}>
        <Show when={promiseError()}><p id="apply-promise-error" class="error-message"><span class="visually-hidden">{a.s('error.prefix')}</span>{promiseError()}</p></Show>
        <div class="checkbox">
          <input type="checkbox" id="apply-promise" checked={d.promise} aria-describedby={describedBy('apply-promise', false, promiseError())}
            onChange={(e) => a.set('promise', e.currentTarget.checked)} />
          <label for="apply-promise">{a.s('check.promise')}</label>
        </div>
      </div>
      <Show when={props.failure}><div class="error-summary" role="alert" id="apply-failure" tabindex="-1"><p>{props.failure}</p>
        <Show when={props.followHref}><p><a href={props.followHref}>{a.s('done.caseLink')}</a></p></Show></div></Show>
    </>
  );
}
