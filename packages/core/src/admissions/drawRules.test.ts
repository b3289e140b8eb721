import { describe, expect, it } from "vitest";
import {
  announcedTimeLabel,
  classChangeCount,
  drawTimeProblem,
  settledGradeMessage,
  settledGradeOverrideProblems,
} from "./drawRules";

const eventTime = new Date("2026-08-28T01:00:00Z");

describe("drawTimeProblem", () => {
  it("refuses a draw two days early, naming the announced time in Beijing time", () => {
    const p = drawTimeProblem(eventTime, new Date("2026-08-26T01:00:00Z"));
    expect(p?.field).toBe("eventTime");
    expect(p?.message).toContain("2026年8月28日 09:00(北京时间)");
  });
  it("refuses a minute early and allows the announced minute itself and later", () => {
    expect(drawTimeProblem(eventTime, new Date(eventTime.getTime() - 60_000))).not.toBeNull();
    expect(drawTimeProblem(eventTime, eventTime)).toBeNull();
    expect(drawTimeProblem(eventTime, new Date(eventTime.getTime() + 3_600_000))).toBeNull();
  });
  it("labels a time past midnight in Beijing on the Beijing date", () => {
    expect(announcedTimeLabel(new Date("2026-08-27T16:30:00Z"))).toBe("2026年8月28日 00:30(北京时间)");
  });
});

describe("settledGradeOverrideProblems", () => {
  it("names the students in classes in the refusal", () => {
    expect(settledGradeMessage(120)).toContain("该年级已分班,共120名学生已在班级中");
  });
  it("needs a reason of ten characters and the number of students in classes typed again", () => {
    expect(settledGradeOverrideProblems({ reason: "  太短了  ", confirmStudents: 3 }, 120).map((p) => p.field)).toEqual(
      ["override.reason", "override.confirmStudents"],
    );
    expect(
      settledGradeOverrideProblems({ reason: "开学后发现学籍录入错误需整体重分", confirmStudents: 120 }, 120),
    ).toEqual([]);
  });
});

describe("classChangeCount", () => {
  it("counts only students in a class whose drawn class is another", () => {
    const current = new Map([
      ["a", 1],
      ["b", 2],
      ["c", 2],
    ]);
    expect(
      classChangeCount(current, [
        { number: 1, studentIds: ["a", "b", "new"] },
        { number: 2, studentIds: ["c"] },
      ]),
    ).toBe(1);
  });
});
