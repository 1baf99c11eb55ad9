// Personal data at rest: AES-256-GCM sealing, and a keyed HMAC where a value must be looked up.
import { createCipheriv, createDecipheriv, createSecretKey, hash, hkdfSync, randomBytes, type BinaryToTextEncoding } from 'node:crypto';
import { shortHmac } from './shortHmac.ts';

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
 * HMAC-SHA-256 (RFC 2104) from the key's two padded blocks and one-shot crypto.hash calls on buffers made once:
 * createHmac imports its key on every call, and a Hash object, a Buffer.concat or a digest returned as a new Buffer
 * per call each cost more than hashing a short text. The inner digest goes through hex into the outer block.
 * Synchronous, so a key's buffers are never used by two calls at once.
 */
export function keyedHmac(key: Buffer): (text: string, encoding: BinaryToTextEncoding) => string {
  const block = Buffer.alloc(64);
  key.copy(block);
  let inner = Buffer.alloc(64 + 256);
  block.forEach((b, i) => (inner[i] = b ^ 0x36));
  const outer = Buffer.alloc(64 + 32);
  block.forEach((b, i) => (outer[i] = b ^ 0x5c));
  // Views of `inner` by message length, made once each.
  let views: Buffer[] = [];
  return (text, encoding) => {
    const length = Buffer.byteLength(text, 'utf8');
    if (64 + length > inner.length) {
      inner = Buffer.concat([inner.subarray(0, 64), Buffer.alloc(length)]);
      views = [];
    }
    inner.write(text, 64, 'utf8');
    outer.write(hash('sha256', (views[length] ??= inner.subarray(0, 64 + length)), 'hex'), 64, 'hex');
    return hash('sha256', outer, encoding);
  };
}

/** A 32-byte key of its own for one use (`info`), derived from the master key with HKDF-SHA-256. */
export function deriveKey(masterKey: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `minzhengyun ${info}`, 32));
}

/** Separate keys for encryption, lookup hashes and tokens, derived from the one master key. */
export function makeSealer(masterKey: Buffer): Sealer {
  const derive = (info: string) => deriveKey(masterKey, info);
  // A KeyObject made once: given a Buffer, createCipheriv imports the key again on every call.
  const encryptionKey = createSecretKey(derive('aes-256-gcm'));
  // Lookup HMACs are of short texts, one per lookup: see shortHmac.ts.
  const lookupHmac = shortHmac(derive('lookup-hmac'));
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
      return lookupHmac(`${purpose}\0${text}`);
    },
    sign(payload) {
      return tokenHmac(payload, 'base64url');
    },
  };
}
