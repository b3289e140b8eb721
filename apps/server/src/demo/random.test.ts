import { describe, expect, it } from "vitest";
import { createRandom } from "./random";

const draw = (seed: number | string, n = 20) => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe("createRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw("北原县")).toEqual(draw("北原县"));
  });

  it("gives a different sequence for a different seed", () => {
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it("draws integers within both bounds", () => {
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(-3, 3)));
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it("picks by weight and never picks a zero weight", () => {
    const rng = createRandom(2);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ["a", 3],
          ["b", 1],
          ["c", 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom(3).pick([])).toThrow(/empty/);
  });

  it("draws normal values with the requested mean and spread", () => {
    const rng = createRandom(4);
    const values = Array.from({ length: 20_000 }, () => rng.normal(50, 5));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(50, 0);
    expect(sd).toBeGreaterThan(4.8);
    expect(sd).toBeLessThan(5.2);
  });

  it("shuffles into a permutation", () => {
    const shuffled = createRandom(5).shuffle(Array.from({ length: 50 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("makes version-4 UUIDs that repeat with the seed and do not collide", () => {
    const a = createRandom(6);
    const b = createRandom(6);
    const ids = Array.from({ length: 5000 }, () => a.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(b.uuid()).toBe(ids[0]);
  });

  it("forks independent streams that do not depend on how much the parent drew", () => {
    const a = createRandom(8);
    const b = createRandom(8);
    b.next();
    b.next();
    expect(a.fork("x").next()).toBe(b.fork("x").next());
    expect(a.fork("x").next()).not.toBe(a.fork("y").next());
  });
});
