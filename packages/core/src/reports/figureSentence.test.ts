import { describe, expect, it } from "vitest";
import { figureByKey, footnoteOf } from "./catalogue";
import { figureChange } from "./figureChange";
import { figureSentence } from "./figureSentence";
import { countValue, percentValue } from "./figureValue";
import { formatFigure } from "./formatFigure";

const def = (key: string) => {
  const f = figureByKey(key);
  if (!f) throw new Error(key);
  return f;
};

describe("formatFigure", () => {
  it("writes counts with their measure word, percentages as computed (up to two decimals), whole percentages without", () => {
    expect(formatFigure(2417, "人")).toBe("2417人");
    expect(formatFigure(98.3, "%")).toBe("98.3%");
    expect(formatFigure(100, "%")).toBe("100%");
    expect(formatFigure(52.04, "%")).toBe("52.04%");
    expect(formatFigure(99.874, "%")).toBe("99.87%");
    expect(formatFigure(52, "%")).toBe("52%");
    expect(formatFigure(13.456, "系数")).toBe("13.46");
    expect(formatFigure(0.274, "差异系数")).toBe("0.2740");
  });
});

describe("percentValue", () => {
  it("rounds to one decimal and keeps numerator and denominator", () => {
    expect(percentValue(16, 79, "x")).toEqual({ status: "ok", value: 20.3, numerator: 16, denominator: 79 });
  });
  it("calls an empty denominator incomplete instead of 0 %", () => {
    expect(percentValue(0, 0, "本年未发现问题")).toEqual({ status: "incomplete", missing: "本年未发现问题" });
  });
});

describe("figureChange", () => {
  it("reads a rate's change in percentage points", () => {
    expect(figureChange(percentValue(983, 1000, ""), percentValue(98, 100, ""), "%")?.phrase).toBe(
      "比上年提高0.3个百分点",
    );
  });
  it("reads a count's fall with its measure word", () => {
    expect(figureChange(countValue(12), countValue(14), "所")).toEqual({
      delta: -2,
      direction: "down",
      phrase: "比上年减少2所",
    });
  });
  it("says 持平 for no change", () => {
    expect(figureChange(countValue(5), countValue(5), "次")?.phrase).toBe("与上年持平");
  });
  it("states no change against an incomplete year", () => {
    expect(figureChange(countValue(5), { status: "incomplete", missing: "缺" }, "次")).toBeNull();
    expect(figureChange(countValue(5), null, "次")).toBeNull();
  });
});

describe("figureSentence", () => {
  it("fills the rectification template with numerator and denominator", () => {
    expect(figureSentence(def("ledger.rectificationRate"), percentValue(118, 120, ""), null)).toBe(
      "发现问题120项,已整改118项,整改率98.3%。",
    );
  });
  it("appends last year's change", () => {
    expect(figureSentence(def("registry.students"), countValue(9120), countValue(9000))).toBe(
      "全县中小学在校学生9120人,比上年增加120人。",
    );
  });
  it("reads the 高考 figure as the seeds do", () => {
    expect(figureSentence(def("reports.gaokaoUndergraduateRate"), percentValue(41, 79, ""), null)).toBe(
      "高考考生79人,本科升学率51.9%。",
    );
  });
  it("prints no number for a figure whose inputs are incomplete", () => {
    const s = figureSentence(
      def("reports.afterSchoolParticipation"),
      { status: "incomplete", missing: "课后服务数据尚未录入" },
      countValue(3),
    );
    expect(s).toBe("【课后服务参加人数:数据不全(课后服务数据尚未录入),暂不表述】");
    expect(s).not.toMatch(/\d/);
  });
});

describe("footnoteOf", () => {
  it("names numerator, denominator, as-of date and exclusions", () => {
    const note = footnoteOf(def("ledger.rectificationRate"));
    expect(note).toContain("分子为");
    expect(note).toContain("分母为");
    expect(note).toContain("统计时点");
    expect(note).toContain("上年提出、本年整改的问题计入其提出年度");
  });
});
