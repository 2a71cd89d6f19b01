// The LZMA decoder the page unpacks its wasm with (scripts/lzma-decode.js), against xz's own
// encoder: every shape of input, every literal and position setting, and damaged streams,
// which must fail with an error rather than return wrong bytes or hang.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

import { decodeLzma } from '../../scripts/lzma-decode.js';

/** `bytes` compressed by `xz --format=lzma` with `options`. */
function xz(bytes, options = ['-9e']) {
  return new Uint8Array(execFileSync('xz', ['--format=lzma', ...options, '-c'], { input: bytes, maxBuffer: 1 << 26 }));
}

function roundTrip(bytes, options) {
  const decoded = decodeLzma(xz(bytes, options));
  assert.equal(Buffer.compare(Buffer.from(decoded), Buffer.from(bytes)), 0, `${bytes.length} bytes, ${options}`);
}

/** Text-like bytes with long repeats: matches, repeated distances and literals after them. */
function repetitive(length, seed) {
  const words = ['lead', 'quota', 'sales', 'marketing', ' ', '\n', '0123', 'SLA'];
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length;) {
    x = (x * 1103515245 + 12345) >>> 0;
    const word = words[x % words.length];
    for (let j = 0; j < word.length && i < length; j += 1) out[i++] = word.charCodeAt(j);
    if (x % 7 === 0 && i > 100) {
      const from = i - 1 - (x % Math.min(i, 5000));
      for (let k = 0; k < 40 && i < length; k += 1) out[i++] = out[from + k];
    }
  }
  return out;
}

test('decodes what xz encodes, for every shape of input', () => {
  for (const bytes of [
    new Uint8Array(0),
    Uint8Array.of(42),
    new Uint8Array(100_000),
    randomBytes(1),
    randomBytes(70_000),
    repetitive(300_000, 1),
    repetitive(12_345, 7),
  ]) {
    roundTrip(bytes);
  }
});

test('decodes every literal and position setting, and fast and small presets', () => {
  const bytes = repetitive(60_000, 3);
  for (const setting of ['lc=0,lp=0,pb=0', 'lc=3,lp=0,pb=2', 'lc=1,lp=2,pb=2', 'lc=4,lp=0,pb=4', 'lc=0,lp=4,pb=0', 'lc=2,lp=1,pb=1']) {
    roundTrip(bytes, [`--lzma1=preset=6,${setting}`]);
  }
  roundTrip(bytes, ['-0']);
  roundTrip(bytes, ['--lzma1=preset=9e,dict=4KiB']);
});

test('a header with the unpacked size stops there', () => {
  const bytes = repetitive(50_000, 5);
  const packed = xz(bytes);
  let size = bytes.length;
  for (let i = 5; i < 13; i += 1) {
    packed[i] = size % 256;
    size = Math.floor(size / 256);
  }
  assert.equal(Buffer.compare(Buffer.from(decodeLzma(packed)), Buffer.from(bytes)), 0);
});

test('damaged streams throw instead of returning wrong bytes', () => {
  const bytes = repetitive(40_000, 9);
  const packed = xz(bytes);
  assert.throws(() => decodeLzma(packed.subarray(0, 10)), /lzma/);
  assert.throws(() => decodeLzma(packed.subarray(0, packed.length - 20)), /lzma/);
  const badProps = packed.slice();
  badProps[0] = 225;
  assert.throws(() => decodeLzma(badProps), /lzma/);
  // Flipped bits in the body: an error, or (rarely) other bytes, but never a hang or a crash
  // of another kind.
  let caught = 0;
  for (let i = 0; i < 200; i += 1) {
    const damaged = packed.slice();
    damaged[20 + ((i * 7919) % (damaged.length - 20))] ^= 1 << (i % 8);
    try {
      const out = decodeLzma(damaged);
      assert.notEqual(Buffer.compare(Buffer.from(out), Buffer.from(bytes)), 0);
    } catch (error) {
      assert.match(String(error), /lzma/);
      caught += 1;
    }
  }
  assert.ok(caught > 150, `most damage is detected (${caught} of 200)`);
});
