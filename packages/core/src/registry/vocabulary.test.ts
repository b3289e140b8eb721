import { describe, expect, it } from "vitest";
import { gradeLabel, schoolYearLabel, schoolYearOf, stageOfGrade } from "./vocabulary";

describe("grades and school years", () => {
  it("names grades in Chinese", () => {
    expect(gradeLabel(1)).toBe("一年级");
    expect(gradeLabel(9)).toBe("九年级");
    expect(gradeLabel(12)).toBe("高三");
    expect(gradeLabel(-3)).toBe("小班");
  });
  it("maps grades to stages", () => {
    expect(stageOfGrade(6)).toBe("primary");
    expect(stageOfGrade(7)).toBe("junior");
    expect(stageOfGrade(10)).toBe("senior");
    expect(stageOfGrade(-1)).toBe("preschool");
  });
  it("puts 1 September into the new school year and 31 August into the old", () => {
    expect(schoolYearOf("2024-09-01")).toBe(2024);
    expect(schoolYearOf("2024-08-31")).toBe(2023);
    expect(schoolYearLabel(2024)).toBe("2024—2025学年");
  });
});
