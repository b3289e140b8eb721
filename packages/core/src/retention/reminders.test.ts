import { describe, expect, it } from "vitest";
import { dueReminders, type ReminderCase } from "./reminders";

const base: ReminderCase = {
  id: "c1",
  number: "2026-0001",
  nameMasked: "张*明",
  state: "confirmed",
  deadline: "2026-11-30",
  schoolId: "s1",
  townCode: "152599101",
};

describe("dueReminders", () => {
  it("escalates a case past its deadline to the section, then to leadership after the set days", () => {
    const on = (today: string, leadershipDays = 30) =>
      dueReminders({ today, leadershipDays, cases: [base], month: "2026-11", dueDay: 5, schools: [] });
    expect(on("2026-11-30")).toEqual([]);
    expect(on("2026-12-01").map((r) => r.key)).toEqual(["case:c1:section"]);
    expect(on("2026-12-30").map((r) => r.key)).toEqual(["case:c1:leadership"]);
    expect(on("2026-12-11", 10).map((r) => r.level)).toEqual(["leadership"]);
    expect(on("2026-12-01")[0]).toMatchObject({ schoolId: "s1", townCode: "152599101" });
  });

  it("leaves returned, closed and dismissed cases alone", () => {
    for (const state of ["returned", "closed", "dismissed"] as const) {
      const r = dueReminders({
        today: "2027-03-01",
        leadershipDays: 30,
        cases: [{ ...base, state }],
        month: "2027-02",
        dueDay: 5,
        schools: [],
      });
      expect(r, state).toEqual([]);
    }
  });

  it("reminds a school late with last month's zero-report, not one that filed or whose due day is ahead", () => {
    const schools = [
      { schoolId: "late", schoolName: "东镇小学", townCode: null, reportedOn: null },
      { schoolId: "done", schoolName: "西镇小学", townCode: null, reportedOn: "2026-12-03" },
    ];
    const r = dueReminders({
      today: "2026-12-06",
      leadershipDays: 30,
      cases: [],
      month: "2026-11",
      dueDay: 5,
      schools,
    });
    expect(r.map((x) => x.key)).toEqual(["zero:late:2026-11"]);
    expect(r[0]!.message).toContain("截止日 2026-12-05 已过");
    expect(
      dueReminders({ today: "2026-12-05", leadershipDays: 30, cases: [], month: "2026-11", dueDay: 5, schools }),
    ).toEqual([]);
  });
});
