import { describe, expect, it } from "vitest";
import { beijingIso } from "./beijingIso";

describe("beijingIso", () => {
  it("writes the Beijing wall-clock time with its +08:00 offset, milliseconds dropped", () => {
    expect(beijingIso(new Date("2026-08-28T01:00:00.250Z"))).toBe("2026-08-28T09:00:00+08:00");
  });

  it("moves to the next Beijing day at 16:00 UTC", () => {
    expect(beijingIso(new Date("2026-08-27T16:30:00Z"))).toBe("2026-08-28T00:30:00+08:00");
  });

  it("reads back as the same instant", () => {
    const at = new Date("2026-12-06T23:20:05Z");
    expect(new Date(beijingIso(at)).getTime()).toBe(at.getTime());
  });

  it("gives an empty string for an invalid instant", () => {
    expect(beijingIso(new Date("nonsense"))).toBe("");
  });
});
