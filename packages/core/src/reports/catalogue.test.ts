import { describe, expect, it } from "vitest";
import { capabilityLabels } from "../auth/roles";
import { figureByKey, figureCatalogue, figuresOfCapability, reportGroups } from "./catalogue";

describe("figureCatalogue", () => {
  it("gives every figure a unique key prefixed by its capability", () => {
    const keys = figureCatalogue.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of figureCatalogue) {
      expect(f.key.startsWith(`${f.capability}.`)).toBe(true);
      expect(Object.keys(capabilityLabels)).toContain(f.capability);
    }
  });
  it("defines every figure fully: numerator, as-of date, exclusions, and a denominator for every rate", () => {
    for (const f of figureCatalogue) {
      expect(f.numerator.length, f.key).toBeGreaterThan(0);
      expect(f.asOf.length, f.key).toBeGreaterThan(0);
      expect(f.excludes.length, f.key).toBeGreaterThan(0);
      if (f.unit === "%") expect(f.denominator, f.key).not.toBeNull();
      expect(f.template, f.key).toContain("{value}");
      expect(reportGroups).toContain(f.group);
    }
  });
  it("finds a figure by key and none for an unknown key", () => {
    expect(figureByKey("ledger.rectificationRate")?.name).toBe("整改率");
    expect(figureByKey("ledger.nope")).toBeNull();
  });
  it("lists the figures a capability's writes make stale", () => {
    expect(figuresOfCapability("ledger").map((f) => f.key)).toEqual([
      "ledger.inspections",
      "ledger.findings",
      "ledger.rectificationRate",
      "ledger.overdue",
    ]);
    expect(figuresOfCapability("users")).toEqual([]);
  });
});
