// Type-level check that the typed client (hc<Api>) sees every route's input and output; tsc runs it, nothing executes it.
import { hc } from 'hono/client';
import type { Api } from '../../api/app.ts';
const client = hc<Api>('http://x');
export async function f() {
  const r = await client.api.eligibility.$post({ json: { county: '1', hukou: 'urban', members: [{ age: 3 }], monthlyIncome: 1 } });
  if (r.status === 200) { const b = await r.json(); b.programmes[0]?.reason satisfies string | undefined; }
  if (r.status === 422) { const e = await r.json(); e.code satisfies string; }
  const l = await client.api.cases.lookup.$post({ json: { caseNumber: '1', factor: '2' } });
  if (l.ok) { const v = await l.json(); v.steps[0]?.state satisfies 'done' | 'current' | 'todo' | undefined; }
  await client.api.cases.$post({ header: { 'idempotency-key': 'x' }, json: {} as never });
  await client.api.uploads.$post({ form: { file: new File([], 'a') } });
  await client.api.session.$delete();
  const found = await client.api.cases.find.$post({ json: { idNumber: '1', name: '张三', phoneLast4: '1234' } });
  if (found.status === 200) { const b = await found.json(); b.cases[0]?.step.state satisfies 'done' | 'current' | 'todo' | undefined; }
  const mine = await client.api.agent.cases.$get({ query: { limit: '10' } });
  if (mine.status === 200) { const b = await mine.json(); b.total satisfies number; b.cases[0]?.applicantName satisfies string | undefined; }
}
