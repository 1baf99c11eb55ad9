import qrcode from 'qrcode-generator';

/** A QR code as one SVG path: `size` modules square with a quiet zone of 4, dark runs drawn row by row. */
export interface QrDrawing {
  size: number;
  path: string;
}

const quiet = 4;

export function qrDrawing(text: string): QrDrawing {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!qr.isDark(row, col)) { col++; continue; }
      let run = 1;
      while (col + run < count && qr.isDark(row, col + run)) run++;
      path += `M${col + quiet},${row + quiet}h${run}v1h-${run}z`;
      col += run;
    }
  }
  return { size: count + 2 * quiet, path };
}
