import { describe, expect, it } from "vitest";
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
});
