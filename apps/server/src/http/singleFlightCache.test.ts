import { describe, expect, it } from "vitest";
import { SingleFlightCache } from "./singleFlightCache";

describe("SingleFlightCache", () => {
  it("shares one computation among concurrent callers and reuses it within the TTL", async () => {
    const cache = new SingleFlightCache<number>(1000);
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get("k", 0, compute), cache.get("k", 0, compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await cache.get("k", 999, compute)).toBe(1);
    expect(await cache.get("k", 1000, compute)).toBe(2);
  });

  it("does not keep a failure", async () => {
    const cache = new SingleFlightCache<number>(1000);
    await expect(cache.get("k", 0, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await Promise.resolve();
    expect(await cache.get("k", 1, async () => 5)).toBe(5);
  });

  it("keeps keys apart and stays within its bound", async () => {
    const cache = new SingleFlightCache<string>(1000, 2);
    await cache.get("a", 0, async () => "a");
    await cache.get("b", 0, async () => "b");
    await cache.get("c", 0, async () => "c");
    expect(await cache.get("a", 1, async () => "a2")).toBe("a2");
  });

  it("recomputes after a write (a new epoch) even within the TTL", async () => {
    const cache = new SingleFlightCache<number>(1000);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get("k", 0, compute, 1)).toBe(1);
    expect(await cache.get("k", 10, compute, 1)).toBe(1);
    expect(await cache.get("k", 20, compute, 2)).toBe(2);
  });
});
