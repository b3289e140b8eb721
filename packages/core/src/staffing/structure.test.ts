import { describe, expect, it } from "vitest";
import { recognitionActive, tierCounts } from "./pools";
import { forecastTable, retiringWithin } from "./retirementForecast";
import { ageBand, teacherStructure } from "./structure";

const t = {
  gender: "M",
  stage: "primary",
  subject: "math",
  title: "intermediate",
  qualification: "bachelor",
  backboneLevel: "none",
  locality: "rural",
};

describe("teacherStructure", () => {
  it("counts teachers aged 50 or more on 1 September into the ageing share", () => {
    const s = teacherStructure(
      [
        { ...t, birthDate: "1976-09-01" }, // 50 on the day
        { ...t, birthDate: "1976-09-02", gender: "F" }, // 49
        { ...t, birthDate: "1990-01-01" },
        { ...t, birthDate: "2000-01-01" },
      ],
      "2026-09-01",
    );
    expect(s.aged50).toBe(1);
    expect(s.ageingShare).toBe(25);
    expect(s.pyramid.find((p) => p.band === "45–49")).toEqual({ band: "45–49", M: 0, F: 1 });
    expect(teacherStructure([], "2026-09-01").ageingShare).toBeNull();
    expect(ageBand(29)).toBe("≤29");
  });
});

describe("retirement forecast", () => {
  it("places statutory dates in school years from 1 September and counts the overdue apart", () => {
    const people = [
      // a man born 1966-05-10 (cadre) retires at 60 y 8 m? the registry computes it; just check placement
      {
        staffId: "a",
        schoolId: "x",
        subject: "math",
        birthDate: "1966-12-10",
        gender: "M" as const,
        postType: "teacher",
        establishment: "established",
      },
      {
        staffId: "b",
        schoolId: "x",
        subject: "math",
        birthDate: "1950-01-01",
        gender: "M" as const,
        postType: "teacher",
        establishment: "established",
      },
      {
        staffId: "c",
        schoolId: "x",
        subject: "math",
        birthDate: "1995-01-01",
        gender: "M" as const,
        postType: "teacher",
        establishment: "established",
      },
    ];
    const r = retiringWithin(people, 2026, 5);
    expect(r.map((p) => p.staffId)).toEqual(["b", "a"]);
    expect(r[0]?.yearIndex).toBe(-1);
    const a = r[1];
    const expectedIndex =
      Number(a?.retirementDate.slice(0, 4)) - 2026 - ((a?.retirementDate.slice(5) ?? "") < "09-01" ? 1 : 0);
    expect(a?.yearIndex).toBe(expectedIndex);
    const table = forecastTable(r, 2026, 5);
    expect(table.county.overdue).toBe(1);
    expect(table.county.total).toBe(2);
    expect(table.years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe("pools", () => {
  it("counts a teacher once at the highest tier in force", () => {
    const r = [
      { staffId: "a", tier: "backbone" as const, recognisedOn: "2022-09-10", expiresOn: "2025-09-09" },
      { staffId: "a", tier: "leader" as const, recognisedOn: "2024-09-10", expiresOn: null },
      { staffId: "b", tier: "master" as const, recognisedOn: "2027-01-01", expiresOn: null },
    ];
    expect(tierCounts(r, "2026-12-01")).toEqual({ backbone: 0, leader: 1, master: 0 });
    expect(recognitionActive({ recognisedOn: "2023-09-10", expiresOn: "2026-09-09" }, "2026-09-09")).toBe(false);
  });
});
