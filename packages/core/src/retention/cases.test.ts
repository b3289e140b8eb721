import { describe, expect, it } from "vitest";
import { absenceProblems, absenceSuspects } from "./absence";
import { runDiff } from "./comparisonRun";
import { caseEscalation, caseTransition } from "./dropoutCase";
import { priorityMatches } from "./povertyComparison";
import { ratio } from "./ratio";
import { formatRate, workReportSentence } from "./workReportSentence";
import { zeroReportDueDate, zeroReportStatus } from "./zeroReport";

describe("absenceSuspects", () => {
  const spell = (id: string, student: string, days: number, approved = false, to = "2026-11-20") => ({
    absenceId: id,
    studentId: student,
    fromDate: "2026-11-02",
    toDate: to,
    schoolDays: days,
    approvedLeave: approved,
  });
  it("flags N or more consecutive school days without approved leave", () => {
    const s = absenceSuspects([spell("a", "x", 10), spell("b", "y", 9), spell("c", "z", 15, true)], 10);
    expect([...s.keys()]).toEqual(["x"]);
  });
  it("follows the county's N and keeps the longest spell as the record", () => {
    const s = absenceSuspects([spell("a", "x", 5), spell("b", "x", 7)], 5);
    expect(s.get("x")?.absenceId).toBe("b");
  });
  it("names what is wrong with a reported row", () => {
    expect(absenceProblems({ fromDate: "2026-11-10", toDate: "2026-11-02", schoolDays: 3 })).toEqual([
      "缺课截止日期不能早于起始日期",
    ]);
    expect(absenceProblems({ fromDate: "2026-11-02", toDate: "2026-11-03", schoolDays: 0 })[0]).toContain("1 到 200");
  });
});

describe("runDiff", () => {
  it("shows what changed since the last run", () => {
    expect(runDiff(["a", "b"], ["b", "c"])).toEqual({ added: ["c"], removed: ["a"], unchanged: ["b"] });
    expect(runDiff([], ["a"]).added).toEqual(["a"]);
  });
});

describe("priorityMatches", () => {
  it("marks dropouts on the poverty-relief or low-income list, by hash", () => {
    const m = priorityMatches(
      ["h1", "h2", "h3"],
      [
        { residentIdHash: "h2", list: "dibao" },
        { residentIdHash: "h2", list: "monitoring" },
        { residentIdHash: "h9", list: "dibao" },
      ],
    );
    expect([...m]).toEqual([["h2", ["dibao", "monitoring"]]]);
  });
});

describe("caseTransition", () => {
  const today = "2026-12-01";
  it("closes a case only after the pupil has been back N days", () => {
    expect(
      caseTransition("returned", "verify_return", "school", { returnedOn: "2026-11-01", today, verifyDays: 30 }).next,
    ).toBe("closed");
    const early = caseTransition("returned", "verify_return", "school", {
      returnedOn: "2026-11-15",
      today,
      verifyDays: 30,
    });
    expect(early).toEqual({ next: null, problem: "返校满 30 天后才能核验销号(2026-12-15 起)" });
  });
  it("refuses closing a case whose pupil has not returned", () => {
    expect(caseTransition("confirmed", "verify_return", "school", { today }).problem).toBe(
      "该个案确认辍学·劝返中,不能核验销号",
    );
  });
  it("lets only the section dismiss a suspect", () => {
    expect(caseTransition("verifying", "dismiss", "school", { today }).problem).toBe("只有基础教育股才能排除疑似");
    expect(caseTransition("verifying", "dismiss", "county", { today }).next).toBe("dismissed");
  });
  it("sends a returned pupil who leaves again back to persuasion", () => {
    expect(caseTransition("returned", "relapse", "school", { today }).next).toBe("confirmed");
  });
});

describe("caseEscalation", () => {
  it("escalates an open case past its deadline to the section, then to leadership", () => {
    expect(caseEscalation("confirmed", "2026-11-30", "2026-11-30")).toBe("none");
    expect(caseEscalation("confirmed", "2026-11-30", "2026-12-01")).toBe("section");
    expect(caseEscalation("verifying", "2026-11-30", "2026-12-30")).toBe("leadership");
    expect(caseEscalation("returned", "2026-11-30", "2027-01-30")).toBe("none");
  });
});

describe("zero reports", () => {
  it("is due on the 5th of the next month, across the year end", () => {
    expect(zeroReportDueDate("2026-12")).toBe("2027-01-05");
  });
  it.each([
    [null, "2026-12-05", "pending"],
    [null, "2026-12-06", "late"],
    ["2026-12-05", "2026-12-06", "reported"],
    ["2026-12-07", "2026-12-08", "reported_late"],
  ] as const)("reported %s, on %s: %s", (reportedOn, today, status) => {
    expect(zeroReportStatus("2026-11", reportedOn, today)).toBe(status);
  });
});

describe("workReportSentence", () => {
  it("states the rates as the work report does, and says so when one has no data", () => {
    expect(formatRate(100)).toBe("100");
    expect(formatRate(99.5)).toBe("99.5");
    const s = workReportSentence({
      countyName: "示范县",
      schoolYear: 2026,
      primaryNet: ratio(1000, 1000),
      juniorGross: ratio(1020, 1000),
      primaryRetention: ratio(995, 1000, { cap: true }),
      juniorRetention: ratio(0, 0),
      nineYearRetention: ratio(978, 1000, { cap: true }),
    });
    expect(s).toBe(
      "2026—2027学年,示范县小学学龄儿童净入学率达100%,初中毛入学率达102%;小学巩固率99.5%,初中三年巩固率暂无数据,九年义务教育巩固率97.8%。",
    );
  });
});
