// HMAC-SHA-256 (hex) of short texts, the HMACs looked up by value (an ID number's last 6, a query code, an ID number),
// from the key's inner and outer SHA-256 states computed once (RFC 2104, section 4; SHA-256 as in FIPS 180-4): each
// text then costs its own block (two when over 55 bytes) and the outer one, in plain 32-bit arithmetic. In the server
// between requests, OpenSSL's setup of each one-shot hash cost more than the hashing (two per HMAC, about 8 µs of
// CPU per lookup, against 1 µs in a loop); for texts of a few KB (the audit MAC) crypto.hash stays the faster.
// Every step is the same arithmetic whatever the text and key: no branch or table index depends on them.
// tests/unit/shortHmac.test.ts checks it against node:crypto's createHmac for every length up to several blocks.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** One SHA-256 compression of the 16 words in w[0..15] into `state` (w[16..63] is the schedule's scratch). */
function compress(state: Uint32Array, w: Uint32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!, e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = state[0]! + a;
  state[1] = state[1]! + b;
  state[2] = state[2]! + c;
  state[3] = state[3]! + d;
  state[4] = state[4]! + e;
  state[5] = state[5]! + f;
  state[6] = state[6]! + g;
  state[7] = state[7]! + h;
}

/** HMAC-SHA-256 with `key` (at most 64 bytes), hex. Synchronous, so its buffers are never used by two calls at once. */
export function shortHmac(key: Buffer): (text: string) => string {
  if (key.length > 64) throw new Error('shortHmac takes a key of at most 64 bytes');
  const w = new Uint32Array(64);
  const padded = Buffer.alloc(64);
  key.copy(padded);
  const stateAfterPad = (pad: number) => {
    const state = Uint32Array.from(INITIAL_STATE);
    for (let i = 0; i < 16; i++) w[i] = padded.readUInt32BE(4 * i) ^ (pad * 0x01010101);
    compress(state, w);
    return state;
  };
  const innerStart = stateAfterPad(0x36);
  const outerStart = stateAfterPad(0x5c);
  padded.fill(0);
  const state = new Uint32Array(8);
  let message = Buffer.alloc(128);
  /** The inner hash of a text of up to 55 ASCII characters, one block read straight from its char codes; false otherwise. */
  const innerOfAscii = (text: string): boolean => {
    const length = text.length;
    if (length > 55) return false;
    w.fill(0, 0, 16);
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) return false;
      w[i >> 2]! |= code << ((3 - (i & 3)) << 3);
    }
    w[length >> 2]! |= 0x80 << ((3 - (length & 3)) << 3);
    w[15] = (64 + length) * 8;
    state.set(innerStart);
    compress(state, w);
    return true;
  };
  const innerOfUtf8 = (text: string): void => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; 9 more for the padding's 0x80 and length.
    if (text.length * 3 + 9 > message.length) message = Buffer.alloc(64 * Math.ceil((text.length * 3 + 9) / 64));
    const length = message.write(text, 'utf8');
    const blocks = Math.ceil((length + 9) / 64);
    message.fill(0, length, blocks * 64);
    message[length] = 0x80;
    // The length in bits of all the inner hash took: the key's block, then the text.
    message.writeUInt32BE((64 + length) * 8, blocks * 64 - 4);
    state.set(innerStart);
    for (let block = 0; block < blocks; block++) {
      for (let i = 0; i < 16; i++) w[i] = message.readUInt32BE(64 * block + 4 * i);
      compress(state, w);
    }
  };
  return (text) => {
    if (!innerOfAscii(text)) innerOfUtf8(text);
    // The outer hash: its key block is in outerStart; then the inner digest, 0x80, and 96 bytes' length in bits.
    w.set(state);
    w[8] = 0x80000000;
    w.fill(0, 9, 15);
    w[15] = (64 + 32) * 8;
    state.set(outerStart);
    compress(state, w);
    let hex = '';
    for (let i = 0; i < 8; i++) {
      const v = state[i]!;
      hex += HEX[v >>> 24]! + HEX[(v >>> 16) & 255]! + HEX[(v >>> 8) & 255]! + HEX[v & 255]!;
    }
    return hex;
  };
}
