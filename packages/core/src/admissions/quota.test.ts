import { describe, expect, it } from "vitest";
import { allocateQuota, type QuotaCandidate, type QuotaJuniorSchool, quotaInput, quotaProblems } from "./quota";

const school = (code: string, base: number, rural = false): QuotaJuniorSchool => ({
  code,
  name: `初中${code}`,
  base,
  rural,
});
const input = (
  schools: QuotaJuniorSchool[],
  over: {
    plan?: number;
    sharePercent?: number;
    ruralWeightPercent?: number;
    candidates?: QuotaCandidate[];
    floorLine?: number;
  } = {},
) =>
  quotaInput({
    code: "ZB-TEST",
    title: "测试",
    eventTime: "2026-06-30T09:00:00+08:00",
    seniorSchool: { code: "G1", name: "第一高级中学" },
    plan: over.plan ?? 100,
    sharePercent: over.sharePercent ?? 50,
    baseKind: "graduates",
    ruralWeightPercent: over.ruralWeightPercent ?? 100,
    juniorSchools: schools,
    floorLine: over.floorLine ?? 500,
    tieBreakNames: ["语数外", "数学"],
    candidates: over.candidates ?? [],
  });

function run(i: ReturnType<typeof input>) {
  const out = allocateQuota(i, "0".repeat(64));
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.result;
}
const places = (r: ReturnType<typeof run>) => Object.fromEntries(r.schools.map((s) => [s.code, s.places]));

describe("allocateQuota: largest remainder, worked by hand", () => {
  it("plan 100 at 50%: bases 300, 200, 100 → exact 25, 16.667, 8.333 → 25, 17, 8", () => {
    const r = run(input([school("A", 300), school("B", 200), school("C", 100)]));
    expect(r.quotaTotal).toBe(50);
    expect(r.schools.map((s) => s.floor)).toEqual([25, 16, 8]);
    expect(r.remainderPlaces).toBe(1);
    expect(places(r)).toEqual({ A: 25, B: 17, C: 8 });
    expect(r.schools.find((s) => s.code === "B")?.exact).toBe(16.6667);
  });
  it("rounds the quota up: plan 45 at 50% is 23 places", () => {
    expect(run(input([school("A", 1)], { plan: 45 })).quotaTotal).toBe(23);
  });
  it("breaks equal remainders by the larger base, then the smaller school code", () => {
    // Q = 10; bases 1, 1, 1 → exact 3⅓ each → floors 3, 3, 3, one place left; all remainders equal, bases equal → A
    expect(places(run(input([school("C", 1), school("A", 1), school("B", 1)], { plan: 20 })))).toEqual({
      A: 4,
      B: 3,
      C: 3,
    });
    // Q = 10; bases 3, 3, 6 (total 12) → exact 2.5, 2.5, 5 → floors 2, 2, 5, one place left; remainders 0.5, 0.5 tie,
    // equal bases → smaller code B before D
    expect(places(run(input([school("D", 3), school("B", 3), school("E", 6)], { plan: 20 })))).toEqual({
      B: 3,
      D: 2,
      E: 5,
    });
    // Q = 7; bases 2, 4, 1 (total 7) → exact 2, 4, 1: no remainders at all
    expect(places(run(input([school("A", 2), school("B", 4), school("C", 1)], { plan: 14 })))).toEqual({
      A: 2,
      B: 4,
      C: 1,
    });
  });
  it("breaks equal remainders by the larger weighted base before the code", () => {
    // Q = 4; bases 2, 2, 1 (total 5): exact 1.6, 1.6, 0.8 → floors 1, 1, 0, two left; remainders 3/5, 3/5, 4/5 → C first, then A (code) → 2, 1, 1
    expect(places(run(input([school("A", 2), school("B", 2), school("C", 1)], { plan: 8 })))).toEqual({
      A: 2,
      B: 1,
      C: 1,
    });
    // Q = 2; bases 1 (A), 3 (B), total 4 → exact 0.5, 1.5: remainders equal (2/4) → the larger base B wins → 0, 2
    expect(places(run(input([school("A", 1), school("B", 3)], { plan: 4 })))).toEqual({ A: 0, B: 2 });
  });
  it("weights rural schools: 120% turns 100 + 100 (rural) into 100 : 120", () => {
    // Q = 11; weighted 10000 and 12000 (total 22000) → exact 5 and 6
    const r = run(input([school("U", 100), school("R", 100, true)], { plan: 22, ruralWeightPercent: 120 }));
    expect(places(r)).toEqual({ U: 5, R: 6 });
    expect(r.schools.find((s) => s.code === "R")?.weightedBase).toBe(12_000);
  });
});

describe("allocateQuota: admission above the floor line", () => {
  const c = (code: string, s: string, score: number, tie: number[] = [0, 0]): QuotaCandidate => ({
    code,
    school: s,
    score,
    tieScores: tie,
  });
  it("admits by score, then the tie-break scores, then the code; returns places nobody above the line takes", () => {
    // Q = 3 → A gets 2 (base 2), B gets 1 (base 1)
    const r = run(
      input([school("A", 2), school("B", 1)], {
        plan: 6,
        floorLine: 500,
        candidates: [
          c("K1", "A", 600, [300, 100]),
          c("K2", "A", 610),
          c("K3", "A", 600, [300, 120]),
          c("K4", "A", 700, [0, 0]),
          c("K5", "B", 499),
        ],
      }),
    );
    const a = r.schools.find((s) => s.code === "A");
    expect(a?.places).toBe(2);
    expect(a?.admitted).toEqual(["K4", "K2"]);
    expect(r.schools.find((s) => s.code === "B")).toMatchObject({ places: 1, admitted: [], eligible: 0, returned: 1 });
    expect(r.returnedPlaces).toBe(1);
    expect(r.openPlaces).toBe(6 - 3 + 1);
  });
  it("separates equal totals by the tie-break scores in order, then by code", () => {
    const r = run(
      input([school("A", 1)], {
        plan: 4,
        candidates: [c("K9", "A", 600, [300, 100]), c("K3", "A", 600, [300, 120]), c("K1", "A", 600, [300, 120])],
      }),
    );
    expect(r.schools[0]?.admitted).toEqual(["K1", "K3"]);
  });
});

describe("quotaProblems", () => {
  it("refuses a share under 50%, a bad base, a candidate of an unknown school and missing tie scores", () => {
    expect(quotaProblems(input([school("A", 1)], { sharePercent: 40 }))[0]?.field).toBe("sharePercent");
    expect(quotaProblems(input([school("A", -1)]))[0]?.field).toBe("juniorSchools.0.base");
    const bad = input([school("A", 1)], { candidates: [{ code: "K", school: "Z", score: 1, tieScores: [1] }] });
    expect(quotaProblems(bad).map((p) => p.field)).toEqual(["candidates.0.school", "candidates.0.tieScores"]);
  });
});
