import { For, Show } from 'solid-js';
import type { OfficeCard } from '../../../api/domain/places.ts';
import type { Message } from '../apply/validate.ts';

interface Props {
  /** Where the household is registered, in words: 会同县 林城镇 改河社区. */
  place: string;
  /** The township was typed under 其他: say so, so nobody wonders why it looks unfamiliar. */
  unlisted: boolean;
  /** Nearest first: the township office, then the county bureau. */
  offices: readonly OfficeCard[];
  s: Message;
}

const NO_PHONE = { township: 'offices.noPhoneTownship', county: 'offices.noPhoneCounty' } as const;

// Whom to ask about this case: each office with its published contacts, or a plain line that its phone is not published.
export default function Offices(props: Props) {
  const s = props.s;
  return (
    <section aria-labelledby="offices-title" class="offices">
      <h2 id="offices-title">{s('offices.title')}</h2>
      <p>{s('offices.place')}：{props.place}<Show when={props.unlisted}>{s('offices.unlisted')}</Show></p>
      <For each={props.offices}>
        {(o) => (
          <div class="office">
            <p><strong>{o.name}</strong></p>
            <Show when={o.note}><p class="muted">{o.note}</p></Show>
            <ul class="contacts">
              <Show when={o.address}>{(address) => <li>{s('offices.address', { address: address() })}</li>}</Show>
              <Show when={o.hours}>{(hours) => <li>{s('offices.hours', { hours: hours() })}</li>}</Show>
              <li>{o.phone ? s('offices.phone', { phone: o.phone }) : s(NO_PHONE[o.level], { name: o.name })}</li>
            </ul>
          </div>
        )}
      </For>
    </section>
  );
}
