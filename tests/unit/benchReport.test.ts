import { describe, expect, it } from 'vitest';
import { renderReport } from '../../scripts/bench/report.mjs';

const machine = { cpu: 'Test CPU', cores: 2, ramGb: 8, node: 'v24.0.0', chromium: 'Chromium 1', loadAtStart: '1.00 1.00 1.00', loadAtEnd: '2.00 2.00 2.00', startedAt: 'a', finishedAt: 'b' };
const ok = (name: string, sections: unknown[]) => ({ name, script: `${name}.mjs`, seconds: 3, output: `${name} printed this`, result: { sections }, failure: null });

describe('docs/benchmarks.md', () => {
  it('gives each row its baseline by name, the ratio and the target, and names the machine', () => {
    const md = renderReport({ machine, quick: false, results: [ok('api', [{ title: 'Lookups', rows: [{ figure: 'lookup throughput', value: 500, unit: 'req/s', baseline: { name: 'bare node:http', value: 1000, unit: 'req/s' }, target: '≥ 0.5×', verdict: 'PASS' }] }])] });
    expect(md).toContain('| lookup throughput | 500 req/s | bare node:http: 1000 req/s | 0.50× | ≥ 0.5× | PASS |');
    expect(md).toContain('Test CPU');
    expect(md).toContain('2.00 2.00 2.00');
    expect(md).toContain('Chromium 1');
  });

  it('reports a failed bench as failed with its last output, and still reports the others', () => {
    const failed = { name: 'kiosk', script: 'kiosk.ts', seconds: 1, output: 'Error: no Chromium', result: null, failure: 'exited 1' };
    const md = renderReport({ machine, quick: true, results: [failed, ok('staff', [{ title: 'Queue', rows: [{ figure: 'queue', value: 3, unit: 'ms' }] }])] });
    expect(md).toContain('| kiosk | **FAILED**: exited 1 |');
    expect(md).toContain('Error: no Chromium');
    expect(md).toContain('| queue | 3.00 ms | none |');
    expect(md).toContain('BENCH_QUICK=1');
  });

  it('reads 1 vs 2 processes and sqld from the api bench when it has them, and says "not measured" otherwise', () => {
    const processes = { id: 'processes', title: '1 vs 2 processes', rows: [{ figure: 'claims, 2 processes', value: 200, unit: 'claims/s', baseline: { name: '1 process', value: 100, unit: 'claims/s' } }] };
    const md = renderReport({ machine, quick: false, results: [ok('api', [processes])] });
    expect(md).toContain('| claims, 2 processes | 200 claims/s | 1 process: 100 claims/s | 2.00× |');
    expect(md).toMatch(/sqld vs the embedded file\n\nNot measured/);
    expect(md).not.toMatch(/1 vs 2 API processes \(embedded file\)\n\nNot measured/);
  });
});
