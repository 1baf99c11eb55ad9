// What the kiosk sends at 结束 (site/scripts/kiosk/rating.ts): POST /api/ratings takes a session of a terminal, or an
// ended case with its query code (api/schemas/ratings.ts); a case looked up by the ID number's last 6 has no code.
import { describe, expect, it } from 'vitest';
import { ratingBody } from '../../site/scripts/kiosk/rating.ts';
import { ratingRequestSchema } from '../../api/schemas/ratings.ts';

const ended = { caseNumber: '431225260001', queryCode: '12345678', ratable: true };

describe('the kiosk rating at 结束', () => {
  it('rates the session with the terminal when no ended case was looked up', () => {
    expect(ratingBody(4, 7, undefined)).toEqual({ level: 4, terminal: 7 });
    expect(ratingBody(4, 7, { ...ended, ratable: false })).toEqual({ level: 4, terminal: 7 });
  });

  it('rates the ended case with its query code, from the terminal', () => {
    expect(ratingBody(3, 7, ended)).toEqual({ level: 3, terminal: 7, caseNumber: ended.caseNumber, queryCode: ended.queryCode });
    expect(ratingBody(3, undefined, ended)).toEqual({ level: 3, caseNumber: ended.caseNumber, queryCode: ended.queryCode });
  });

  it('sends nothing the API would refuse: no terminal and no case with a code', () => {
    expect(ratingBody(5, undefined, undefined)).toBeUndefined();
    expect(ratingBody(5, undefined, { ...ended, queryCode: undefined })).toBeUndefined();
    for (const body of [ratingBody(5, 7, undefined), ratingBody(2, 7, ended), ratingBody(1, undefined, ended)]) expect(ratingRequestSchema.safeParse(body).success).toBe(true);
  });
});
