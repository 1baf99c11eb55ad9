// Which event kinds set which case fields: the fold a case row is checked against.
import { describe, expect, it } from 'vitest';
import { NO_STATE, stateFromEvents, stateMismatch, stateOfRow, type CaseState } from '../../api/audit/caseState.ts';

const state = (fields: Partial<CaseState>): CaseState => ({ ...NO_STATE, ...fields });

describe('stateFromEvents', () => {
  it.each([
    ['no events: nothing decided', [], state({})],
    ['a claim is open', [{ kind: 'submitted' }], state({ status: 'open' })],
    ['steps done set no field', [{ kind: 'submitted' }, { kind: 'step-done' }, { kind: 'signed-in' }], state({ status: 'open' })],
    ['cross-check flags add up in the order raised', [{ kind: 'submitted' }, { kind: 'flag-raised', detail: { code: 'duplicate_benefit', basis: 'same_programme' } }, { kind: 'flag-raised', detail: JSON.stringify({ code: 'conflict_of_interest', basis: 'actor_kin' }) }], state({ status: 'open', flags: 'duplicate_benefit:same_programme,conflict_of_interest:actor_kin' })],
    [
      '需补正 lists what is missing, uploads add up, recording the documents reopens the case',
      [
        { kind: 'submitted' },
        { kind: 'supplement-requested', detail: JSON.stringify({ items: ['户口簿'] }) },
        { kind: 'supplement-received', detail: { uploadIds: ['a'] } },
        { kind: 'supplement-received', detail: { uploadIds: ['b', 'c'] } },
        { kind: 'documents-recorded' },
      ],
      state({ status: 'open', supplementItems: ['户口簿'], supplementUploads: ['a', 'b', 'c'] }),
    ],
    [
      '公示 then 批准',
      [{ kind: 'submitted' }, { kind: 'notice-published', detail: { from: '2026-11-02', to: '2026-11-08', place: '林城镇公示栏' } }, { kind: 'approved', detail: { monthly: 375, fromMonth: '2026-12' } }],
      state({ status: 'approved', noticeFrom: '2026-11-02', noticeTo: '2026-11-08', noticePlace: '林城镇公示栏', approvedMonthly: 375, approvedFromMonth: '2026-12' }),
    ],
    ['不予批准 keeps its written reason', [{ kind: 'submitted' }, { kind: 'refused', detail: { reason: '收入高于标准' } }], state({ status: 'refused', refusalReason: '收入高于标准' })],
    ['an approval without its amount leaves the amount undecided', [{ kind: 'submitted' }, { kind: 'approved', detail: { monthly: '375' } }], state({ status: 'approved' })],
    ['a detail that is not JSON sets nothing from it', [{ kind: 'submitted' }, { kind: 'refused', detail: '{oops' }], state({ status: 'refused' })],
  ])('%s', (_, events, expected) => {
    expect(stateFromEvents(events)).toEqual(expected);
  });
});

describe('stateMismatch', () => {
  const row = { status: 'approved' as const, supplementItems: null, supplementUploads: null, noticeFrom: null, noticeTo: null, noticePlace: null, refusalReason: null, approvedMonthly: 375, approvedFromMonth: '2026-12', flags: null };

  it('agrees when the row holds what its events say', () => {
    expect(stateMismatch(stateOfRow(row), stateFromEvents([{ kind: 'submitted' }, { kind: 'approved', detail: { monthly: 375, fromMonth: '2026-12' } }]))).toBeUndefined();
  });

  it('names the first field a row holds without an event', () => {
    expect(stateMismatch(stateOfRow(row), stateFromEvents([{ kind: 'submitted' }]))).toEqual({ field: 'status', row: 'approved', events: 'open' });
    expect(stateMismatch(stateOfRow({ ...row, approvedMonthly: 3750 }), stateFromEvents([{ kind: 'submitted' }, { kind: 'approved', detail: { monthly: 375, fromMonth: '2026-12' } }]))).toEqual({ field: 'approvedMonthly', row: 3750, events: 375 });
  });
});
