import { describe, expect, it } from "vitest";
import { type FitnessResultRow, fitnessFigures } from "./figures";
import { groupedFigures, groupIndex, scoreTableOf } from "./scoreTable";

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of every status, band and BMI level, with scores on a few components. */
function rows(n: number): FitnessResultRow[] {
  const rnd = random(5);
  const bands = ["excellent", "good", "pass", "fail"] as const;
  const levels = ["低体重", "正常", "超重", "肥胖"] as const;
  return Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const status = r < 0.05 ? "exempt" : r < 0.08 ? "deferred" : "tested";
    const incomplete = status === "tested" && rnd() < 0.05;
    const total = status === "tested" && !incomplete ? Math.round(rnd() * 1100) / 10 : null;
    return {
      status,
      sex: i % 2 ? "female" : "male",
      grade: 1 + (i % 12),
      total,
      band: total === null ? null : bands[total >= 90 ? 0 : total >= 80 ? 1 : total >= 60 ? 2 : 3],
      bmiLevel: status === "tested" ? levels[Math.floor(rnd() * 4)] : null,
      scores:
        status === "tested"
          ? { bmi: 100, vital: Math.floor(rnd() * 101), run50: Math.floor(rnd() * 101), rope: Math.floor(rnd() * 101) }
          : {},
    } as FitnessResultRow;
  });
}

describe("groupedFigures over the score table", () => {
  it("gives each group exactly fitnessFigures of its rows", () => {
    const list = rows(5000);
    const table = scoreTableOf(list);
    const { keys, groupOf } = groupIndex(list.length, (i) => `${list[i]?.grade}|${list[i]?.sex}`);
    const figures = groupedFigures(table, groupOf, keys.length);
    keys.forEach((k, g) => {
      const own = list.filter((r) => `${r.grade}|${r.sex}` === k);
      expect(figures[g]).toEqual(fitnessFigures(own));
    });
  });

  it("leaves out students whose group is −1", () => {
    const list = rows(10);
    const { groupOf } = groupIndex(list.length, (i) => (i < 5 ? "a" : null));
    expect(groupedFigures(scoreTableOf(list), groupOf, 1)[0]?.records).toBe(5);
  });
});
