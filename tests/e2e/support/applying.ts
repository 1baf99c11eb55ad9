// Test data for applications: valid ID numbers made with the domain's own check character, and a small JPEG.
import sharp from 'sharp';
import { idCheckCharacter } from '../../../api/domain/idNumber.ts';

/** A valid 18-digit number for someone of the county 431225 born on `birth` (YYYYMMDD). */
export function idNumberFor(birth: string, sequence = '002'): string {
  const first17 = `431225${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

/** A 40×30 JPEG, as a phone's camera would give (much smaller). */
export async function smallJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
}
