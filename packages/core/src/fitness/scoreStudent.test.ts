import { describe, expect, it } from "vitest";
import { applyCorrections, checkCorrection } from "./corrections";
import { bonusPoints, graduationScore, itemScore, scoreStudent } from "./scoreStudent";
import { defaultStandard, type FitnessItem, type Sex } from "./standard";

const std = defaultStandard();

/**
 * Single-score cases read off standard2014.json, one table at a time (every item, grade and sex the standard has):
 * "on" — the value printed in a level's cell, which scores that level; "short" — one step (1 count, 1 ml, 1 cm,
 * 0.1 s or 0.1 cm) worse than a printed value, which scores the next attainable level down (0 below the 10-point
 * value). Blank (null) cells are skipped when reading the next level down.
 */
const tableCases: [FitnessItem, number, Sex, number, number][] = [
  ["vital", 1, "male", 1700, 100], // on
  ["vital", 1, "male", 1399, 80], // short
  ["vital", 1, "female", 1300, 95], // on
  ["vital", 1, "female", 759, 66], // short
  ["vital", 2, "male", 1800, 90], // on
  ["vital", 2, "male", 649, 20], // short
  ["vital", 2, "female", 1300, 85], // on
  ["vital", 2, "female", 1199, 78], // short
  ["vital", 3, "male", 1700, 80], // on
  ["vital", 3, "male", 1139, 64], // short
  ["vital", 3, "female", 1340, 78], // on
  ["vital", 3, "female", 719, 10], // short
  ["vital", 4, "male", 1740, 76], // on
  ["vital", 4, "male", 1819, 76], // short
  ["vital", 4, "female", 1390, 74], // on
  ["vital", 4, "female", 1039, 62], // short
  ["vital", 5, "male", 1840, 72], // on
  ["vital", 5, "male", 899, 0], // short
  ["vital", 5, "female", 1450, 70], // on
  ["vital", 5, "female", 1689, 74], // short
  ["vital", 6, "male", 1900, 68], // on
  ["vital", 6, "male", 1599, 60], // short
  ["vital", 6, "female", 1470, 66], // on
  ["vital", 6, "female", 2499, 95], // short
  ["vital", 7, "male", 1940, 64], // on
  ["vital", 7, "male", 2539, 72], // short
  ["vital", 7, "female", 1450, 62], // on
  ["vital", 7, "female", 1349, 50], // short
  ["vital", 8, "male", 2000, 60], // on
  ["vital", 8, "male", 3819, 90], // short
  ["vital", 8, "female", 1460, 50], // on
  ["vital", 8, "female", 2099, 70], // short
  ["vital", 9, "male", 2060, 40], // on
  ["vital", 9, "male", 2179, 40], // short
  ["vital", 9, "female", 1530, 30], // on
  ["vital", 9, "female", 2949, 85], // short
  ["vital", 10, "male", 2080, 20], // on
  ["vital", 10, "male", 3199, 68], // short
  ["vital", 10, "female", 1550, 10], // on
  ["vital", 10, "female", 1669, 30], // short
  ["vital", 11, "male", 4740, 100], // on
  ["vital", 11, "male", 4249, 80], // short
  ["vital", 11, "female", 3200, 95], // on
  ["vital", 11, "female", 2249, 66], // short
  ["vital", 12, "male", 4700, 90], // on
  ["vital", 12, "male", 2549, 20], // short
  ["vital", 12, "female", 3100, 85], // on
  ["vital", 12, "female", 2949, 78], // short
  ["run50", 1, "male", 10.6, 80], // on
  ["run50", 1, "male", 12.1, 64], // short
  ["run50", 1, "female", 12.0, 78], // on
  ["run50", 1, "female", 14.7, 10], // short
  ["run50", 2, "male", 10.4, 76], // on
  ["run50", 2, "male", 10.3, 76], // short
  ["run50", 2, "female", 11.4, 74], // on
  ["run50", 2, "female", 12.5, 62], // short
  ["run50", 3, "male", 10.3, 72], // on
  ["run50", 3, "male", 12.6, 0], // short
  ["run50", 3, "female", 11.0, 70], // on
  ["run50", 3, "female", 10.5, 74], // short
  ["run50", 4, "male", 10.3, 68], // on
  ["run50", 4, "male", 11.0, 60], // short
  ["run50", 4, "female", 10.9, 66], // on
  ["run50", 4, "female", 8.8, 95], // short
  ["run50", 5, "male", 10.4, 64], // on
  ["run50", 5, "male", 9.5, 72], // short
  ["run50", 5, "female", 10.9, 62], // on
  ["run50", 5, "female", 11.2, 50], // short
  ["run50", 6, "male", 10.6, 60], // on
  ["run50", 6, "male", 8.4, 90], // short
  ["run50", 6, "female", 11.2, 50], // on
  ["run50", 6, "female", 9.9, 70], // short
  ["run50", 7, "male", 10.6, 40], // on
  ["run50", 7, "male", 10.5, 40], // short
  ["run50", 7, "female", 11.5, 30], // on
  ["run50", 7, "female", 8.4, 85], // short
  ["run50", 8, "male", 10.7, 20], // on
  ["run50", 8, "male", 9.0, 68], // short
  ["run50", 8, "female", 11.8, 10], // on
  ["run50", 8, "female", 11.3, 30], // short
  ["run50", 9, "male", 7.3, 100], // on
  ["run50", 9, "male", 7.7, 80], // short
  ["run50", 9, "female", 8.0, 95], // on
  ["run50", 9, "female", 10.0, 66], // short
  ["run50", 10, "male", 7.3, 90], // on
  ["run50", 10, "male", 10.2, 20], // short
  ["run50", 10, "female", 8.3, 85], // on
  ["run50", 10, "female", 8.7, 78], // short
  ["run50", 11, "male", 7.4, 80], // on
  ["run50", 11, "male", 8.9, 64], // short
  ["run50", 11, "female", 8.7, 78], // on
  ["run50", 11, "female", 11.4, 10], // short
  ["run50", 12, "male", 7.6, 76], // on
  ["run50", 12, "male", 7.5, 76], // short
  ["run50", 12, "female", 9.0, 74], // on
  ["run50", 12, "female", 10.1, 62], // short
  ["sit_reach", 1, "male", 6.6, 72], // on
  ["sit_reach", 1, "male", -4.1, 0], // short
  ["sit_reach", 1, "female", 7.9, 70], // on
  ["sit_reach", 1, "female", 11.1, 74], // short
  ["sit_reach", 2, "male", 4.0, 68], // on
  ["sit_reach", 2, "male", 0.6, 60], // short
  ["sit_reach", 2, "female", 5.6, 66], // on
  ["sit_reach", 2, "female", 18.8, 95], // short
  ["sit_reach", 3, "male", 1.4, 64], // on
  ["sit_reach", 3, "male", 6.8, 72], // short
  ["sit_reach", 3, "female", 3.3, 62], // on
  ["sit_reach", 3, "female", 2.1, 50], // short
  ["sit_reach", 4, "male", -2.2, 60], // on
  ["sit_reach", 4, "male", 14.9, 90], // short
  ["sit_reach", 4, "female", 1.3, 50], // on
  ["sit_reach", 4, "female", 8.6, 70], // short
  ["sit_reach", 5, "male", -4.6, 40], // on
  ["sit_reach", 5, "male", -3.7, 40], // short
  ["sit_reach", 5, "female", -0.4, 30], // on
  ["sit_reach", 5, "female", 17.1, 85], // short
  ["sit_reach", 6, "male", -8.0, 20], // on
  ["sit_reach", 6, "male", 2.4, 68], // short
  ["sit_reach", 6, "female", -2.1, 10], // on
  ["sit_reach", 6, "female", 0.2, 30], // short
  ["sit_reach", 7, "male", 17.6, 100], // on
  ["sit_reach", 7, "male", 12.2, 80], // short
  ["sit_reach", 7, "female", 20.1, 95], // on
  ["sit_reach", 7, "female", 7.1, 66], // short
  ["sit_reach", 8, "male", 15.8, 90], // on
  ["sit_reach", 8, "male", -5.1, 20], // short
  ["sit_reach", 8, "female", 17.6, 85], // on
  ["sit_reach", 8, "female", 15.8, 78], // short
  ["sit_reach", 9, "male", 13.8, 80], // on
  ["sit_reach", 9, "male", 3.9, 64], // short
  ["sit_reach", 9, "female", 15.4, 78], // on
  ["sit_reach", 9, "female", 0.4, 10], // short
  ["sit_reach", 10, "male", 12.2, 76], // on
  ["sit_reach", 10, "male", 13.5, 76], // short
  ["sit_reach", 10, "female", 13.5, 74], // on
  ["sit_reach", 10, "female", 6.9, 62], // short
  ["sit_reach", 11, "male", 10.5, 72], // on
  ["sit_reach", 11, "male", -3.0, 0], // short
  ["sit_reach", 11, "female", 11.5, 70], // on
  ["sit_reach", 11, "female", 15.3, 74], // short
  ["sit_reach", 12, "male", 8.8, 68], // on
  ["sit_reach", 12, "male", 4.5, 60], // short
  ["sit_reach", 12, "female", 9.4, 66], // on
  ["sit_reach", 12, "female", 25.2, 95], // short
  ["rope", 1, "male", 31, 64], // on
  ["rope", 1, "male", 65, 72], // short
  ["rope", 1, "female", 24, 62], // on
  ["rope", 1, "female", 16, 50], // short
  ["rope", 2, "male", 25, 60], // on
  ["rope", 2, "male", 111, 90], // short
  ["rope", 2, "female", 24, 50], // on
  ["rope", 2, "female", 68, 70], // short
  ["rope", 3, "male", 28, 40], // on
  ["rope", 3, "male", 30, 40], // short
  ["rope", 3, "female", 30, 30], // on
  ["rope", 3, "female", 124, 85], // short
  ["rope", 4, "male", 33, 20], // on
  ["rope", 4, "male", 79, 68], // short
  ["rope", 4, "female", 34, 10], // on
  ["rope", 4, "female", 42, 30], // short
  ["rope", 5, "male", 148, 100], // on
  ["rope", 5, "male", 131, 80], // short
  ["rope", 5, "female", 151, 95], // on
  ["rope", 5, "female", 85, 66], // short
  ["rope", 6, "male", 147, 90], // on
  ["rope", 6, "male", 55, 20], // short
  ["rope", 6, "female", 144, 85], // on
  ["rope", 6, "female", 135, 78], // short
  ["situp", 3, "male", 36, 80], // on
  ["situp", 3, "male", 21, 64], // short
  ["situp", 3, "female", 34, 78], // on
  ["situp", 3, "female", 7, 10], // short
  ["situp", 4, "male", 33, 76], // on
  ["situp", 4, "male", 34, 76], // short
  ["situp", 4, "female", 31, 74], // on
  ["situp", 4, "female", 20, 62], // short
  ["situp", 5, "male", 30, 72], // on
  ["situp", 5, "male", 7, 0], // short
  ["situp", 5, "female", 28, 70], // on
  ["situp", 5, "female", 33, 74], // short
  ["situp", 6, "male", 27, 68], // on
  ["situp", 6, "male", 20, 60], // short
  ["situp", 6, "female", 25, 66], // on
  ["situp", 6, "female", 48, 95], // short
  ["situp", 7, "female", 24, 64], // on
  ["situp", 7, "female", 33, 72], // short
  ["situp", 8, "female", 23, 62], // on
  ["situp", 8, "female", 20, 50], // short
  ["situp", 9, "female", 22, 60], // on
  ["situp", 9, "female", 49, 90], // short
  ["situp", 10, "female", 21, 50], // on
  ["situp", 10, "female", 34, 70], // short
  ["situp", 11, "female", 20, 40], // on
  ["situp", 11, "female", 21, 40], // short
  ["situp", 12, "female", 19, 30], // on
  ["situp", 12, "female", 50, 85], // short
  ["jump", 7, "male", 135, 20], // on
  ["jump", 7, "male", 174, 68], // short
  ["jump", 7, "female", 115, 10], // on
  ["jump", 7, "female", 129, 30], // short
  ["jump", 8, "male", 240, 100], // on
  ["jump", 8, "male", 217, 80], // short
  ["jump", 8, "female", 194, 95], // on
  ["jump", 8, "female", 155, 66], // short
  ["jump", 9, "male", 240, 90], // on
  ["jump", 9, "male", 169, 20], // short
  ["jump", 9, "female", 183, 85], // on
  ["jump", 9, "female", 175, 78], // short
  ["jump", 10, "male", 235, 80], // on
  ["jump", 10, "male", 206, 64], // short
  ["jump", 10, "female", 175, 78], // on
  ["jump", 10, "female", 127, 10], // short
  ["jump", 11, "male", 232, 76], // on
  ["jump", 11, "male", 235, 76], // short
  ["jump", 11, "female", 170, 74], // on
  ["jump", 11, "female", 154, 62], // short
  ["jump", 12, "male", 229, 72], // on
  ["jump", 12, "male", 179, 0], // short
  ["jump", 12, "female", 165, 70], // on
  ["jump", 12, "female", 173, 74], // short
  ["pullup", 7, "male", 7, 72], // on
  ["pullup", 7, "male", 6, 68], // short
  ["pullup", 8, "male", 1, 20], // on
  ["pullup", 8, "male", 3, 40], // short
  ["pullup", 9, "male", 8, 68], // on
  ["pullup", 9, "male", 7, 64], // short
  ["pullup", 10, "male", 8, 64], // on
  ["pullup", 10, "male", 1, 0], // short
  ["pullup", 11, "male", 8, 60], // on
  ["pullup", 11, "male", 10, 68], // short
  ["pullup", 12, "male", 8, 50], // on
  ["pullup", 12, "male", 4, 10], // short
  ["run1000", 7, "male", 360, 40], // on
  ["run1000", 7, "male", 341, 40], // short
  ["run1000", 8, "male", 365, 30], // on
  ["run1000", 8, "male", 241, 85], // short
  ["run1000", 9, "male", 375, 20], // on
  ["run1000", 9, "male", 271, 68], // short
  ["run1000", 10, "male", 385, 10], // on
  ["run1000", 10, "male", 326, 30], // short
  ["run1000", 11, "male", 205, 100], // on
  ["run1000", 11, "male", 223, 80], // short
  ["run1000", 12, "male", 205, 95], // on
  ["run1000", 12, "male", 256, 66], // short
  ["run800", 7, "female", 229, 90], // on
  ["run800", 7, "female", 326, 20], // short
  ["run800", 8, "female", 232, 85], // on
  ["run800", 8, "female", 241, 78], // short
  ["run800", 9, "female", 235, 80], // on
  ["run800", 9, "female", 271, 64], // short
  ["run800", 10, "female", 235, 78], // on
  ["run800", 10, "female", 321, 10], // short
  ["run800", 11, "female", 238, 76], // on
  ["run800", 11, "female", 234, 76], // short
  ["run800", 12, "female", 241, 74], // on
  ["run800", 12, "female", 267, 62], // short
  ["shuttle", 5, "male", 120, 72], // on
  ["shuttle", 5, "male", 159, 0], // short
  ["shuttle", 5, "female", 128, 70], // on
  ["shuttle", 5, "female", 120, 74], // short
  ["shuttle", 6, "male", 120, 68], // on
  ["shuttle", 6, "male", 130, 60], // short
  ["shuttle", 6, "female", 130, 66], // on
  ["shuttle", 6, "female", 98, 95], // short
];

