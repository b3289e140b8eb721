import { describe, expect, it } from "vitest";
import { emptyMeasurementColumns, scoreColumns, scoreComponents } from "./scoreColumns";
import { type FitnessMeasurement, scoreStudent } from "./scoreStudent";
import { bmiLevels, defaultStandard, type FitnessItem, fitnessItems, requiredItems, type Sex } from "./standard";

const std = defaultStandard();

/** A deterministic generator (mulberry32). */
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

/** Students of every grade and sex with values on, just off and between the printed thresholds, some missing. */
function students(n: number): FitnessMeasurement[] {
  const rnd = random(24);
  const out: FitnessMeasurement[] = [];
  for (let i = 0; i < n; i++) {
    const grade = 1 + (i % 12);
    const sex: Sex = i % 24 < 12 ? "male" : "female";
    const values: Partial<Record<FitnessItem, number>> = {};
    for (const item of requiredItems(std, grade, sex)) {
      if (rnd() < 0.01) continue;
      const levels = (std.items[item][String(grade)]?.[sex] ?? []).filter((l) => l.threshold !== null);
      const t = levels[Math.floor(rnd() * levels.length)]?.threshold ?? 0;
      const step = item === "run50" || item === "sit_reach" ? 0.1 : 1;
      // on the threshold, a step either side, or far beyond the 100-point value (bonus)
      const r = rnd();
      values[item] = r < 0.4 ? t : r < 0.6 ? t + step : r < 0.8 ? t - step : r < 0.9 ? t * 1.3 : t * 0.7;
    }
    const heightCm = rnd() < 0.005 ? null : 110 + grade * 6 + rnd() * 12;
    const bmi = 12 + rnd() * 20;
    out.push({ grade, sex, heightCm, weightKg: heightCm === null ? 30 : (bmi * heightCm * heightCm) / 10000, values });
  }
  return out;
}

describe("scoreColumns", () => {
  it("gives every student exactly what scoreStudent gives (20,000 students of every grade and sex)", () => {
    const list = students(20_000);
    const cols = emptyMeasurementColumns(list.length);
    list.forEach((m, i) => {
      cols.grade[i] = m.grade;
      cols.sex[i] = m.sex === "female" ? 1 : 0;
      cols.heightCm[i] = m.heightCm ?? Number.NaN;
      cols.weightKg[i] = m.weightKg ?? Number.NaN;
      for (const item of fitnessItems) cols.values[item][i] = m.values[item] ?? Number.NaN;
    });
    const out = scoreColumns(std, cols);
    let mismatches = 0;
    let bonuses = 0;
    list.forEach((m, i) => {
      const s = scoreStudent(std, m);
      const scores = Object.fromEntries(s.components.map((c) => [c.component, c.score]));
      const columnScores = Object.fromEntries(
        scoreComponents.flatMap((c, k) => {
          const v = out.scores[k * list.length + i] as number;
          return v < 0 ? [] : [[c, v]];
        }),
      );
      if (s.bonusPoints > 0) bonuses++;
      const same =
        (s.total ?? Number.NaN).toString() === (out.total[i] as number).toString() &&
        (s.standardScore ?? Number.NaN).toString() === (out.standardScore[i] as number).toString() &&
        s.bonusPoints === out.bonus[i] &&
        (s.bmiLevel ?? null) === ((out.bmiLevel[i] as number) < 0 ? null : bmiLevels[out.bmiLevel[i] as number]) &&
        JSON.stringify(scores) === JSON.stringify(columnScores) &&
        (s.complete ? 0 : 1) === out.incomplete[i];
      if (!same) mismatches++;
    });
    expect(mismatches).toBe(0);
    expect(bonuses).toBeGreaterThan(100);
  });

  it("scores the worked grade-1 boy: 82.9 standard, 5 bonus, 87.9 良好", () => {
    const cols = emptyMeasurementColumns(1);
    cols.grade[0] = 1;
    cols.heightCm[0] = 120;
    cols.weightKg[0] = 22;
    Object.assign(cols.values, {
      vital: Float64Array.of(1250),
      run50: Float64Array.of(10.9),
      sit_reach: Float64Array.of(5.5),
      rope: Float64Array.of(120),
    });
    const out = scoreColumns(std, cols);
    expect([out.bmi[0], out.standardScore[0], out.bonus[0], out.total[0], out.band[0]]).toEqual([
      15.3, 82.9, 5, 87.9, 1,
    ]);
  });
});
