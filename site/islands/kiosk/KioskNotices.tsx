import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { kioskFetch } from '../../scripts/kiosk-offline.ts';
import { fill, type Strings } from '../apply/strings.ts';

interface Notice {
  id: number;
  programme: string;
  nameMasked: string;
  householdSize: number;
  monthlyAmount: number;
  from: string;
  to: string;
  county: string;
  township: string;
  village: string | null;
}

interface Props {
  strings: Strings;
  /** Programme id → its title, in the page's language. */
  titles: Record<string, string>;
  /** County code → name. */
  counties: Record<string, string>;
}

type Loaded = { notices: Notice[] } | { unreachable: true };

/** GET /api/notices: the same notices and masked names as the site's /notices/; unreachable when the API does not answer. */
async function loadNotices(): Promise<Loaded> {
  try {
    const res = await kioskFetch('notices');
    if (!res.ok) return { unreachable: true };
    return (await res.json()) as { notices: Notice[] };
  } catch {
    return { unreachable: true };
  }
}

const placeOf = (n: Notice) => `${n.township} ${n.village ?? ''}`;

// The kiosk's 公示: today's notices by township and village, read from the API at each visit (never cached: the list
// changes by the day), a township to choose with one tap, and plain words when the county server cannot be reached.
export default function KioskNotices(props: Props) {
  const s = (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params);
  const [loaded, { refetch }] = createResource(loadNotices);
  const [township, setTownship] = createSignal<string>();
  const notices = () => {
    const l = loaded();
    return l && 'notices' in l ? l.notices : [];
  };
  const townships = createMemo(() => [...new Set(notices().map((n) => `${n.county}|${n.township}`))]);
  const shown = createMemo(() => notices().filter((n) => !township() || `${n.county}|${n.township}` === township()));
  const villages = createMemo(() => [...new Set(shown().map(placeOf))]);
  const amount = (n: Notice) => s(n.programme === 'linshi-jiuzhu' ? 'table.once' : 'table.monthly', { amount: n.monthlyAmount });

  return (
    <div class="kiosk-notices">
      <Show when={!loaded.loading} fallback={<p role="status">{s('kiosk.loading')}</p>}>
        <Show when={'notices' in (loaded() ?? {})} fallback={
          <div class="kiosk-notices-down" role="status">
            <p><strong>{s('kiosk.unreachable')}</strong></p>
            <button type="button" onClick={() => void refetch()}>{s('kiosk.retry')}</button>
          </div>
        }>
          <Show when={notices().length > 0} fallback={<p role="status">{s('search.none')}</p>}>
            <p role="status">{s('kiosk.count', { count: shown().length })}</p>
            <Show when={townships().length > 1}>
              <div class="kiosk-choices" role="group" aria-label={s('kiosk.townships')}>
                <button type="button" aria-pressed={township() === undefined ? 'true' : 'false'} onClick={() => setTownship(undefined)}>{s('kiosk.allTownships')}</button>
                <For each={townships()}>{(key) => (
                  <button type="button" aria-pressed={township() === key ? 'true' : 'false'} onClick={() => setTownship(key)}>{key.split('|')[1]}</button>
                )}</For>
              </div>
            </Show>
            <For each={villages()}>{(where, i) => {
              const inVillage = () => shown().filter((n) => placeOf(n) === where);
              const first = () => inVillage()[0]!;
              return (
                <section class="kiosk-notice-village" aria-labelledby={`kv-${i()}`}>
                  <h2 id={`kv-${i()}`}>{props.counties[first().county] ?? first().county} {first().township} {first().village ?? s('place.noVillage')}</h2>
                  <ul class="kiosk-notice-list">
                    <For each={inVillage()}>{(n) => (
                      <li>
                        <p class="kiosk-notice-name">{n.nameMasked}</p>
                        <dl>
                          <dt>{s('table.household')}</dt><dd>{s('table.persons', { count: n.householdSize })}</dd>
                          <dt>{s('table.programme')}</dt><dd>{props.titles[n.programme] ?? n.programme}</dd>
                          <dt>{s('table.amount')}</dt><dd>{amount(n)}</dd>
                          <dt>{s('table.dates')}</dt><dd>{s('table.from', { from: n.from, to: n.to })}</dd>
                        </dl>
                      </li>
                    )}</For>
                  </ul>
                </section>
              );
            }}</For>
            <p class="kiosk-notices-object">{s('kiosk.object')}</p>
          </Show>
        </Show>
      </Show>
    </div>
  );
}