describe("itemScore on the 2014 tables", () => {
  it.each(tableCases)("%s grade %i %s: %d scores %d", (item, grade, sex, value, expected) => {
    expect(itemScore(std, item, grade, sex, value)?.score).toBe(expected);
  });

  it("scores a value exactly on a run threshold at that level, and 0.1 s slower one level down", () => {
    expect(itemScore(std, "run50", 1, "male", 10.2)?.score).toBe(100);
    expect(itemScore(std, "run50", 1, "male", 10.3)?.score).toBe(95);
    expect(itemScore(std, "run50", 1, "male", 13.6)?.score).toBe(10);
    expect(itemScore(std, "run50", 1, "male", 13.7)?.score).toBe(0);
  });

  it("skips blank levels of 引体向上 (grade 9 boys: 78, 74, 70, 66, 62 are blank)", () => {
    expect(itemScore(std, "pullup", 9, "male", 11)?.score).toBe(80);
    expect(itemScore(std, "pullup", 9, "male", 10)?.score).toBe(76);
    expect(itemScore(std, "pullup", 9, "male", 9)?.score).toBe(72);
    expect(itemScore(std, "pullup", 9, "male", 6)?.score).toBe(60);
    expect(itemScore(std, "pullup", 9, "male", 0)?.score).toBe(0);
    // grade 7: 20 and 10 are blank too, so one pull-up scores 30 and none scores 0
    expect(itemScore(std, "pullup", 7, "male", 1)?.score).toBe(30);
    expect(itemScore(std, "pullup", 7, "male", 0)?.score).toBe(0);
  });

  it("names the threshold reached and the next one up, for the student's page", () => {
    expect(itemScore(std, "vital", 1, "male", 1250)).toEqual({
      score: 78,
      threshold: 1240,
      nextThreshold: 1300,
      nextScore: 80,
    });
  });

  it("has no table for an item a grade does not test", () => {
    expect(itemScore(std, "rope", 8, "male", 120)).toBeNull();
    expect(itemScore(std, "run1000", 8, "female", 240)).toBeNull();
  });
});

