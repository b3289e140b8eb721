import { describe, expect, it } from "vitest";
import { closedOnTime, daysOverdue, deadlineStatus, escalationLevel } from "./deadline";

describe("deadlineStatus", () => {
  const deadline = "2026-11-30";
  it.each([
    ["2026-11-26", "on_track"], // 4 days left
    ["2026-11-27", "approaching"], // 3 days left: the first reminder day
    ["2026-11-30", "approaching"], // due today: still in time
    ["2026-12-01", "overdue"], // the day after
    ["2027-03-01", "overdue"],
  ] as const)("on %s an open finding due %s is %s", (today, status) => {
    expect(deadlineStatus("in_progress", deadline, today)).toBe(status);
  });

  it("counts every open state and none of the final ones", () => {
    for (const state of ["pending", "in_progress", "awaiting_review"] as const) {
      expect(deadlineStatus(state, deadline, "2026-12-01")).toBe("overdue");
    }
    for (const state of ["closed", "withdrawn"] as const) {
      expect(deadlineStatus(state, deadline, "2026-12-01")).toBe("done");
    }
  });

  it("follows a county's own reminder window", () => {
    expect(deadlineStatus("pending", deadline, "2026-11-23", { approachingDays: 7 })).toBe("approaching");
    expect(deadlineStatus("pending", deadline, "2026-11-22", { approachingDays: 7 })).toBe("on_track");
    expect(deadlineStatus("pending", deadline, "2026-11-29", { approachingDays: 0 })).toBe("on_track");
    expect(deadlineStatus("pending", deadline, "2026-11-30", { approachingDays: 0 })).toBe("approaching");
  });

  it("crosses months and years", () => {
    expect(deadlineStatus("pending", "2026-12-31", "2027-01-01")).toBe("overdue");
    expect(deadlineStatus("pending", "2027-01-02", "2026-12-31")).toBe("approaching");
  });

  it("reports bad dates instead of guessing", () => {
    expect(deadlineStatus("pending", "2026-02-30", "2026-01-01")).toBe("invalid");
    expect(deadlineStatus("pending", "2026-12-01", "yesterday")).toBe("invalid");
  });
});

describe("daysOverdue", () => {
  it("counts days past the deadline, 0 up to and on it", () => {
    expect(daysOverdue("pending", "2026-11-30", "2026-11-29")).toBe(0);
    expect(daysOverdue("pending", "2026-11-30", "2026-11-30")).toBe(0);
    expect(daysOverdue("pending", "2026-11-30", "2026-12-01")).toBe(1);
    expect(daysOverdue("awaiting_review", "2026-11-30", "2026-12-30")).toBe(30);
  });
  it("is 0 for closed and withdrawn findings and bad dates", () => {
    expect(daysOverdue("closed", "2026-11-30", "2027-01-01")).toBe(0);
    expect(daysOverdue("withdrawn", "2026-11-30", "2027-01-01")).toBe(0);
    expect(daysOverdue("pending", "not a date", "2027-01-01")).toBe(0);
  });
});

describe("escalationLevel", () => {
  it.each([
    [0, "none"],
    [-3, "none"],
    [Number.NaN, "none"],
    [1, "school"],
    [6, "school"],
    [7, "section"],
    [29, "section"],
    [30, "leadership"],
    [400, "leadership"],
  ] as const)("%d days overdue → %s", (days, level) => {
    expect(escalationLevel(days)).toBe(level);
  });
  it("follows a county's own thresholds", () => {
    expect(escalationLevel(3, { section: 3, leadership: 10 })).toBe("section");
    expect(escalationLevel(10, { section: 3, leadership: 10 })).toBe("leadership");
  });
});

describe("closedOnTime", () => {
  it("counts closing on the deadline day as on time", () => {
    expect(closedOnTime("2026-11-29", "2026-11-30")).toBe(true);
    expect(closedOnTime("2026-11-30", "2026-11-30")).toBe(true);
    expect(closedOnTime("2026-12-01", "2026-11-30")).toBe(false);
    expect(closedOnTime("bad", "2026-11-30")).toBe(false);
  });
});
