// Props every staff page hands its island, computed once at build (server side only): the console's strings, the
// apply forms' shared ones (error summary, relations, incomes) and the domain checks' messages.
import type { TFunction } from 'i18next';
import { APPLY_PROGRAMMES } from '../../../api/domain/workflow.ts';
import applyStrings from '../../../content/locales/zh-CN/apply.json';
import followStrings from '../../../content/locales/zh-CN/follow.json';
import staffStrings from '../../../content/locales/zh-CN/staff.json';
import { fieldErrorKeys } from '../apply/pageProps.ts';
import { stringsFor, type Strings } from '../apply/strings.ts';

/** The apply keys the console's forms share with the apply forms. */
const sharedApplyKeys = Object.keys(applyStrings).filter((k) => /^(error\.(title|prefix)|relation\.|income\.|submit\.network)/.test(k));
/** The timeline's wording, shared with the applicant's 查进度 (site/islands/case/Timeline.tsx). */
const timelineKeys = Object.keys(followStrings).filter((k) => /^(state\.|timeline\.actor$)/.test(k));

export interface StaffIslandProps {
  base: string;
  lang: string;
  strings: Strings;
  /** Catalog id → title of every programme one can apply for. */
  programmes: { id: string; title: string }[];
  /** Paths of the console's pages, in the page's language. */
  hrefs: { signIn: string; queue: string; case: string; register: string; accounts: string; agent: string; rolls: string; dashboard: string; inbox: string; terminals: string };
}

export function staffIslandProps(t: TFunction, lang: string, titles: Record<string, string>, href: (to: string) => string): StaffIslandProps {
  return {
    base: import.meta.env.BASE_URL,
    lang,
    strings: { ...stringsFor(t, 'staff', Object.keys(staffStrings)), ...stringsFor(t, 'inbox', ['bar.inbox']), ...stringsFor(t, 'apply', sharedApplyKeys), ...stringsFor(t, 'follow', timelineKeys), ...stringsFor(t, 'errors', fieldErrorKeys) },
    programmes: APPLY_PROGRAMMES.map((id) => ({ id, title: titles[id] ?? id })),
    hrefs: { signIn: href('staff/'), queue: href('staff/queue/'), case: href('staff/case/'), register: href('staff/register/'), accounts: href('staff/accounts/'), agent: href('agent/'), rolls: href('staff/rolls/'), inbox: href('staff/reports/'), dashboard: href('staff/dashboard/'), terminals: href('staff/terminals/') },
  };
}