describe("bonus points (加分) beyond the 100-point value", () => {
  it.each([
    // 1分钟跳绳 grade 1 boys, 100 points at 109: 1 point per 2 counts, up to 20
    ["rope", 1, "male", 109, 0],
    ["rope", 1, "male", 110, 0],
    ["rope", 1, "male", 111, 1],
    ["rope", 1, "male", 120, 5],
    ["rope", 1, "male", 149, 20],
    ["rope", 1, "male", 200, 20],
    ["rope", 6, "female", 166 + 13, 6],
    // 引体向上 grade 9 boys, 100 points at 15: 1 point per pull-up, up to 10
    ["pullup", 9, "male", 16, 1],
    ["pullup", 9, "male", 25, 10],
    ["pullup", 9, "male", 30, 10],
    // 1分钟仰卧起坐 grade 8 girls, 100 points at 51: steps 2,4,6,7,8,9,10,11,12,13
    ["situp", 8, "female", 52, 0],
    ["situp", 8, "female", 53, 1],
    ["situp", 8, "female", 58, 4],
    ["situp", 8, "female", 60, 6],
    ["situp", 8, "female", 64, 10],
    // 1000米跑 grade 9 boys, 100 points at 220 s: steps 4,8,12,16,20,23,26,29,32,35 s faster
    ["run1000", 9, "male", 216, 1],
    ["run1000", 9, "male", 199, 5],
    ["run1000", 9, "male", 197, 6],
    ["run1000", 9, "male", 185, 10],
    // 800米跑 grade 8 girls, 100 points at 210 s: 5 s per point
    ["run800", 8, "female", 205, 1],
    ["run800", 8, "female", 161, 9],
    ["run800", 8, "female", 160, 10],
  ] as [FitnessItem, number, Sex, number, number][])(
    "%s grade %i %s at %d: %d points",
    (item, grade, sex, value, points) => {
      expect(bonusPoints(std, item, grade, sex, value)?.points ?? 0).toBe(points);
    },
  );

  it("gives no bonus for items without a bonus table in the grade", () => {
    expect(bonusPoints(std, "rope", 7, "male", 200)).toBeNull();
    expect(bonusPoints(std, "situp", 5, "female", 80)).toBeNull();
    expect(bonusPoints(std, "jump", 9, "male", 300)).toBeNull();
  });
});

