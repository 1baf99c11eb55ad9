// Personal data at rest: AES-256-GCM sealing, and a keyed HMAC where a value must be looked up.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, type Hash } from 'node:crypto';

const VERSION = 'v1';

export interface Sealer {
  /** Encrypts text; the result is `v1.<base64url iv|tag|ciphertext>`. */
  seal(text: string): string;
  /** Decrypts what `seal` made; throws when it was tampered with. */
  open(sealed: string): string;
  /** Keyed HMAC-SHA-256 (hex), for comparing without storing the value. */
  hmac(purpose: string, text: string): string;
  /** Signs a short token's payload (base64url). */
  sign(payload: string): string;
}

/**
 * HMAC-SHA-256 (RFC 2104) from hash states keyed once and copied per call: createHmac imports its key on every
 * call, which dominated the lookup profile.
 */
function keyedHmac(key: Buffer): (text: string) => Hash {
  const block = Buffer.alloc(64);
  key.copy(block);
  const pad = (byte: number) => createHash('sha256').update(block.map((b) => b ^ byte));
  const inner = pad(0x36);
  const outer = pad(0x5c);
  return (text) => outer.copy().update(inner.copy().update(text, 'utf8').digest());
}

/** Separate keys for encryption, lookup hashes and tokens, derived from the one master key. */
export function makeSealer(masterKey: Buffer): Sealer {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `minzhengyun ${info}`, 32));
  const encryptionKey = derive('aes-256-gcm');
  const lookupHmac = keyedHmac(derive('lookup-hmac'));
  const tokenHmac = keyedHmac(derive('token-hmac'));
  return {
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      const [version, data] = sealed.split('.');
      if (version !== VERSION || !data) throw new Error('Unknown sealing format');
      const raw = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hmac(purpose, text) {
      return lookupHmac(`${purpose}\0${text}`).digest('hex');
    },
    sign(payload) {
      return tokenHmac(payload).digest('base64url');
    },
  };
}
