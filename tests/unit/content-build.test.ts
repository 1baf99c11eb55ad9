import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

// Builds a copy of the content with one fault and expects `astro build` to stop, naming the file and the field.
function buildWith(fault: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-content-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    fault(join(dir, 'content'));
    const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), DIST_DIR: join(dir, 'dist') },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('content faults fail the build with the file and the field', () => {
  it('a policy missing a section (常见问题)', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'policies/zh-CN/dibao.md', (t) => t.replace(/^faq:[\s\S]*?(?=^\w+:)/m, '')));
    expect(status).not.toBe(0);
    expect(output).toContain('dibao');
    expect(output).toMatch(/faq/);
  });

  it('a summary longer than 80 characters', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'policies/zh-CN/tekun.md', (t) => t.replace(/^summary:.*$/m, `summary: ${'很长的摘要'.repeat(20)}`)));
    expect(status).not.toBe(0);
    expect(output).toContain('tekun');
    expect(output).toMatch(/summary/);
  });

  it('a local standard without its source', () => {
    const { status, output } = buildWith((dir) => edit(dir, 'regions/431225.yaml', (t) => t.replace(/^\s+source: 会同县民政局2022年上半年工作总结\(2022-09-01\)\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toContain('431225');
    expect(output).toMatch(/source/);
  });
});
