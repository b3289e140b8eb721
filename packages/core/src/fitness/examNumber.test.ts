import { describe, expect, it } from "vitest";
import { examNumberLookup, normalizeFitnessExamNumber } from "./examNumber";

describe("matching by 考号", () => {
  const kept = [
    { examNumber: "0301", studentId: "a", testYear: 2025 },
    { examNumber: "0301", studentId: "b", testYear: 2026 }, // renumbered this year: the newest year decides
    { examNumber: "0302", studentId: "c", testYear: 2026 },
    { examNumber: "0302", studentId: "d", testYear: 2026 }, // given twice (or two schools of a county file)
    { examNumber: "0303", studentId: "e", testYear: 2026 }, // left the school
    { examNumber: "0304", studentId: "a", testYear: 2024 },
  ];
  const find = examNumberLookup(kept, new Set(["a", "b", "c", "d"]));

  it("finds the student of the newest year the 考号 was kept", () => {
    expect(find("0301")).toEqual({ kind: "found", studentId: "b", testYear: 2026 });
    expect(find("0304")).toEqual({ kind: "found", studentId: "a", testYear: 2024 });
  });

  it("calls a 考号 kept for two students the same year ambiguous", () => {
    expect(find("0302")).toEqual({ kind: "ambiguous", students: 2, testYear: 2026 });
  });

  it("does not know a 考号 never kept, or kept only for a student no longer on the roll", () => {
    expect(find("9999")).toEqual({ kind: "unknown" });
    expect(find("0303")).toEqual({ kind: "unknown" });
  });

  it("reads full-width digits and spaces, and keeps leading zeros", () => {
    expect(normalizeFitnessExamNumber(" ０３０１ ")).toBe("0301");
    expect(find("０３０１")).toEqual({ kind: "found", studentId: "b", testYear: 2026 });
    expect(find("301")).toEqual({ kind: "unknown" });
  });
});
