import { describe, expect, it } from "vitest";
import { tQuantile975, valueAdded, valueAddedByGroupings } from "./valueAdded";

function rng(seed: number) {
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return { u, normal };
}

describe("tQuantile975", () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [9, 2.262],
    [29, 2.045],
    [1000, 1.962],
  ])("t(0.975, %i) ≈ %f", (df, t) => expect(tQuantile975(df)).toBeCloseTo(t, 2));
});

describe("valueAdded", () => {
  it("recovers a planted school effect", () => {
    const r = rng(11);
    const schools = 40;
    const per = 80;
    const effect = Array.from({ length: schools }, () => r.u() - 0.5);
    effect[7] = 0.8; // one clearly better school
    effect[13] = -0.8; // one clearly weaker
    const n = schools * per;
    const prev = new Float64Array(n);
    const cur = new Float64Array(n);
    const group = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const s = Math.floor(i / per);
      group[i] = s;
      prev[i] = 70 + 12 * r.normal();
      cur[i] = 60 + 0.7 * (prev[i]! - 70) + 10 * effect[s]! + 8 * r.normal();
      if (r.u() < 0.05) prev[i] = Number.NaN; // not matched
    }
    const va = valueAdded(cur, prev, group, schools);
    expect(va.matched).toBeGreaterThan(n * 0.9);
    expect(va.slope!).toBeGreaterThan(0.5);
    const est = va.groups.map((g) => g.estimate!);
    // the planted extremes come out on top and at the bottom
    expect(est.indexOf(Math.max(...est))).toBe(7);
    expect(est.indexOf(Math.min(...est))).toBe(13);
    // and the estimates follow the planted effects closely
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const me = mean(effect);
    const mx = mean(est);
    const cov = mean(effect.map((e, i) => (e - me) * (est[i]! - mx)));
    const corr = cov / Math.sqrt(mean(effect.map((e) => (e - me) ** 2)) * mean(est.map((x) => (x - mx) ** 2)));
    expect(corr).toBeGreaterThan(0.95);
    // every interval has its n and a width that shrinks with more students
    for (const g of va.groups) {
      expect(g.hidden).toBe(false);
      expect(g.low!).toBeLessThan(g.estimate!);
      expect(g.high!).toBeGreaterThan(g.estimate!);
    }
  });

  it("hides groups with too few matched students but still counts them", () => {
    const cur = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const prev = Float64Array.from([1, 3, 2, 4, 6, 5, 7, 9, 8, 10, Number.NaN, 12]);
    const group = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    const va = valueAdded(cur, prev, group, 2, 10);
    expect(va.groups[0]).toMatchObject({ n: 10, hidden: false });
    expect(va.groups[1]).toMatchObject({ n: 1, hidden: true, estimate: null, low: null, high: null });
  });

  it("gives a group of identical students a zero mean residual with a fitted line through them", () => {
    const cur = Float64Array.from({ length: 20 }, (_, i) => i);
    const prev = Float64Array.from({ length: 20 }, (_, i) => i);
    const va = valueAdded(cur, prev, new Int32Array(20), 1, 10);
    expect(va.slope!).toBeCloseTo(1, 12);
    expect(va.r2!).toBeCloseTo(1, 12);
    expect(va.groups[0]!.estimate!).toBeCloseTo(0, 12);
  });

  it("answers no estimate when almost nobody sat both exams", () => {
    const va = valueAdded(Float64Array.from([1, 2]), Float64Array.from([1, Number.NaN]), new Int32Array(2), 1);
    expect(va).toMatchObject({ matched: 1, slope: null });
    expect(va.groups[0]!.hidden).toBe(true);
  });

  it("gives several groupings of one regression the figures each gets alone, listing only groups with students", () => {
    const r = rng(5);
    const n = 3000;
    const prev = Float64Array.from({ length: n }, () => (r.u() < 0.05 ? Number.NaN : Math.round(140 * r.u()) / 2));
    const cur = Float64Array.from(prev, (v) => (r.u() < 0.05 ? Number.NaN : (v || 30) * 0.9 + 10 * r.normal()));
    // schools 0..5; teachers 0..39 of which 20..29 teach nobody, and some students without a teacher
    const school = Int32Array.from({ length: n }, (_, i) => i % 6);
    const teacher = Int32Array.from({ length: n }, (_, i) => {
      const t = i % 40;
      return i % 17 === 0 ? -1 : t >= 20 && t < 30 ? t + 10 : t;
    });
    const [bySchool, byTeacher] = valueAddedByGroupings(cur, prev, [
      { group: school, groups: 6 },
      { group: teacher, groups: 40 },
    ]);
    const alone = (group: Int32Array, groups: number) => {
      const va = valueAdded(cur, prev, group, groups);
      return { ...va, groups: va.groups.filter((g) => g.n > 0) };
    };
    expect(bySchool).toEqual(alone(school, 6));
    expect(byTeacher).toEqual(alone(teacher, 40));
    expect(byTeacher!.groups.map((g) => g.group)).toEqual([
      ...Array.from({ length: 20 }, (_, g) => g),
      ...Array.from({ length: 10 }, (_, g) => 30 + g),
    ]);
    // the one regression: the same slope and fit for both
    expect(byTeacher!.slope).toBe(bySchool!.slope);
    expect(byTeacher!.r2).toBe(bySchool!.r2);
  });
});
