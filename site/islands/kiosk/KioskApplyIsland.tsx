import { Match, Switch } from 'solid-js';
import ApplyForm from '../apply/ApplyForm.tsx';
import { apiClient } from '../apply/client.ts';
import type { ApplyIslandProps } from '../apply/ApplyIsland.tsx';
import { fill } from '../apply/strings.ts';
import { adoptReaderFromFragment, readerBaseUrl } from '../../lib/kiosk-reader-config.ts';
import CardOnReader from './CardOnReader.tsx';
import { watchReader } from './readerWatch.ts';

export interface KioskApplyIslandProps extends ApplyIslandProps {
  /** The build's reader origin (the CSP allows only it). */
  readerOrigin: string;
  /** The kiosk's reader strings (kiosk:reader.*), by key without the prefix. */
  reader: Record<string, string>;
  /** The public 查进度 page, for the QR code a resident scans to follow the claim on their phone. */
  phoneCaseHref: string;
}

// On a terminal with a reader, the application starts from the resident's ID card; without one (or when it fails),
// the layout's QR code takes them to the online form on their phone. The card's data lives only in this island's
// memory and the form's DOM: no draft (draftKey off), and the visit wipe replaces the document.
export default function KioskApplyIsland(props: KioskApplyIslandProps) {
  adoptReaderFromFragment(props.readerOrigin);
  const view = watchReader(readerBaseUrl(props.readerOrigin));
  const r = (key: string) => props.reader[key] ?? key;
  const client = apiClient(props.base, props.lang);
  const card = () => {
    const v = view();
    return v.kind === 'read' ? v : undefined;
  };
  const failure = () => {
    const v = view();
    return v.kind === 'failed' ? r(v.code === 'unreadable' ? 'unreadable' : v.code === 'absent' || v.code === 'reader_fault' ? 'fault' : 'failed') : '';
  };
  return (
    <div class="kiosk-apply">
      <Switch>
        <Match when={card()}>
          {(c) => (
            <div data-kiosk-personal>
              <p class="panel-ok" role="status">{r('read')}</p>
              <ApplyForm agent={false} client={client} lang={props.lang} s={(key, params) => fill(props.strings, key, params)}
                counties={props.counties} programmes={props.programmes} caseHref={props.caseHref} phoneCaseHref={props.phoneCaseHref}
                applicant={{ name: c().name, idNumber: c().idNumber }} />
            </div>
          )}
        </Match>
        <Match when={view().kind === 'absent'}>
          <p class="kiosk-reader-message" role="status" data-reader="absent">{r('absent')}</p>
        </Match>
        <Match when={view().kind === 'fault'}>
          <p class="kiosk-reader-message" role="alert" data-reader="fault">{r('fault')}</p>
        </Match>
        <Match when={view().kind === 'probing'}>
          <p class="kiosk-reader-message" role="status" data-reader="probing">{r('probing')}</p>
        </Match>
        <Match when={true}>
          <div class="kiosk-reader" data-reader={view().kind}>
            <h2 class="kiosk-reader-title">{r('place')}</h2>
            <CardOnReader label={r('picture')} />
            <p role="status">{view().kind === 'reading' ? r('reading') : r('placeHint')}</p>
            <p role="alert" class="kiosk-reader-failure">{failure()}</p>
          </div>
        </Match>
      </Switch>
    </div>
  );
}
