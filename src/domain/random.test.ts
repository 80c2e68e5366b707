import { describe, expect, it } from 'vitest';
import { generatorFor, seedFromText, Xoshiro128 } from './random.ts';

describe('xoshiro128** (the bootstrap generator)', () => {
  it('gives the outputs of the reference C implementation (Blackman & Vigna) for state 1, 2, 3, 4', () => {
    // xoshiro128starstar.c compiled with gcc, s = {1, 2, 3, 4}: outputs 1–6 and 1,001.
    const generator = new Xoshiro128([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => generator.next())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    for (let i = 0; i < 994; i++) generator.next();
    expect(generator.next()).toBe(136054147);
  });

  it('draws below n as ⌊u · n / 2³²⌋, the same one by one and in bulk', () => {
    const one = new Xoshiro128([1, 2, 3, 4]);
    // 2031721883 · 10 / 2³² = 4.73… → 4 (the fifth output).
    expect(Array.from({ length: 5 }, () => one.below(10))).toEqual([0, 0, 0, 0, 4]);
    const bulk = new Xoshiro128([9, 8, 7, 6]);
    const single = new Xoshiro128([9, 8, 7, 6]);
    const out = new Int32Array(1000);
    bulk.fillBelow(7, out, 1000);
    expect(Array.from(out)).toEqual(Array.from({ length: 1000 }, () => single.below(7)));
    expect(bulk.next()).toBe(single.next());
  });

  it('is seeded from the first 16 bytes of SHA-256, as little-endian words', () => {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 …
    expect(Array.from(seedFromText('abc'))).toEqual([0xbf1678ba, 0xeacf018f, 0xde404141, 0x2322ae5d]);
    expect(generatorFor('abc').next()).toBe(new Xoshiro128(seedFromText('abc')).next());
    expect(generatorFor('abc').next()).not.toBe(generatorFor('abd').next());
  });

  it('leaves the all-zero state, which it could never leave otherwise', () => {
    const generator = new Xoshiro128([0, 0, 0, 0]);
    const outputs = Array.from({ length: 8 }, () => generator.next());
    expect(outputs.some((x) => x !== 0)).toBe(true);
  });
});
