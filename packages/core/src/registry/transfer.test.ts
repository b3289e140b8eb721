import { describe, expect, it } from "vitest";
import { beijingDate } from "../calendar/beijingDate";
import {
  initialTransferStatus,
  type TransferRequest,
  transferDaysPending,
  transferOverdue,
  transferRequestProblems,
  transferStatuses,
  transferStatusLabels,
  transferTransition,
} from "./transfer";

describe("transferTransition", () => {
  it.each([
    ["receive", "to", "received"],
    ["receive", "county", "received"],
    ["reject", "to", "rejected"],
    ["reject", "county", "rejected"],
    ["cancel", "from", "cancelled"],
    ["cancel", "county", "cancelled"],
  ] as const)("a pending transfer: %s by %s → %s", (action, side, next) => {
    expect(transferTransition("pending", action, side)).toEqual({ next, problems: [] });
  });

  it.each([
    ["receive", "from", "只有转入学校才能接收转学申请"],
    ["reject", "from", "只有转入学校才能退回转学申请"],
    ["cancel", "to", "只有转出学校才能撤销转学申请"],
  ] as const)("refuses %s by the %s side", (action, side, message) => {
    const t = transferTransition("pending", action, side);
    expect(t.next).toBeNull();
    expect(t.problems).toEqual([{ code: "wrong_side", message }]);
  });

  it.each(["received", "rejected", "cancelled", "left_county"] as const)("treats %s as final", (status) => {
    for (const action of ["receive", "reject", "cancel"] as const) {
      const t = transferTransition(status, action, "county");
      expect(t.next).toBeNull();
      expect(t.problems.map((p) => p.code)).toEqual(["not_pending"]);
    }
  });

  it("names the status and the action in the message", () => {
    expect(transferTransition("cancelled", "receive", "to").problems[0]?.message).toBe("该转学申请已撤销,不能再接收");
  });

  it("reports both problems when the wrong side acts on a decided transfer", () => {
    expect(transferTransition("received", "cancel", "to").problems.map((p) => p.code)).toEqual([
      "not_pending",
      "wrong_side",
    ]);
  });
});

describe("initialTransferStatus", () => {
  it("starts a transfer within the county as pending and completes one out of the county at once", () => {
    expect(initialTransferStatus("school-b")).toBe("pending");
    expect(initialTransferStatus(null)).toBe("left_county");
  });
});

describe("transfer status labels", () => {
  it("labels every status in Chinese", () => {
    expect(transferStatuses).toEqual(["pending", "received", "rejected", "cancelled", "left_county"]);
    expect(transferStatusLabels.pending).toBe("待接收");
  });
});

describe("transferDaysPending and transferOverdue", () => {
  it("counts whole days between ISO dates, across months and years", () => {
    expect(transferDaysPending("2026-10-01", "2026-10-01")).toBe(0);
    expect(transferDaysPending("2026-12-20", "2027-01-19")).toBe(30);
  });
  it("is overdue only after more than the limit", () => {
    expect(transferOverdue("2026-10-01", "2026-10-31")).toBe(false);
    expect(transferOverdue("2026-10-01", "2026-11-01")).toBe(true);
  });
  it("follows a county's own limit", () => {
    expect(transferOverdue("2026-10-01", "2026-10-16", 14)).toBe(true);
    expect(transferOverdue("2026-10-01", "2026-10-15", 14)).toBe(false);
  });
  it("answers NaN and not overdue for bad dates", () => {
    expect(transferDaysPending("not a date", "2026-10-01")).toBeNaN();
    expect(transferOverdue("2026-13-45", "2026-10-01")).toBe(false);
  });
  it("ignores a time part", () => {
    expect(transferDaysPending("2026-10-01T23:00:00Z", "2026-10-02")).toBe(1);
  });
});

describe("transferRequestProblems", () => {
  const base: TransferRequest = {
    fromSchoolId: "a",
    toSchoolId: "b",
    toSchoolKind: "primary",
    toSchoolStatus: "open",
    grade: 3,
    reason: "随父母工作调动",
    date: "2026-10-08",
    enteredOn: "2026-09-01",
    today: "2026-10-10",
  };

  it("accepts a transfer to another open school teaching the grade", () => {
    expect(transferRequestProblems(base)).toEqual([]);
  });
  it("refuses the student's own school", () => {
    expect(transferRequestProblems({ ...base, toSchoolId: "a" })).toEqual([
      { field: "toSchoolId", message: "转入学校不能是本校" },
    ]);
  });
  it("refuses a school that does not teach the grade", () => {
    expect(transferRequestProblems({ ...base, toSchoolKind: "junior" })[0]?.field).toBe("toSchoolId");
    expect(transferRequestProblems({ ...base, toSchoolKind: "nine_year" })).toEqual([]);
  });
  it("refuses a closed or merged school", () => {
    expect(transferRequestProblems({ ...base, toSchoolStatus: "merged" })[0]?.message).toBe("转入学校已撤并或停办");
  });
  it("asks where a student leaving the county goes", () => {
    expect(transferRequestProblems({ ...base, toSchoolId: null, destination: " " })).toEqual([
      { field: "destination", message: "转出县外时请填写转入地或学校" },
    ]);
    expect(transferRequestProblems({ ...base, toSchoolId: null, destination: "呼和浩特市第一小学" })).toEqual([]);
  });
  it("refuses a blank reason, a future date and a date before entry", () => {
    expect(transferRequestProblems({ ...base, reason: " " }).map((p) => p.field)).toEqual(["reason"]);
    expect(transferRequestProblems({ ...base, date: "2026-10-11" })[0]?.message).toBe("转学日期不能晚于今天");
    expect(transferRequestProblems({ ...base, date: "2026-08-31" })[0]?.field).toBe("date");
  });
});

describe("transferDaysPending on the county's days", () => {
  it("makes a transfer started late in a UTC evening wait 0 days the same Beijing day", () => {
    // 23:20 UTC is 07:20 the next day in Beijing: a browser on UTC would date it a day early
    const started = beijingDate(new Date("2026-12-06T23:20:00Z"));
    expect(started).toBe("2026-12-07");
    expect(transferDaysPending(started, beijingDate(new Date("2026-12-07T09:00:00Z")))).toBe(0);
  });
});
