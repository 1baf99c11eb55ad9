// The terminal's printer paper (MZY_PRINTER_PAPER, through the launcher's fragment): print.css lays slips out for
// html[data-paper]; the build's default is the 58 mm receipt printer.
import { terminalIdentity } from '../../lib/kiosk-terminal.ts';

export function applyPaper() {
  const paper = terminalIdentity()?.paper;
  if (paper) document.documentElement.dataset.paper = paper;
}
