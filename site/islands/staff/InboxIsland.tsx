import { createSignal, For, onMount, Show } from 'solid-js';
import { formatCaseNo } from '../../../api/domain/caseNumber.ts';
import { formatTrackingNumber } from '../../../api/domain/trackingNumber.ts';
import { aboutText, type InboxIslandProps, type ListedFollowUp, type ListedReport } from './inboxProps.ts';
import StaffBar, { SignInNeeded } from './StaffBar.tsx';
import { useStaff } from './useStaff.ts';

// The county's inbox: 举报 and questions, then the 差评 to follow up, each soonest due first with overdue ones marked in
// words. A township account is told it has none (the API answers it 403).
export default function InboxIsland(props: InboxIslandProps) {
  const { client, s, session } = useStaff(props);
  const [reports, setReports] = createSignal<ListedReport[]>();
  const [followUps, setFollowUps] = createSignal<ListedFollowUp[]>();
  const [state, setState] = createSignal<'loading' | 'idle' | 'failed' | 'county-only' | 'signed-out'>(session ? 'loading' : 'signed-out');

  onMount(async () => {
    if (!session) return;
    try {
      const [r, f] = await Promise.all([client.api.staff.reports.$get({ query: {} }), client.api.staff['follow-ups'].$get()]);
      if (r.status === 401 || f.status === 401) return void setState('signed-out');
      if (r.status === 403 || f.status === 403) return void setState('county-only');
      if (r.status !== 200 || f.status !== 200) return void setState('failed');
      setReports((await r.json()).reports);
      setFollowUps((await f.json()).followUps);
      setState('idle');
    } catch {
      setState('failed');
    }
  });

  const due = (dueOn: string | undefined, overdue: boolean) => (
    <>{dueOn ?? s('due.none')}<Show when={overdue}><strong class="due-tag">{s('due.overdue')}</strong></Show></>
  );
  return (
    <Show when={session && state() !== 'signed-out'} fallback={<SignInNeeded s={s} signInHref={props.hrefs.signIn} />}>
      <StaffBar session={session!} client={client} s={s} hrefs={props.hrefs} />
      <p>{s('law')}</p>
      <p role="status">{state() === 'loading' ? s('loading') : state() === 'failed' ? s('failed') : ''}</p>
      <Show when={state() === 'county-only'}><p class="note">{s('countyOnly')}</p></Show>
      <Show when={reports()}>
        {(list) => (
          <section aria-labelledby="reports-title">
            <h2 id="reports-title">{s('reports.title')}</h2>
            <Show when={list().length > 0} fallback={<p>{s('reports.none')}</p>}>
              <div class="table-wrap" role="region" aria-labelledby="reports-caption" tabindex="0">
                <table class="queue">
                  <caption id="reports-caption">{s('reports.caption')}</caption>
                  <thead><tr>
                    <th scope="col">{s('col.number')}</th><th scope="col">{s('col.kind')}</th><th scope="col">{s('col.about')}</th>
                    <th scope="col">{s('col.received')}</th><th scope="col">{s('col.status')}</th><th scope="col">{s('col.due')}</th><th scope="col">{s('col.photos')}</th>
                  </tr></thead>
                  <tbody>
                    <For each={list()}>
                      {(r) => (
                        <tr classList={{ overdue: r.overdue }}>
                          <th scope="row"><a href={`${props.hrefs.report}#n=${r.trackingNumber}`}>{formatTrackingNumber(r.trackingNumber)}</a></th>
                          <td>{s(`r.kind.${r.kind}`)}</td>
                          <td>{aboutText(r, s, props.titles)}</td>
                          <td>{r.receivedOn}</td>
                          <td>{s(`status.${r.status}`)}</td>
                          <td>{due(r.dueOn, r.overdue)}</td>
                          <td>{r.photoCount}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </section>
        )}
      </Show>
      <Show when={followUps()}>
        {(list) => (
          <section aria-labelledby="follow-ups-title">
            <h2 id="follow-ups-title">{s('followUps.title')}</h2>
            <p>{s('followUps.law', { days: props.followUpDays })}</p>
            <Show when={list().length > 0} fallback={<p>{s('followUps.none')}</p>}>
              <div class="table-wrap" role="region" aria-labelledby="follow-ups-caption" tabindex="0">
                <table class="queue">
                  <caption id="follow-ups-caption">{s('followUps.caption')}</caption>
                  <thead><tr>
                    <th scope="col">{s('col.followUp')}</th><th scope="col">{s('col.level')}</th><th scope="col">{s('col.rated')}</th><th scope="col">{s('col.channel')}</th>
                    <th scope="col">{s('col.case')}</th><th scope="col">{s('col.status')}</th><th scope="col">{s('col.due')}</th>
                  </tr></thead>
                  <tbody>
                    <For each={list()}>
                      {(f) => (
                        <tr classList={{ overdue: f.overdue }}>
                          <th scope="row"><a href={`${props.hrefs.followUp}#id=${f.id}`}>{s('followUp.ref', { id: f.id })}</a></th>
                          <td>{s(`r.rating.level.${f.level}`)}</td>
                          <td>{f.ratedOn}</td>
                          <td>{s(`channel.${f.channel}`)}</td>
                          <td>{f.caseNumber ? formatCaseNo(f.caseNumber) : f.terminalName ?? ''}</td>
                          <td>{s(`followUpStatus.${f.status}`)}</td>
                          <td>{due(f.status === 'open' ? f.dueOn : undefined, f.overdue)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </section>
        )}
      </Show>
    </Show>
  );
}
