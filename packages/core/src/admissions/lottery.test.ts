import { describe, expect, it } from "vitest";
import { canonicalJson, digestOfText } from "./canonical";
import { type LotteryApplicant, lotteryInput, lotteryProblems, runLottery } from "./lottery";
import { drawSeed } from "./seed";

const seedOf = (i: number) => drawSeed(digestOfText(`lottery ${i}`), [String(i)]);
const tiers = [
  { tier: 1, label: "学区内户籍" },
  { tier: 2, label: "其他" },
];
const input = (applicants: LotteryApplicant[], places: number) =>
  lotteryInput({
    code: "YH-TEST",
    title: "测试摇号",
    eventTime: "2026-07-10T09:00:00+08:00",
    places,
    tiers,
    applicants,
  });
const a = (code: string, tier = 2, family: string | null = null): LotteryApplicant => ({ code, tier, family });

function run(applicants: LotteryApplicant[], places: number, seed = seedOf(0)) {
  const i = input(applicants, places);
  const out = runLottery(i, digestOfText(canonicalJson(i)), seed);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.result;
}

describe("runLottery", () => {
  it("admits the higher tier first and draws the rest", () => {
    const r = run([a("A1", 1), a("A2", 1), a("B1"), a("B2"), a("B3"), a("B4")], 4);
    expect(
      r.admitted
        .slice(0, 2)
        .map((x) => x.code)
        .sort(),
    ).toEqual(["A1", "A2"]);
    expect(r.admitted).toHaveLength(4);
    expect(r.waiting).toHaveLength(2);
    expect(r.waiting.every((x) => x.tier === 2)).toBe(true);
    expect([...r.admitted, ...r.waiting].map((x) => x.drawPosition)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("admits twins together or neither, counting both places, and lets a later single take a last place", () => {
    for (let s = 0; s < 50; s++) {
      const r = run([a("T1", 2, "F"), a("T2", 2, "F"), a("S1"), a("S2"), a("S3")], 2, seedOf(s));
      const admitted = r.admitted.map((x) => x.code);
      expect(admitted.includes("T1")).toBe(admitted.includes("T2"));
      expect(admitted.length).toBeLessThanOrEqual(2);
      expect(admitted.length).toBe(2);
      const t1 = [...r.admitted, ...r.waiting].find((x) => x.code === "T1");
      const t2 = [...r.admitted, ...r.waiting].find((x) => x.code === "T2");
      expect(t1?.drawPosition).toBe(t2?.drawPosition);
    }
  });
  it("reports places left when there are fewer applicants than places", () => {
    const r = run([a("A"), a("B")], 5);
    expect(r.placesLeft).toBe(3);
    expect(r.waiting).toEqual([]);
  });
  it("is the same byte for byte for the same seed and differs for another", () => {
    const list = Array.from({ length: 30 }, (_, i) => a(`X${i}`, 1 + (i % 2)));
    expect(canonicalJson(run(list, 10, seedOf(1)))).toBe(canonicalJson(run([...list].reverse(), 10, seedOf(1))));
    expect(canonicalJson(run(list, 10, seedOf(1)))).not.toBe(canonicalJson(run(list, 10, seedOf(2))));
  });
  it("gives every applicant of a tier the same chance (chi-square over 4,000 draws)", () => {
    const list = Array.from({ length: 8 }, (_, i) => a(`P${i}`));
    const wins = new Array(8).fill(0);
    for (let s = 0; s < 4000; s++) {
      for (const x of run(list, 2, seedOf(s)).admitted) wins[Number(x.code.slice(1))]++;
    }
    // each wins with probability 1/4: expected 1,000 wins and 3,000 losses
    const chi = wins.reduce((sum, w) => sum + (w - 1000) ** 2 / 1000 + (w - 1000) ** 2 / 3000, 0);
    expect(chi).toBeLessThan(24.32); // 7 degrees of freedom, 0.001
  });
});

describe("lotteryProblems", () => {
  it("refuses no places, unknown tiers, duplicate codes and split families, by row", () => {
    expect(lotteryProblems(input([a("A")], 0))[0]?.field).toBe("places");
    expect(lotteryProblems(input([a("A", 3)], 1))[0]?.field).toBe("applicants.0.tier");
    expect(lotteryProblems(input([a("A"), a("A")], 1))[0]?.field).toBe("applicants.1.code");
    expect(lotteryProblems(input([a("A", 1, "F"), a("B", 2, "F")], 1))[0]?.message).toContain("顺位不一致");
    expect(lotteryProblems(input([a("A", 1, "F")], 1))[0]?.message).toContain("只有 1 名");
  });
});
