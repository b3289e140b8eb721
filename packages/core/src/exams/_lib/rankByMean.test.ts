import { describe, expect, it } from "vitest";
import { rankByMean } from "./rankByMean";

/** Competition ranks the plain way: one more than the means above. */
function reference(mean: Float64Array): number[] {
  return Array.from(mean, (m) => (Number.isNaN(m) ? 0 : 1 + Array.from(mean).filter((o) => o > m).length));
}

describe("rankByMean", () => {
  it("ranks highest first, ties sharing a rank and the next rank skipping, groups without a mean at 0", () => {
    expect(Array.from(rankByMean(Float64Array.of(70, Number.NaN, 80, 70, 60)))).toEqual([2, 0, 1, 2, 4]);
  });

  it("handles no groups, groups without any mean, and one mean shared by all", () => {
    expect(Array.from(rankByMean(new Float64Array(0)))).toEqual([]);
    expect(Array.from(rankByMean(Float64Array.of(Number.NaN, Number.NaN)))).toEqual([0, 0]);
    expect(Array.from(rankByMean(Float64Array.of(5, 5, 5)))).toEqual([1, 1, 1]);
  });

  it("agrees with the plain ranking on spread, clustered and crowded means", () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const spread = Float64Array.from({ length: 2000 }, () => Math.round(next() * 1000) / 8);
    // one far outlier puts nearly every mean in one bucket, with many ties among them
    const crowded = Float64Array.from({ length: 2000 }, (_, i) =>
      i === 0 ? -1e6 : 70 + Math.round(next() * 50) / 1e9,
    );
    const withGaps = Float64Array.from(spread, (m, i) => (i % 7 === 0 ? Number.NaN : m));
    for (const mean of [spread, crowded, withGaps]) expect(Array.from(rankByMean(mean))).toEqual(reference(mean));
  });
});