describe("scoreStudent, worked by hand", () => {
  it("grade 1 boy: BMI 15.3 normal, 82.9 standard, rope bonus 5, total 87.9 良好", () => {
    // 22 / 1.2² = 15.28 → 15.3, 正常 (13.5–18.1) 100; 肺活量 1250 → 78; 50米 10.9 → 76 (≤ 11.0);
    // 坐位体前屈 5.5 → 70; 跳绳 120 → 100 and 11 beyond 109 → 5 points.
    // 100×15 + 78×15 + 76×20 + 70×30 + 100×20 = 8290 → 82.9; + 5 = 87.9
    const s = scoreStudent(std, {
      grade: 1,
      sex: "male",
      heightCm: 120,
      weightKg: 22,
      values: { vital: 1250, run50: 10.9, sit_reach: 5.5, rope: 120 },
    });
    expect(s.bmi).toBe(15.3);
    expect(s.bmiLevel).toBe("正常");
    expect(s.components.map((c) => [c.component, c.score])).toEqual([
      ["bmi", 100],
      ["vital", 78],
      ["run50", 76],
      ["sit_reach", 70],
      ["rope", 100],
    ]);
    expect(s.standardScore).toBe(82.9);
    expect(s.bonusPoints).toBe(5);
    expect(s.total).toBe(87.9);
    expect(s.band).toBe("good");
    expect(s.version).toBe("GB2014");
  });

  it("grade 8 girl: obese BMI, two bonuses, total 92.5 优秀", () => {
    // 64 / 1.6² = 25.0 → 肥胖 (≥ 24.9) 60; 肺活量 2000 → 70; 50米 8.0 → 100; 坐位体前屈 2.8 → 50 (2.1 ≤ 2.8 < 2.9);
    // 立定跳远 200 → 100; 仰卧起坐 60 → 100, 9 beyond 51 → 6 points; 800米 200 s → 100, 10 s under 210 → 2 points.
    // 60×15 + 70×15 + 100×20 + 50×10 + 100×10 + 100×10 + 100×20 = 8450 → 84.5; + 8 = 92.5
    const s = scoreStudent(std, {
      grade: 8,
      sex: "female",
      heightCm: 160,
      weightKg: 64,
      values: { vital: 2000, run50: 8.0, sit_reach: 2.8, jump: 200, situp: 60, run800: 200 },
    });
    expect(s.bmiLevel).toBe("肥胖");
    expect(s.standardScore).toBe(84.5);
    expect(s.bonus.map((b) => [b.item, b.points])).toEqual([
      ["situp", 6],
      ["run800", 2],
    ]);
    expect(s.total).toBe(92.5);
    expect(s.band).toBe("excellent");
  });

  it("grade 9 boy with a blank pull-up level: 61.1 及格", () => {
    // 95 / 1.7² = 32.87 → 32.9 肥胖 60; 肺活量 2299 → 50; 50米 9.8 → 50; 坐位体前屈 -0.2 → 60; 立定跳远 184 → 50;
    // 引体向上 10 → 76 (78 blank); 1000米 245 s → 80.
    // 60×15 + 50×15 + 50×20 + 60×10 + 50×10 + 76×10 + 80×20 = 6110 → 61.1
    const s = scoreStudent(std, {
      grade: 9,
      sex: "male",
      heightCm: 170,
      weightKg: 95,
      values: { vital: 2299, run50: 9.8, sit_reach: -0.2, jump: 184, pullup: 10, run1000: 245 },
    });
    expect(s.standardScore).toBe(61.1);
    expect(s.total).toBe(61.1);
    expect(s.band).toBe("pass");
  });

  it("rounds the standard score half up to one decimal (9775 → 97.8)", () => {
    // 100×15 + 85×15 (肺活量 1400) + 100×20 + 100×30 + 100×20 = 9775; 跳绳 109 is exactly the 100-point value: no bonus
    const s = scoreStudent(std, {
      grade: 1,
      sex: "male",
      heightCm: 100,
      weightKg: 15,
      values: { vital: 1400, run50: 10.2, sit_reach: 16.1, rope: 109 },
    });
    expect(s.standardScore).toBe(97.8);
    expect(s.bonusPoints).toBe(0);
    expect(s.total).toBe(97.8);
  });

  it.each([
    [18.1, "正常", 100],
    [18.2, "超重", 80],
    [20.3, "超重", 80],
    [20.4, "肥胖", 60],
    [13.5, "正常", 100],
    [13.4, "低体重", 80],
  ])("grade 1 boy with BMI %d is %s (%d)", (bmi, level, score) => {
    // height 100 cm: BMI equals the weight in kilograms
    const s = scoreStudent(std, { grade: 1, sex: "male", heightCm: 100, weightKg: bmi, values: {} });
    expect(s.bmi).toBe(bmi);
    expect(s.bmiLevel).toBe(level);
    expect(s.components[0]?.score).toBe(score);
  });

  it("leaves a student with a missing item incomplete: no total, the item listed", () => {
    const s = scoreStudent(std, {
      grade: 1,
      sex: "male",
      heightCm: 120,
      weightKg: 22,
      values: { vital: 1250, run50: 10.9, sit_reach: 5.5 },
    });
    expect(s.complete).toBe(false);
    expect(s.missing).toEqual(["rope"]);
    expect(s.standardScore).toBeNull();
    expect(s.total).toBeNull();
    expect(s.band).toBeNull();
  });

  it("treats a missing height as a missing BMI", () => {
    const s = scoreStudent(std, { grade: 1, sex: "male", heightCm: null, weightKg: 22, values: { vital: 1250 } });
    expect(s.missing).toContain("bmi");
  });
});

