// A photo is shrunk while it is decoded (libjpeg and libwebp decode at 1/2, 1/4 or 1/8 directly), then encoded as
// plain JPEG: EXIF (GPS, device) and anything hidden after the image data are gone.
import sharp from 'sharp';
import type { UploadRules } from './rules.ts';

// One libvips thread per photo and no cache: the image queue, not libvips, decides how many cores photos take.
sharp.concurrency(1);
sharp.cache(false);

export type Reencoded =
  | { ok: true; data: Uint8Array; width: number; height: number }
  | { ok: false; problem: 'unreadable' | 'too_many_pixels' | 'timed_out' };

export type ReencodeRules = Pick<UploadRules, 'maxPixels' | 'longSide' | 'jpegQuality' | 'jobTimeoutSeconds'>;

export async function reencode(bytes: Uint8Array, rules: ReencodeRules): Promise<Reencoded> {
  // The header alone says how many pixels there are, before any of them is decoded.
  const meta = await sharp(bytes).metadata().catch(() => undefined);
  if (!meta?.width || !meta.height) return { ok: false, problem: 'unreadable' };
  if (meta.width * meta.height > rules.maxPixels) return { ok: false, problem: 'too_many_pixels' };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: rules.maxPixels, failOn: 'error', autoOrient: true })
      .resize({ width: rules.longSide, height: rules.longSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: rules.jpegQuality, mozjpeg: false })
      .timeout({ seconds: rules.jobTimeoutSeconds })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, data, width: info.width, height: info.height };
  } catch (error) {
    return { ok: false, problem: error instanceof Error && /timeout/i.test(error.message) ? 'timed_out' : 'unreadable' };
  }
}
