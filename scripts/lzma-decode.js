// An LZMA decoder (the `.lzma` format `xz --format=lzma` writes), written from the format's
// specification (LzmaSpec in the LZMA SDK). The page downloads the wasm compressed this way,
// 15 % smaller than the best DEFLATE, and this function, inlined into the boot script by
// scripts/precompress.mjs, unpacks it. The build decodes its own output with it and compares
// the result with the wasm byte for byte before shipping anything (and tests/e2e/lzma.test.mjs
// decodes streams of every shape), so a decoder fault fails the build, never a visit.
//
// Plain JavaScript with no dependencies: it runs in the page and in Node alike.

function decodeLzma(input) {
  let at = 13;
  const props = input[0];
  if (input.length < 18 || props >= 225) throw new Error('lzma: not an LZMA stream');
  const lc = props % 9;
  const lp = ((props / 9) | 0) % 5;
  const pb = (props / 45) | 0;
  // The unpacked size, if the header gives one (all ones: until the end marker).
  let known = false;
  let size = 0;
  for (let i = 12; i >= 5; i -= 1) {
    if (input[i] !== 0xff) known = true;
    size = size * 256 + input[i];
  }
  let out = new Uint8Array(known ? size : input.length * 4);
  let pos = 0;

  // The range decoder.
  if (input[at++] !== 0) throw new Error('lzma: corrupt stream');
  let range = 0xffffffff;
  let code = 0;
  for (let i = 0; i < 4; i += 1) code = (code * 256 + input[at++]) >>> 0;
  const next = () => {
    if (at >= input.length) throw new Error('lzma: truncated stream');
    return input[at++];
  };
  const bit = (probs, i) => {
    const p = probs[i];
    const bound = (range >>> 11) * p;
    let b;
    if (code < bound) {
      range = bound;
      probs[i] = p + ((2048 - p) >> 5);
      b = 0;
    } else {
      range -= bound;
      code -= bound;
      probs[i] = p - (p >> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      range = (range * 256) >>> 0;
      code = (code * 256 + next()) >>> 0;
    }
    return b;
  };
  const direct = (count) => {
    let value = 0;
    for (let i = 0; i < count; i += 1) {
      range >>>= 1;
      const b = code >= range ? 1 : 0;
      if (b) code -= range;
      value = value * 2 + b;
      if (range < 0x1000000) {
        range = (range * 256) >>> 0;
        code = (code * 256 + next()) >>> 0;
      }
    }
    return value;
  };
  const tree = (probs, base, count) => {
    let m = 1;
    for (let i = 0; i < count; i += 1) m = m * 2 + bit(probs, base + m);
    return m - (1 << count);
  };
  const reverse = (probs, base, count) => {
    let m = 1;
    let value = 0;
    for (let i = 0; i < count; i += 1) {
      const b = bit(probs, base + m);
      m = m * 2 + b;
      value |= b << i;
    }
    return value;
  };
  const model = (n) => new Uint16Array(n).fill(1024);

  const literals = model(0x300 << (lc + lp));
  const isMatch = model(192);
  const isRep = model(12);
  const isRepG0 = model(12);
  const isRepG1 = model(12);
  const isRepG2 = model(12);
  const isRep0Long = model(192);
  const posSlots = model(256);
  const posSpecial = model(115);
  const align = model(16);
  // A length coder: choice, choice 2, 16 low trees and 16 middle trees of 3 bits, a high tree.
  const lengths = () => model(2 + 16 * 8 * 2 + 256);
  const matchLengths = lengths();
  const repLengths = lengths();
  const length = (probs, posState) => {
    if (!bit(probs, 0)) return tree(probs, 2 + posState * 8, 3);
    if (!bit(probs, 1)) return 8 + tree(probs, 130 + posState * 8, 3);
    return 16 + tree(probs, 258, 8);
  };

  const put = (byte) => {
    if (pos === out.length) {
      if (known) throw new Error('lzma: longer than its header says');
      const bigger = new Uint8Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[pos++] = byte;
  };

  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  const posMask = (1 << pb) - 1;
  const litMask = (1 << lp) - 1;
  for (;;) {
    // A stream of known size may end there, with or without an end marker.
    if (known && pos === size) return out;
    const posState = pos & posMask;
    if (!bit(isMatch, (state << 4) + posState)) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & litMask) << lc) + (prev >> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        let match = out[pos - rep0 - 1];
        do {
          const matchBit = (match >> 7) & 1;
          match <<= 1;
          const b = bit(literals, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (matchBit !== b) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(literals, base + symbol);
      put(symbol - 0x100);
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state)) {
      if (pos === 0) throw new Error('lzma: corrupt stream');
      if (!bit(isRepG0, state)) {
        if (!bit(isRep0Long, (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          put(out[pos - rep0 - 1]);
          continue;
        }
      } else {
        let dist;
        if (!bit(isRepG1, state)) {
          dist = rep1;
        } else {
          if (!bit(isRepG2, state)) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(repLengths, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(matchLengths, posState);
      state = state < 7 ? 7 : 10;
      // The distance: a slot by the length so far, then its low bits.
      const slot = tree(posSlots, (len < 3 ? len : 3) << 6, 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const count = (slot >> 1) - 1;
        let dist = (2 | (slot & 1)) * 2 ** count;
        if (slot < 14) {
          dist += reverse(posSpecial, dist - slot, count);
        } else {
          dist += direct(count - 4) * 16;
          dist += reverse(align, 0, 4);
        }
        rep0 = dist;
      }
      if (rep0 === 0xffffffff) break; // the end marker: the range coder must end at zero
      if (rep0 >= pos) throw new Error('lzma: corrupt stream');
    }
    for (let n = len + 2; n > 0; n -= 1) {
      if (known && pos === size) throw new Error('lzma: longer than its header says');
      put(out[pos - rep0 - 1]);
    }
  }
  if (code !== 0 || known) throw new Error('lzma: corrupt stream');
  return out.subarray(0, pos);
}

export { decodeLzma };
