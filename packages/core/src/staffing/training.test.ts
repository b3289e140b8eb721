import { describe, expect, it } from "vitest";
import { defaultStaffingSettings as s } from "./settings";
import { trainingCycleOf, trainingProgress, trainingRowProblems } from "./training";

const cycle = trainingCycleOf("2026-12-07", 2022);

describe("trainingCycleOf", () => {
  it("finds the five-year cycle of a date", () => {
    expect(cycle).toEqual({ startYear: 2022, start: "2022-01-01", end: "2026-12-31" });
    expect(trainingCycleOf("2027-01-01", 2022).start).toBe("2027-01-01");
  });
});

describe("trainingProgress", () => {
  it("caps school-based hours at half the requirement", () => {
    // 250 school-based (180 counted) + 150 county = 330 counted of 360 in the cycle's last year → behind, not complete
    const p = trainingProgress(
      [
        { level: "school", hours: 250, endDate: "2024-06-01" },
        { level: "county", hours: 150, endDate: "2025-06-01" },
        { level: "county", hours: 90, endDate: "2021-06-01" }, // the previous cycle
      ],
      cycle,
      "2010-09-01",
      "2026-12-07",
      s,
    );
    expect(p.total).toBe(400);
    expect(p.counted).toBe(330);
    expect(p.required).toBe(360);
    expect(p.complete).toBe(false);
    expect(p.behind).toBe(true);
  });

  it("expects 72 hours per ended cycle year and prorates a teacher hired during the cycle", () => {
    // on 2024-06-01 two years (2022, 2023) have ended → 144 due
    const mid = trainingProgress(
      [{ level: "national", hours: 150, endDate: "2023-07-01" }],
      cycle,
      null,
      "2024-06-01",
      s,
    );
    expect(mid.expected).toBe(144);
    expect(mid.behind).toBe(false);
    // hired 2024: three cycle years → 216 required
    const hired = trainingProgress(
      [{ level: "county", hours: 216, endDate: "2026-07-01" }],
      cycle,
      "2024-08-20",
      "2026-12-07",
      s,
    );
    expect(hired.required).toBe(216);
    expect(hired.complete).toBe(true);
  });
});

describe("trainingRowProblems", () => {
  const row = {
    row: 2,
    staffNumber: "T001",
    staffId: "s1",
    course: "新课标研修",
    level: "county",
    startDate: "2025-03-01",
    endDate: "2025-03-03",
    hours: 24,
  };
  it("accepts a clean row", () => {
    expect(trainingRowProblems([row], [], cycle)).toEqual([]);
  });
  it("names the row, the field and the fix of each bad input", () => {
    const problems = trainingRowProblems(
      [
        { ...row, staffId: null, staffNumber: "X9" },
        { ...row, row: 3, hours: 30 }, // 3 days → at most 24
        { ...row, row: 4, startDate: "2021-12-30", endDate: "2022-01-02" },
        { ...row, row: 5, course: "心理健康", startDate: "2025-05-01", endDate: "2025-05-01", hours: 8 },
        { ...row, row: 6, course: "心理健康", startDate: "2025-05-01", endDate: "2025-05-01", hours: 8 },
        { ...row, row: 7, course: "信息技术", startDate: "2025-05-01", endDate: "2025-05-01", hours: 4 },
      ],
      [],
      cycle,
    );
    const by = problems.map((p) => [p.row, p.field]);
    expect(by).toEqual([
      [2, "staffNumber"],
      [3, "hours"],
      [4, "startDate"],
      [6, "course"],
      [7, "startDate"],
    ]);
    expect(problems[0]?.message).toContain("第2行");
    expect(problems[0]?.message).toContain("X9");
    expect(problems[1]?.message).toContain("最多 24 学时");
    expect(problems[3]?.message).toContain("第5行重复");
  });
  it("refuses a course already recorded", () => {
    const p = trainingRowProblems(
      [row],
      [{ staffId: "s1", course: "新课标研修", startDate: "2025-03-01", endDate: "2025-03-03", hours: 24 }],
      cycle,
    );
    expect(p[0]?.message).toContain("已登记过");
  });
});
