import { describe, expect, it } from "vitest";
import { beijingInstant } from "./beijingInstant";
import { beijingIso } from "./beijingIso";

describe("beijingInstant", () => {
  it("starts the county's day at 16:00 UTC the day before", () => {
    expect(beijingInstant("2026-11-20").toISOString()).toBe("2026-11-19T16:00:00.000Z");
  });

  it("places a wall-clock time, with or without seconds", () => {
    expect(beijingInstant("2026-11-20", "09:00").toISOString()).toBe("2026-11-20T01:00:00.000Z");
    expect(beijingInstant("2026-11-20", "17:30:15").toISOString()).toBe("2026-11-20T09:30:15.000Z");
  });

  it("reads back through beijingIso", () => {
    expect(beijingIso(beijingInstant("2026-08-28", "09:00"))).toBe("2026-08-28T09:00:00+08:00");
  });

  it("gives an Invalid Date for a date that is not one", () => {
    expect(Number.isNaN(beijingInstant("nonsense").getTime())).toBe(true);
  });
});
