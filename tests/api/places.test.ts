import { beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_ID, newKey, seedDemo, signInAs, testApp, validClaim } from './testApp.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let linchenPassword: string;
beforeAll(async () => {
  t = await testApp();
  linchenPassword = (await seedDemo(t)).credentials.agents.find((a) => a.username === 'linchen-daiban')!.password;
});
const submit = (body: unknown, headers: Record<string, string> = {}) => t.post('/api/cases', body, { 'idempotency-key': newKey(), ...headers });

interface WhereToGo {
  countyName: string;
  township: string;
  village?: string;
  listed: boolean;
  offices: { name: string; level: string; phone?: string }[];
}
const lookup = async (caseNumber: string) =>
  (await (await t.post('/api/cases/lookup', { caseNumber, factor: APPLICANT_ID.slice(-6) })).json()) as { whereToGo?: WhereToGo };

describe('townships in a claim (lists may be incomplete: 其他 / 不在列表里)', () => {
  it('a township in no list (其他, typed) is accepted, and the lookup shows it with whom to ask', async () => {
    const res = await submit(validClaim({ township: '长寨乡', village: '新寨村' }));
    expect(res.status).toBe(201);
    const { caseNumber } = (await res.json()) as { caseNumber: string };
    const view = await lookup(caseNumber);
    expect(view.whereToGo).toEqual({
      countyName: '会同县',
      township: '长寨乡',
      village: '新寨村',
      listed: false,
      offices: [
        { name: '长寨乡人民政府（社会救助受理窗口）', level: 'township' },
        { name: '会同县民政局', level: 'county', note: expect.stringContaining('政务服务窗口') },
      ],
    });
  });

  it('a township of another county is refused with an error that names the county it belongs to', async () => {
    const res = await submit(validClaim({ township: '建中镇' }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; field: string; message: string };
    expect(body).toMatchObject({ code: 'township_other_county', field: 'township' });
    expect(body.message).toContain('“建中镇”是瓮安县的乡镇');
    expect(body.message).toContain('其他 / 不在列表里');

    const en = await submit(validClaim({ township: '建中镇' }), { 'accept-language': 'en' });
    expect(((await en.json()) as { message: string }).message).toContain('is a township of 瓮安县');
  });

  it('a district of 安顺市 takes its own townships and refuses a neighbouring district\'s', async () => {
    expect((await submit(validClaim({ county: '520403', township: '乐平镇', village: '塘约村' }))).status).toBe(201);
    const wrong = await submit(validClaim({ county: '520402', township: '乐平镇' }));
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { message: string }).message).toContain('平坝区');
  });

  it('an agent files only in their own township, so a typed township is refused for them (issue 8, finding 6)', async () => {
    const session = await signInAs(t, 'linchen-daiban', linchenPassword);
    const png = await (await import('sharp')).default({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    const form = new FormData();
    form.set('file', new File([png], 'weituo.png', { type: 'image/png' }));
    const { uploadId } = (await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string };
    const signedOn = chinaDate(new Date(Date.now() - 86_400_000));
    const res = await submit(validClaim({ township: '长寨乡', agentAuthorisation: { uploadId, signedOn } }), session);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'agent_outside_area', field: 'township', message: expect.stringContaining('林城镇') });
  });
});

describe('GET /api/regions', () => {
  it('lists 安顺市\'s townships under each district, with the district bureau', async () => {
    const body = (await (await t.app.request('/api/regions')).json()) as { counties: { code: string; townships: unknown[]; districts: { code: string; office: string; townships: { name: string; villages: string[] }[] }[] }[] };
    const anshun = body.counties.find((c) => c.code === '520400')!;
    expect(anshun.townships).toEqual([]);
    const pingba = anshun.districts.find((d) => d.code === '520403')!;
    expect(pingba.office).toBe('平坝区民政局');
    expect(pingba.townships.find((t) => t.name === '乐平镇')?.villages).toEqual(['塘约村']);
    expect(pingba.townships).toHaveLength(11);
  });
});
