import { describe, expect, it } from "vitest";
import { type NarrativeSubject, schoolNarrative } from "./narrative";

const subject = (name: string, mean: number, countyMean: number): NarrativeSubject => ({
  name,
  fullMarks: 100,
  enrolled: 100,
  sat: 98,
  mean,
  countyMean,
  countySd: 10,
  passRate: 0.8,
  countyPassRate: 0.75,
  excellentRate: 0.2,
  countyExcellentRate: 0.18,
  lowRate: 0.05,
  countyLowRate: 0.06,
  levelShares: [0.2, 0.4, 0.2, 0.2],
});

describe("schoolNarrative", () => {
  const base = {
    schoolName: "第一小学",
    examName: "六年级期末",
    levelNames: ["A", "B", "C", "D"],
    denominatorLabel: "按在籍人数计算",
    subjects: [subject("语文", 75, 70), subject("数学", 62, 70), subject("总分", 137, 140)],
  };

  it("names participation, the denominator, strengths and weaknesses from the figures", () => {
    const text = schoolNarrative({ ...base, mode: "scores" }).join("\n");
    expect(text).toContain("在籍学生 100 人,各科均参考 98 人,有 2 人缺考");
    expect(text).toContain("按在籍人数计算");
    expect(text).toContain("语文:平均 75.0 分(全县 70.0)");
    expect(text).toContain("相对优势学科:语文");
    expect(text).toContain("需重点改进的学科:数学");
    expect(text).not.toMatch(/排名|第\d+名/);
  });

  it("gives no scores in levels mode, only differences and the level distribution", () => {
    const text = schoolNarrative({ ...base, mode: "levels" }).join("\n");
    expect(text).not.toContain("平均 75.0 分");
    expect(text).toContain("A 等 20.0%");
    expect(text).toContain("与全县相差 0.50 个标准差");
  });

  it("says nothing without a total", () => {
    expect(schoolNarrative({ ...base, mode: "scores", subjects: [] })).toEqual([]);
  });
});
