// The TOTP helper the browser tests use, against RFC 6238 appendix B (SHA-1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base32Decode, totpForStep } from './support/totp.mjs';

// The RFC's SHA-1 seed "12345678901234567890" in base32.
const SEED = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

test('base32 decoding', () => {
  assert.equal(base32Decode(SEED).toString('ascii'), '12345678901234567890');
  assert.equal(base32Decode('mzxw6ytb oi======').toString('ascii'), 'foobar');
});

test('RFC 6238 SHA-1 test vectors (last 6 of the 8 digits)', () => {
  for (const [unix, eight] of [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ]) {
    assert.equal(totpForStep(SEED, Math.floor(unix / 30)), eight.slice(2), `T=${unix}`);
  }
});
