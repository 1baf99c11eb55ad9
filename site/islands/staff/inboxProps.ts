// What the county's inbox pages hand their islands: the console's props, every policy's title, their own pages.
import type { InferResponseType } from 'hono/client';
import type { ApiClient } from '../apply/client.ts';
import type { StaffIslandProps } from './pageProps.ts';

export interface InboxIslandProps extends StaffIslandProps {
  /** Catalog id → title of every policy (a report may name any). */
  titles: Record<string, string>;
  hrefs: StaffIslandProps['hrefs'] & { report: string; followUp: string };
  /** The county-set default for answering a 差评 (api/domain/ratings/levels.ts). */
  followUpDays: number;
}

export type StaffReport = InferResponseType<ApiClient['api']['staff']['reports'][':trackingNumber']['$get'], 200>;
export type ListedReport = InferResponseType<ApiClient['api']['staff']['reports']['$get'], 200>['reports'][number];
export type FollowUp = InferResponseType<ApiClient['api']['staff']['follow-ups'][':id']['$get'], 200>;
export type ListedFollowUp = InferResponseType<ApiClient['api']['staff']['follow-ups']['$get'], 200>['followUps'][number];

/** What a report is about, in a few words: the programme, the place, or whose conduct where. */
export function aboutText(r: Pick<ListedReport, 'about' | 'programme' | 'township' | 'village' | 'personRole'>, s: (key: string, params?: Record<string, string | number>) => string, titles: Record<string, string>): string {
  const place = [r.township, r.village].filter(Boolean).join(' ');
  const what = r.about === 'programme' ? (r.programme ? titles[r.programme] ?? r.programme : '')
    : r.about === 'conduct' ? [r.personRole ? s(`r.personRole.${r.personRole}`) : '', place].filter(Boolean).join('，') : place;
  return s(`about.${r.about}`, { what });
}