describe("graduationScore", () => {
  it("weighs the final year 50 % and the mean of the other years 50 %", () => {
    expect(graduationScore(80, [70, 90])).toEqual({ score: 80, band: "good", finalYearOnly: false });
    // 92.5 × 0.5 + (85.0 + 70.3) / 2 × 0.5 = 46.25 + 38.825 = 85.075 → 85.1
    expect(graduationScore(92.5, [85.0, 70.3])?.score).toBe(85.1);
    // 59.9 × 0.5 + 60 × 0.5 = 59.95 → 60.0, 及格
    expect(graduationScore(59.9, [60])).toEqual({ score: 60, band: "pass", finalYearOnly: false });
  });

  it("uses the final year alone, flagged, when no other year is recorded; null without a final total", () => {
    expect(graduationScore(70, [null])).toEqual({ score: 70, band: "pass", finalYearOnly: true });
    expect(graduationScore(null, [80])).toBeNull();
  });
});

describe("corrections make a new version", () => {
  it("scores with a corrected disputed cell and names the version", () => {
    // run50 grade 10 girls: 74 at 9.2 (disputed, other source 9.1), 72 at 9.4
    expect(itemScore(std, "run50", 10, "female", 9.2)?.score).toBe(74);
    const corrected = applyCorrections(
      std,
      [
        {
          kind: "item",
          item: "run50",
          grade: 10,
          sex: "female",
          score: 74,
          threshold: 9.1,
          effectiveFrom: "2026-09-01",
        },
      ],
      "2026-10-01",
    );
    expect(corrected.version).toBe("GB2014+1");
    expect(itemScore(corrected, "run50", 10, "female", 9.2)?.score).toBe(72);
    expect(std.items.run50["10"]?.female?.find((l) => l.score === 74)?.threshold).toBe(9.2);
  });

  it("does not apply a correction before its effective date", () => {
    const c = applyCorrections(
      std,
      [
        {
          kind: "item",
          item: "run50",
          grade: 10,
          sex: "female",
          score: 74,
          threshold: 9.1,
          effectiveFrom: "2026-09-01",
        },
      ],
      "2026-08-31",
    );
    expect(c.version).toBe("GB2014");
  });

  it("refuses a correction that breaks the order of the levels", () => {
    const problems = checkCorrection(std, {
      kind: "item",
      item: "vital",
      grade: 1,
      sex: "male",
      score: 90,
      threshold: 1650,
      effectiveFrom: "2026-09-01",
    });
    expect(problems[0]?.field).toBe("threshold");
  });
});
