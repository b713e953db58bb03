// RFC 6238 time-based one-time passwords, as an authenticator app computes them:
// HMAC-SHA-1 over the 30-second step counter, dynamic truncation, 6 digits.
import { createHmac } from 'node:crypto';

export const STEP_SECONDS = 30;

/** RFC 4648 base32 (padding and spaces ignored, case-insensitive) to bytes. */
export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`not a base32 character: ${JSON.stringify(ch)}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The step (counter) containing `unixMs`. */
export function stepAt(unixMs = Date.now()) {
  return Math.floor(unixMs / 1000 / STEP_SECONDS);
}

/** The 6-digit code for a given step. */
export function totpForStep(secretBase32, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(bin).padStart(6, '0');
}

/** The code for the current step, and that step. */
export function totpNow(secretBase32) {
  const step = stepAt();
  return { step, code: totpForStep(secretBase32, step) };
}
