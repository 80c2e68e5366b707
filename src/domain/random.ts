import { createHash } from 'node:crypto';

/**
 * The seeded pseudo-random generator of the bootstrap (DESIGN §5.9): xoshiro128** 1.1 (Blackman &
 * Vigna, 2018), a small, fast 32-bit generator that passes BigCrush and PractRand and is simple to
 * reimplement exactly in any language (scripts/bootstrap-fixtures.py does, to check the intervals).
 * It is written out here rather than taken from a package because its exact output is part of the
 * method: the same round must give the same interval in every version of the product, so the
 * stream may never change with a dependency's release.
 *
 * Seeding: the first 16 bytes of SHA-256 of a text (UTF-8) as four little-endian 32-bit words of
 * state; the all-zero state (which xoshiro cannot leave) becomes `[1, 0, 0, 0]`.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @example new Xoshiro128(seedFromText('round-id\u0000respondents')).next() */
  constructor(state: ArrayLike<number>) {
    this.s0 = state[0]! | 0;
    this.s1 = state[1]! | 0;
    this.s2 = state[2]! | 0;
    this.s3 = state[3]! | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next output: an integer in [0, 2³²). */
  next(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const s2 = this.s2 ^ this.s0;
    const s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 = this.s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /**
   * A uniform index in [0, n): `⌊u · n / 2³²⌋` for the next output u (multiply-shift; its bias,
   * at most n / 2³², is far below the bootstrap's own noise). Exact in double arithmetic for
   * n < 2²¹.
   *
   * @example generator.below(6) // 0 … 5
   */
  below(n: number): number {
    return Math.floor((this.next() * n) / 4294967296);
  }

  /**
   * Fills `out[0 … count)` with `below(n)` draws, exactly as that many calls would, with the state
   * kept in locals: the bootstrap's hot loop.
   */
  fillBelow(n: number, out: Int32Array, count: number): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < count; i++) {
      const m = Math.imul(s1, 5);
      const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      out[i] = Math.floor((result * n) / 4294967296);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }
}

/**
 * The seed state for a text: the first 16 bytes of its SHA-256 digest as four little-endian
 * unsigned 32-bit words.
 *
 * @example seedFromText('abc') // Uint32Array [0xbf1678ba, 0xeacf018f, 0xde404141, 0x2322ae5d]
 */
export function seedFromText(text: string): Uint32Array {
  const digest = createHash('sha256').update(text, 'utf8').digest();
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) state[i] = digest.readUInt32LE(i * 4);
  return state;
}

/** A generator seeded from a text (see `seedFromText`). */
export function generatorFor(text: string): Xoshiro128 {
  return new Xoshiro128(seedFromText(text));
}
