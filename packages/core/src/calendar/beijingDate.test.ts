import { describe, expect, it } from "vitest";
import { transferDaysPending } from "../registry/transfer";
import { beijingDate } from "./beijingDate";

describe("beijingDate", () => {
  it("moves to the next day at midnight in Beijing, 16:00 UTC", () => {
    expect(beijingDate(new Date("2026-11-19T15:59:59Z"))).toBe("2026-11-19");
    expect(beijingDate(new Date("2026-11-19T16:00:00Z"))).toBe("2026-11-20");
  });

  it("keeps the Beijing date through the Beijing day", () => {
    expect(beijingDate(new Date("2026-11-20T02:00:00Z"))).toBe("2026-11-20");
    expect(beijingDate(new Date("2026-11-20T15:59:59Z"))).toBe("2026-11-20");
  });

  it("gives an empty string for an invalid instant", () => {
    expect(beijingDate(new Date("nonsense"))).toBe("");
  });

  it("makes a transfer started late in a UTC evening wait 0 days the same Beijing day", () => {
    // 23:20 UTC is 07:20 the next day in Beijing: a browser on UTC would date it a day early
    const started = beijingDate(new Date("2026-12-06T23:20:00Z"));
    expect(started).toBe("2026-12-07");
    expect(transferDaysPending(started, beijingDate(new Date("2026-12-07T09:00:00Z")))).toBe(0);
  });
});
