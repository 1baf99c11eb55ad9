import { describe, expect, it } from 'vitest';
import { viewJson, withAccessToken } from '../../api/cases/viewJson.ts';
import type { CaseView } from '../../api/schemas/caseView.ts';

const view: CaseView = {
  caseNumber: '483109275566',
  programme: 'dibao',
  applicantName: '买*',
  applicantIdMasked: '**************002X',
  submittedBy: { kind: 'self' },
  steps: [{ step: 'apply', title: '提交申请', state: 'done', doneOn: '2026-11-30', actor: '申请人' }],
  payments: [],
  linkedCases: [],
  accessToken: '',
};

describe('a case view serialised once', () => {
  it('gives the same bytes as JSON.stringify with the token in its place, optional parts after it', () => {
    const refused: CaseView = { ...view, refusal: { reason: '他说 "accessToken":"" 不算', howToObject: '可申请行政复议' }, approved: { monthly: 375, fromMonth: '2026-12' } };
    for (const v of [view, refused]) {
      const json = viewJson(v);
      for (const token of ['eyJzIjoiY2FzZToxMiJ9.abc-_9', '', 'odd "token" 令牌']) {
        expect(withAccessToken(json, token).toString('utf8')).toBe(JSON.stringify({ ...v, accessToken: token }));
      }
    }
  });

  it('answers one minute\'s token with the same bytes every time, and a new token in new bytes, leaving those given out as they were', () => {
    const json = viewJson(view);
    const first = withAccessToken(json, 'token-of-12:00');
    const sent = Buffer.from(first);
    expect(withAccessToken(json, 'token-of-12:00')).toBe(first);
    const next = withAccessToken(json, 'token-of-12:01 longer');
    expect(next).not.toBe(first);
    expect(next.toString('utf8')).toBe(JSON.stringify({ ...view, accessToken: 'token-of-12:01 longer' }));
    // A socket may still be sending the earlier answer: it must not change under it.
    expect(first.equals(sent)).toBe(true);
    expect(withAccessToken(json, 'token-of-12:00').toString('utf8')).toBe(JSON.stringify({ ...view, accessToken: 'token-of-12:00' }));
  });
});
