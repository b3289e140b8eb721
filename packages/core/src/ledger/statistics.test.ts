import { describe, expect, it } from "vitest";
import {
  type FindingFact,
  formatRate,
  groupStatistics,
  ledgerStatistics,
  percentDown,
  speechSentence,
} from "./statistics";

const TODAY = "2026-11-20";
const f = (state: FindingFact["state"], deadline: string, raisedOn: string, closedOn: string | null = null) => ({
  state,
  deadline,
  raisedOn,
  closedOn,
});

/**
 * A worked example: 6 findings from 4 inspections, checked by hand.
 * - closed on time after 10 days, closed on the deadline day after 20 days, closed 5 days late after 35 days:
 *   3 rectified, 2 on time, average (10 + 20 + 35) / 3 = 21.7 days
 * - open past the deadline (overdue), open before it, and one withdrawn (left out)
 * - rate 3/5 = 60%, on time 2/3 = 66.6% (rounded down)
 */
const example: FindingFact[] = [
  f("closed", "2026-10-31", "2026-10-01", "2026-10-11"),
  f("closed", "2026-10-21", "2026-10-01", "2026-10-21"),
  f("closed", "2026-10-31", "2026-10-01", "2026-11-05"),
  f("in_progress", "2026-11-15", "2026-10-15"),
  f("awaiting_review", "2026-11-30", "2026-11-01"),
  f("withdrawn", "2026-11-01", "2026-10-15"),
];

describe("ledgerStatistics", () => {
  it("computes the worked example", () => {
    expect(ledgerStatistics(4, example, TODAY)).toEqual({
      inspections: 4,
      findings: 5,
      rectified: 3,
      rectifiedOnTime: 2,
      open: 2,
      overdue: 1,
      withdrawn: 1,
      averageDaysToClose: 21.7,
      rectificationRate: 60,
      onTimeRate: 66.6,
    });
  });

  it("gives no rates when there is nothing to count", () => {
    expect(ledgerStatistics(3, [], TODAY)).toMatchObject({
      findings: 0,
      averageDaysToClose: null,
      rectificationRate: null,
      onTimeRate: null,
    });
  });

  it("is 100% only when every finding is closed", () => {
    const all = Array.from({ length: 47 }, () => f("closed", "2026-10-31", "2026-10-01", "2026-10-20"));
    expect(ledgerStatistics(47, all, TODAY).rectificationRate).toBe(100);
    const allButOne = [...Array.from({ length: 1999 }, () => all[0]!), f("pending", "2026-12-31", "2026-11-01")];
    expect(ledgerStatistics(1, allButOne, TODAY).rectificationRate).toBe(99.9);
  });

  it("does not count a finding waiting for re-inspection as rectified", () => {
    expect(ledgerStatistics(1, [f("awaiting_review", "2026-12-31", "2026-11-01")], TODAY)).toMatchObject({
      rectified: 0,
      open: 1,
      rectificationRate: 0,
    });
  });
});

describe("percentDown and formatRate", () => {
  it("rounds down to one decimal", () => {
    expect(percentDown(1, 3)).toBe(33.3);
    expect(percentDown(2, 3)).toBe(66.6);
    expect(percentDown(3, 3)).toBe(100);
    expect(percentDown(7, 10)).toBe(70);
    expect(percentDown(0, 0)).toBeNull();
  });
  it("writes whole rates without a decimal", () => {
    expect(formatRate(100)).toBe("100%");
    expect(formatRate(98.3)).toBe("98.3%");
    expect(formatRate(0)).toBe("0%");
  });
});

describe("groupStatistics", () => {
  it("groups findings and counts each group's inspections, largest first", () => {
    const rows = [
      { ...example[0]!, category: "消防安全" },
      { ...example[3]!, category: "食品安全" },
      { ...example[4]!, category: "食品安全" },
    ];
    const groups = groupStatistics(
      rows,
      (r) => r.category,
      TODAY,
      (k) => (k === "食品安全" ? 2 : 1),
    );
    expect(groups.map((g) => [g.key, g.stats.inspections, g.stats.findings, g.stats.overdue])).toEqual([
      ["食品安全", 2, 2, 1],
      ["消防安全", 1, 1, 0],
    ]);
  });
});

describe("speechSentence", () => {
  it("writes the sentence of seed 002", () => {
    expect(speechSentence("hazard", { inspections: 47, findings: 120, rectified: 120, rectificationRate: 100 })).toBe(
      "开展隐患排查47次,发现问题120项,已整改120项,整改率100%",
    );
  });
  it("writes it from computed statistics", () => {
    expect(speechSentence("supervision", ledgerStatistics(4, example, TODAY))).toBe(
      "开展督导检查4次,发现问题5项,已整改3项,整改率60%",
    );
    expect(speechSentence(null, ledgerStatistics(4, example, TODAY))).toBe(
      "开展各类督导检查4次,发现问题5项,已整改3项,整改率60%",
    );
  });
  it("says so when nothing was found or nothing was done", () => {
    expect(speechSentence("fee", { inspections: 3, findings: 0, rectified: 0, rectificationRate: null })).toBe(
      "开展收费自查3次,未发现问题",
    );
    expect(speechSentence("tutoring", { inspections: 0, findings: 0, rectified: 0, rectificationRate: null })).toBe(
      "本期未开展校外培训机构检查",
    );
  });
});
