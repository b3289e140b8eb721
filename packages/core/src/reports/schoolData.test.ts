import { describe, expect, it } from "vitest";
import { figureByKey } from "./catalogue";
import { figureSentence } from "./figureSentence";
import { admissionTierOf, afterSchoolFigure, examRateFigure, libraryBooksFigure } from "./schoolData";

describe("the figures of the bureau's own yearly inputs", () => {
  it("counts the schools taking part in after-school service and their students, as the seeds read it", () => {
    const v = afterSchoolFigure([{ participants: 1000 }, { participants: 1417 }, { participants: 0 }], 0, 2026);
    expect(v).toEqual({ status: "ok", value: 2417, numerator: 2, denominator: null });
    const def = figureByKey("reports.afterSchoolParticipation");
    if (!def) throw new Error("catalogue entry");
    expect(figureSentence(def, v, null)).toBe("2所学校参加课后服务,共2417人。");
    expect(afterSchoolFigure([{ participants: 10 }], 1, 2026)).toEqual({
      status: "incomplete",
      missing: "1所学校尚未填报2026学年秋季学期课后服务",
    });
  });

  it("sums the books added, and says so when a school has not reported", () => {
    expect(libraryBooksFigure([{ booksAdded: 12000 }, { booksAdded: 839 }], 0, 2026)).toMatchObject({ value: 12839 });
    expect(libraryBooksFigure([], 0, 2026).status).toBe("incomplete");
  });

  it("divides undergraduate admissions by the candidates who sat, leaving out absentees and the unmatched", () => {
    const rows = [
      { sat: true, matched: true, tier: "undergraduate_first" as const },
      { sat: true, matched: true, tier: "undergraduate" as const },
      { sat: true, matched: true, tier: "college" as const },
      { sat: false, matched: true, tier: "none" as const },
      { sat: true, matched: false, tier: "undergraduate" as const },
    ];
    expect(examRateFigure("gaokao", rows)).toEqual({ status: "ok", value: 66.7, numerator: 2, denominator: 3 });
    expect(examRateFigure("zhongkao", []).status).toBe("incomplete");
  });

  it("reads the tiers as admissions lists write them", () => {
    expect(admissionTierOf("gaokao", "一本")).toBe("undergraduate_first");
    expect(admissionTierOf("zhongkao", "重点中学")).toBe("key_high");
    expect(admissionTierOf("zhongkao", "本科")).toBeNull();
  });
});
