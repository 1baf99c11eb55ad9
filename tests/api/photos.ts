// Photos made at run time for upload tests and bench:uploads: noise, so they do not compress away.
import sharp from 'sharp';

/** A phone-like JPEG of pixel noise (4000×3000 at quality 80 is about 4.6 MB). */
export function noisePhoto(width: number, height: number, seed = 0): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#8a7a66', noise: { type: 'gaussian', mean: 120 + seed, sigma: 30 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A large JPEG of 8×8-pixel noise blocks: 8064×6048 (48.8 MP) is about 3.8 MB, like the 49 MP photo of issue 8. */
export async function blockyPhoto(width: number, height: number): Promise<Buffer> {
  const coarse = await sharp({ create: { width: width / 8, height: height / 8, channels: 3, background: '#b0a890', noise: { type: 'gaussian', mean: 150, sigma: 40 } } }).png().toBuffer();
  return sharp(coarse).resize(width, height, { kernel: 'nearest' }).jpeg({ quality: 80 }).toBuffer();
}

/** A one-colour JPEG: cheap to make at any size. */
export function plainPhoto(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#d8d0c0' } }).jpeg().toBuffer();
}

/** The multipart body of POST /api/uploads. */
export function photoForm(bytes: Uint8Array, name = 'photo.jpg'): FormData {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
  return form;
}
