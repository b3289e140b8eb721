/**
 * A small seeded pseudo-random generator for the demo county: sfc32 seeded through the cyrb128 string hash.
 * Everything the demo generator draws (names, sizes, dates, UUIDs) comes from here, so one seed always gives
 * the same county, byte for byte. Not for anything secret.
 */
export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [min, max], both included */
  int(min: number, max: number): number;
  /** one element, uniformly */
  pick<T>(items: readonly T[]): T;
  /** one value, with probability proportional to its weight */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** true with probability p */
  chance(p: number): boolean;
  /** normally distributed (Box–Muller) */
  normal(mean: number, sd: number): number;
  /** shuffles in place (Fisher–Yates) and returns the same array */
  shuffle<T>(items: T[]): T[];
  /** a version-4-format UUID drawn from this generator */
  uuid(): string;
  /** an independent generator derived from this one's seed and a label; does not consume this one */
  fork(label: string): Random;
}

/** cyrb128: a fast 128-bit string hash, used to turn a seed string into four 32-bit words. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: Chris Doty-Humphrey's small fast counting generator; returns 32-bit integers (signed). */
function sfc32(seed: [number, number, number, number]): () => number {
  let a = seed[0] | 0;
  let b = seed[1] | 0;
  let c = seed[2] | 0;
  let d = seed[3] | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t;
  };
}

const HEX4 = Array.from({ length: 65536 }, (_, i) => i.toString(16).padStart(4, "0"));
const hex4 = (w: number) => HEX4[w & 0xffff] as string;

/**
 * Creates a seeded generator.
 *
 * @param seed - any number or string; the same seed always yields the same sequence
 * @example createRandom(42).int(1, 6) // => the same die roll on every run
 */
export function createRandom(seed: number | string): Random {
  const seedText = String(seed);
  const next32 = sfc32(cyrb128(seedText));
  // Warm up: the first outputs of sfc32 are weakly mixed.
  for (let i = 0; i < 12; i++) next32();
  const next = () => (next32() >>> 0) * 2.3283064365386963e-10;

  const random: Random = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(choices) {
      let total = 0;
      for (const [, w] of choices) total += Math.max(0, w);
      if (choices.length === 0 || total <= 0) throw new Error("weighted pick without positive weights");
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= Math.max(0, w);
        if (r < 0) return value;
      }
      // Floating-point rounding can leave r at 0 after the last positive weight.
      for (let i = choices.length - 1; i >= 0; i--) {
        const choice = choices[i];
        if (choice && choice[1] > 0) return choice[0];
      }
      throw new Error("unreachable");
    },
    chance(p) {
      return next() < p;
    },
    normal(mean, sd) {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = tmp;
      }
      return items;
    },
    uuid() {
      const a = next32();
      const b = (next32() & 0xffff0fff) | 0x00004000;
      const c = (next32() & 0x3fffffff) | 0x80000000;
      const d = next32();
      return `${hex4(a >>> 16)}${hex4(a)}-${hex4(b >>> 16)}-${hex4(b)}-${hex4(c >>> 16)}-${hex4(c)}${hex4(d >>> 16)}${hex4(d)}`;
    },
    fork(label) {
      return createRandom(`${seedText}/${label}`);
    },
  };
  return random;
}

/** Clamps a number into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
