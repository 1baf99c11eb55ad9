// Renders docs/benchmarks.md from the benches' results: pure, so the layout is one concern apart from running them.
const SPECIAL = { processes: '1 vs 2 API processes (embedded file)', sqld: 'sqld vs the embedded file' };

const num = (v) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(Math.abs(v) < 10 ? 2 : Math.abs(v) < 100 ? 1 : 0) : String(v)) : String(v));
const cell = (v, unit) => (v === undefined || v === null ? '—' : `${num(v)}${unit ? ` ${unit}` : ''}`).replaceAll('|', '\\|');

function ratioOf(row) {
  if (typeof row.ratio === 'number') return `${row.ratio.toFixed(2)}×`;
  if (typeof row.value === 'number' && typeof row.baseline?.value === 'number' && row.baseline.value !== 0) return `${(row.value / row.baseline.value).toFixed(2)}×`;
  return '—';
}

function table(section) {
  const lines = [`### ${section.title}`, '', '| Figure | Value | Baseline (same run) | Ratio | Target | Verdict |', '|---|---|---|---|---|---|'];
  for (const row of section.rows) {
    const baseline = row.baseline ? `${row.baseline.name}: ${cell(row.baseline.value, row.baseline.unit)}` : 'none';
    lines.push(`| ${row.figure.replaceAll('|', '\\|')} | ${cell(row.value, row.unit)} | ${baseline.replaceAll('|', '\\|')} | ${ratioOf(row)} | ${row.target ?? '—'} | ${row.verdict ?? '—'} |`);
  }
  for (const note of section.notes ?? []) lines.push('', note);
  return lines.join('\n');
}

const tail = (text, n) => text.trimEnd().split('\n').slice(-n).join('\n');

export function renderReport({ machine, quick, results }) {
  const m = machine;
  const out = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench/all.mjs) from the run of ${m.startedAt} to ${m.finishedAt}. Do not edit by hand: run it again.`,
    '',
    quick ? '**Mode: BENCH_QUICK=1** — one round, short loads, 1,000 generated pages only: figures are indicative, not a full run.' : '**Mode: full run.**',
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${m.cpu} |`,
    `| Cores | ${m.cores} (shared with other engineers' work) |`,
    `| RAM | ${m.ramGb.toFixed(1)} GB |`,
    `| Load average (1/5/15 min) at start | ${m.loadAtStart} |`,
    `| Load average at end | ${m.loadAtEnd} |`,
    `| Node | ${m.node} |`,
    `| Chromium | ${m.chromium} |`,
    '',
    '## Runs',
    '',
    '| Bench | Result | Time |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.failure ? `**FAILED**: ${r.failure}` : 'ok'} | ${r.seconds.toFixed(0)} s |`),
    '',
  ];
  const special = {};
  for (const r of results) {
    out.push(`## ${r.title ?? `bench:${r.name}`}`, '');
    if (r.failure) out.push(`**Failed** (${r.failure}). Last lines of its output:`, '', '```', tail(r.output, 25), '```', '');
    for (const section of r.result?.sections ?? []) {
      if (SPECIAL[section.id]) special[section.id] = section;
      else out.push(table(section), '');
    }
    if (r.command && !r.failure) out.push(`Built in ${r.seconds.toFixed(0)} s (wall clock, including the postbuild steps).`, '');
  }
  out.push('## Several processes and sqld', '');
  for (const [id, title] of Object.entries(SPECIAL)) out.push(special[id] ? table(special[id]) : `### ${title}\n\nNot measured: bench:api wrote no \`${id}\` section in this run.`, '');
  out.push('## Output of each bench', '');
  for (const r of results) out.push(`<details><summary>${r.name}</summary>`, '', '```', tail(r.output, 80), '```', '', '</details>', '');
  return `${out.join('\n').trimEnd()}\n`;
}
