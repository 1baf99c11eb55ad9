// What the 查进度 island needs from a page, for the site's page and the kiosk's alike.
import type { TFunction } from 'i18next';
import { policiesFor } from '../../lib/policies.ts';
import { stringsFor } from '../apply/strings.ts';
import { fieldErrorKeys } from '../apply/pageProps.ts';
import { officeStrings } from '../places/strings.ts';
import followKeys from '../../../content/locales/zh-CN/follow.json';
import applyKeys from '../../../content/locales/zh-CN/apply.json';
import reportKeys from '../../../content/locales/zh-CN/reports.json';

export function caseIslandProps(t: TFunction, lang: string) {
  const titles = Object.fromEntries(policiesFor(lang).map((p) => [p.id, p.data.title]));
  // The 需补正 upload reuses the apply form's photo picker and its words; finding a lost number, the domain checks'
  // messages; 好差评, the report pages' rating words.
  const uploadKeys = Object.keys(applyKeys).filter((k) => k.startsWith('upload.'));
  const strings = { ...stringsFor(t, 'apply', uploadKeys), ...stringsFor(t, 'errors', fieldErrorKeys), ...stringsFor(t, 'follow', Object.keys(followKeys)), ...officeStrings(t), ...stringsFor(t, 'reports', Object.keys(reportKeys).filter((k) => k.startsWith('rating.'))) };
  return { titles, strings };
}
