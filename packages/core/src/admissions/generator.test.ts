import { describe, expect, it } from "vitest";
import { drawStream } from "./generator";

// Test vectors of docs/verifiable-draws.md, produced by an independent implementation (Python hashlib).
const SEED = "0d436996fd1d3fb5d4afd7652dc2fd949935e9fda7f9fe651fb470e884bbe1ba";

describe("drawStream", () => {
  it("reads 32-bit big-endian words of SHA-256 in counter mode", () => {
    const s = drawStream(SEED, "test");
    expect(Array.from({ length: 10 }, () => s.nextWord())).toEqual([
      718916928, 3981082642, 86766414, 821422256, 3605030489, 2334935141, 2711587172, 166340585, 640027560, 3408328296,
    ]);
  });
  it("draws dice without bias by rejection", () => {
    const s = drawStream(SEED, "test");
    expect(Array.from({ length: 20 }, () => s.uniformInt(6))).toEqual([
      0, 4, 0, 2, 5, 5, 2, 5, 0, 0, 2, 5, 2, 4, 5, 2, 0, 2, 3, 4,
    ]);
  });
  it("rejects words at or above the largest multiple of n (n = 3,000,000,001)", () => {
    const s = drawStream(SEED, "test");
    expect(Array.from({ length: 5 }, () => s.uniformInt(3_000_000_001))).toEqual([
      718916928, 86766414, 821422256, 2334935141, 2711587172,
    ]);
    expect(s.wordsRead).toBe(7);
  });
  it("shuffles by Fisher–Yates from the last position down", () => {
    expect(drawStream(SEED, "test").shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([10, 4, 3, 1, 2, 6, 5, 7, 8, 9]);
  });
  it("gives independent streams for different labels and reads nothing for n = 1", () => {
    const a = drawStream(SEED, "a").nextWord();
    const b = drawStream(SEED, "b").nextWord();
    expect(a).not.toBe(b);
    const s = drawStream(SEED, "x");
    expect(s.uniformInt(1)).toBe(0);
    expect(s.wordsRead).toBe(0);
  });
  it("refuses a malformed seed and an impossible range", () => {
    expect(() => drawStream("00", "x")).toThrow();
    expect(() => drawStream(SEED, "x").uniformInt(0)).toThrow();
  });
  it("gives each of six faces about a sixth of 60,000 throws", () => {
    const s = drawStream(SEED, "dice");
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[s.uniformInt(6)]++;
    // chi-square with 5 degrees of freedom; 20.5 is the 0.001 critical value
    const chi = counts.reduce((sum, c) => sum + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(20.5);
  });
});
