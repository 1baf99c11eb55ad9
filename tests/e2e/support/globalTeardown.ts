// Runs once after every browser test: see serverLogs.ts.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkServerLogs, serverLogFile } from './serverLogs.ts';

export default function globalTeardown(): void {
  const port = Number(process.env['E2E_PORT'] ?? 4399);
  // Partial runs (a file or two) make too few lines to judge; the check is for the whole suite.
  if (process.env['E2E_LOG_CHECK'] === '0') return;
  checkServerLogs([port, port - 1].map((p) => serverLogFile(join(tmpdir(), `mzy-e2e-${p}`))));
}
