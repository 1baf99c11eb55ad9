// The county's inbox pages (举报, questions, 差评 follow-ups): the console's props plus their own words, the report form's
// names of kinds, subjects and people, and the rating levels.
import { FOLLOW_UP_WORKING_DAYS } from '../../api/domain/ratings/levels.ts';
import inboxStrings from '../../content/locales/zh-CN/inbox.json';
import reportStrings from '../../content/locales/zh-CN/reports.json';
import { stringsFor } from '../islands/apply/strings.ts';
import type { InboxIslandProps } from '../islands/staff/inboxProps.ts';
import { staffPageProps } from './staff-pages.ts';

const reportKeys = Object.keys(reportStrings).filter((k) => /^(kind\.|personRole\.|rating\.level\.)/.test(k));

export function inboxPageProps(locals: App.Locals, titles: Record<string, string>): InboxIslandProps {
  const props = staffPageProps(locals);
  return {
    ...props,
    strings: { ...props.strings, ...stringsFor(locals.t, 'inbox', Object.keys(inboxStrings)), ...Object.fromEntries(reportKeys.map((k) => [`r.${k}`, locals.t(`reports:${k}`)])) },
    titles,
    hrefs: { ...props.hrefs, report: locals.href('staff/report/'), followUp: locals.href('staff/follow-up/') },
    followUpDays: FOLLOW_UP_WORKING_DAYS,
  };
}
