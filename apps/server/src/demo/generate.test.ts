import { createHash } from "node:crypto";
import { classSizeCategory, parseResidentId, studentNumberKind } from "@edubureau/core/registry";
import { beforeAll, describe, expect, it } from "vitest";
import { LEAVER_REGION } from "../registry/retentionHistory";
import { EXTRA_REGION } from "../retention/demo";
import { PRESCHOOL_REGION } from "../retention/demoPreschoolChildren";
import { generateCounty, generateCountyParts } from "./generate";
import { CITY_COUNTIES } from "./plans";
import { ORIGIN_REGION_CODES } from "./residentIds";
import type { DemoCounty } from "./types";

const YEAR = 2025;
const digest = (c: DemoCounty) => createHash("sha256").update(JSON.stringify(c)).digest("hex");

let county: DemoCounty;
beforeAll(() => {
  county = generateCounty({ seed: 2026, scale: "county", latestYear: YEAR });
});

/** Distinct students with a row in a school year, per school. */
function studentsBySchool(c: DemoCounty, year: number): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const e of c.enrollment) {
    if (e.schoolYear !== year) continue;
    const set = map.get(e.schoolId) ?? new Set();
    set.add(e.studentId);
    map.set(e.schoolId, set);
  }
  return map;
}

describe("determinism", () => {
  it("gives byte-for-byte the same county for the same seed and scale", () => {
    const again = generateCounty({ seed: 2026, scale: "county", latestYear: YEAR });
    expect(digest(again)).toBe(digest(county));
  });

  it("gives a different county for a different seed", () => {
    const a = generateCounty({ seed: 1, scale: "tiny", latestYear: YEAR });
    const b = generateCounty({ seed: 2, scale: "tiny", latestYear: YEAR });
    expect(digest(a)).not.toBe(digest(b));
    expect(digest(generateCounty({ seed: 1, scale: "tiny", latestYear: YEAR }))).toBe(digest(a));
  });
});

describe("the county scale", () => {
  it("has one fictitious county under its real prefecture and province, and 8–10 towns", () => {
    expect(county.region.map((r) => [r.code, r.level, r.parentCode])).toEqual([
      ["150000", "province", null],
      ["152500", "prefecture", "150000"],
      ["152599", "county", "152500"],
    ]);
    expect(county.region[2]?.name).toBe("北原县");
    expect(county.town.length).toBeGreaterThanOrEqual(8);
    expect(county.town.length).toBeLessThanOrEqual(10);
    for (const t of county.town) expect(t.code).toMatch(/^152599\d{3}$/);
  });

  it("has about 30 schools of every kind with unique 10-digit codes", () => {
    expect(county.school.length).toBeGreaterThanOrEqual(25);
    expect(county.school.length).toBeLessThanOrEqual(35);
    const kinds = new Set(county.school.map((s) => s.kind));
    for (const k of ["kindergarten", "primary", "teaching_point", "junior", "nine_year", "complete_secondary"]) {
      expect(kinds, k).toContain(k);
    }
    for (const k of ["senior", "vocational", "special"]) expect(kinds, k).toContain(k);
    expect(new Set(county.school.map((s) => s.code)).size).toBe(county.school.length);
    for (const s of county.school) expect(s.code).toMatch(/^2152599\d{3}$/);
    expect(new Set(county.school.map((s) => s.locality))).toEqual(new Set(["urban", "town", "rural"]));
    expect(county.school.filter((s) => s.ownership === "private").length).toBeGreaterThanOrEqual(2);
    for (const s of county.school) expect(s.principal, s.name).toBeTruthy();
  });

  it("has three school years with 18,000–22,000 students and 1,300–1,700 staff in the latest", () => {
    expect(county.years).toEqual([YEAR - 2, YEAR - 1, YEAR]);
    for (const year of county.years) {
      expect(county.enrollment.some((e) => e.schoolYear === year)).toBe(true);
      expect(county.schoolClass.some((c) => c.schoolYear === year)).toBe(true);
      expect(county.employment.some((e) => e.schoolYear === year)).toBe(true);
      expect(county.schoolCondition.some((c) => c.schoolYear === year)).toBe(true);
    }
    const students = new Set(county.enrollment.filter((e) => e.schoolYear === YEAR).map((e) => e.studentId));
    expect(students.size).toBeGreaterThanOrEqual(18_000);
    expect(students.size).toBeLessThanOrEqual(22_000);
    const staff = county.employment.filter((e) => e.schoolYear === YEAR);
    expect(staff.length).toBeGreaterThanOrEqual(1300);
    expect(staff.length).toBeLessThanOrEqual(1700);
    const teachers = staff.filter((e) => e.postType === "teacher").length;
    expect(students.size / teachers).toBeGreaterThan(12);
    expect(students.size / teachers).toBeLessThan(18);
  });

  it("records a relocation and a merger; the merged school runs no more after it", () => {
    const kinds = county.schoolEvent.map((e) => e.kind).sort();
    expect(kinds).toEqual(["merged", "relocated", "relocated"]);
    const merged = county.school.find((s) => s.status === "merged");
    expect(merged?.mergedIntoId).toBeTruthy();
    expect(county.enrollment.some((e) => e.schoolId === merged?.id && e.schoolYear === YEAR)).toBe(false);
    expect(county.enrollment.some((e) => e.schoolId === merged?.id && e.schoolYear === YEAR - 1)).toBe(true);
    const staying = county.enrollment.filter(
      (e) => e.schoolId === merged?.id && e.schoolYear === YEAR - 1 && e.status === "enrolled",
    );
    expect(staying.length).toBeGreaterThan(0);
    const atTarget = new Set(
      county.enrollment
        .filter((e) => e.schoolYear === YEAR && e.schoolId === merged?.mergedIntoId && e.fromSchoolId === merged?.id)
        .map((e) => e.studentId),
    );
    for (const e of staying) expect(atTarget.has(e.studentId)).toBe(true);
  });
});

describe("people", () => {
  it("gives every person a valid, unique resident ID matching birth date and gender", () => {
    const problems: string[] = [];
    for (const p of county.person) {
      const parsed = parseResidentId(p.residentId);
      if (!parsed.ok || parsed.birthDate !== p.birthDate || parsed.gender !== p.gender) problems.push(p.residentId);
    }
    expect(problems).toEqual([]);
    expect(new Set(county.person.map((p) => p.residentId)).size).toBe(county.person.length);
  });

  it("numbers students G + resident ID", () => {
    const byId = new Map(county.person.map((p) => [p.id, p]));
    const wrong = county.student.filter(
      (s) => s.studentNumber !== `G${byId.get(s.personId)?.residentId}` || studentNumberKind(s.studentNumber) !== "G",
    );
    expect(wrong).toEqual([]);
  });

  it("flags special groups at plausible rates", () => {
    const share = (f: (s: DemoCounty["student"][number]) => unknown) =>
      county.student.filter(f).length / county.student.length;
    expect(share((s) => s.migrant)).toBeGreaterThan(0.02);
    expect(share((s) => s.migrant)).toBeLessThan(0.08);
    expect(share((s) => s.disability)).toBeGreaterThan(0.005);
    expect(share((s) => s.disability)).toBeLessThan(0.02);
    expect(share((s) => s.povertyRegistered)).toBeGreaterThan(0.01);
    expect(share((s) => s.dibao)).toBeGreaterThan(0.005);
    const placements = new Set(county.student.map((s) => s.disabilityPlacement).filter(Boolean));
    expect(placements).toEqual(new Set(["随班就读", "送教上门", "特教学校"]));
    const mongol = county.person.filter((p) => p.ethnicity === "蒙古族").length / county.person.length;
    expect(mongol).toBeGreaterThan(0.1);
  });
});

describe("classes and enrollment", () => {
  it("puts every class in a school and year that exist, and every enrollment in a class of its school and grade", () => {
    const schools = new Set(county.school.map((s) => s.id));
    const classes = new Map(county.schoolClass.map((c) => [c.id, c]));
    const badClasses = county.schoolClass.filter(
      (c) => !schools.has(c.schoolId) || !county.years.includes(c.schoolYear),
    );
    expect(badClasses).toEqual([]);
    const badRows = county.enrollment.filter((e) => {
      if (!schools.has(e.schoolId)) return true;
      if (!e.classId) return false;
      const c = classes.get(e.classId);
      return c?.schoolId !== e.schoolId || c.schoolYear !== e.schoolYear || c.grade !== e.grade;
    });
    expect(badRows).toEqual([]);
    const withoutClass = county.enrollment.filter((e) => !e.classId);
    expect(withoutClass.length).toBeGreaterThan(0);
    for (const e of withoutClass) expect(county.school.find((s) => s.id === e.schoolId)?.kind).toBe("special");
  });

  it("has 大班额 and a few 超大班额 classes in the latest year, but not most", () => {
    const sizes = new Map<string, number>();
    for (const e of county.enrollment) {
      if (e.schoolYear === YEAR && e.classId && e.status === "enrolled") {
        sizes.set(e.classId, (sizes.get(e.classId) ?? 0) + 1);
      }
    }
    const categories = [...sizes.values()].map((n) => classSizeCategory(n));
    const large = categories.filter((c) => c === "large").length;
    const superLarge = categories.filter((c) => c === "super_large").length;
    expect(large).toBeGreaterThan(0);
    expect(superLarge).toBeGreaterThan(0);
    expect((large + superLarge) / categories.length).toBeLessThan(0.15);
  });

  it("moves each continuing student up one grade the next year unless they transferred or dropped out", () => {
    for (const year of [YEAR - 1, YEAR]) {
      const next = new Map<string, number[]>();
      for (const e of county.enrollment) {
        if (e.schoolYear === year) next.set(e.studentId, [...(next.get(e.studentId) ?? []), e.grade]);
      }
      const continuing = county.enrollment.filter((e) => e.schoolYear === year - 1 && e.status === "enrolled");
      expect(continuing.length).toBeGreaterThan(10_000);
      const lost = continuing.filter((e) => !next.get(e.studentId)?.includes(e.grade + 1));
      expect(lost).toEqual([]);
    }
  });

  it("records transfers with both ends, graduates and a few junior dropouts", () => {
    const rows = county.enrollment;
    const within = rows.filter((e) => e.status === "transferred_out" && e.toSchoolId);
    expect(within.length).toBeGreaterThan(0);
    const at = new Set(rows.map((r) => `${r.studentId}|${r.schoolId}|${r.schoolYear}`));
    for (const e of within) {
      const arrived = [e.schoolYear, e.schoolYear + 1].some((y) => at.has(`${e.studentId}|${e.toSchoolId}|${y}`));
      expect(arrived).toBe(true);
    }
    expect(rows.some((e) => e.status === "graduated")).toBe(true);
    const dropouts = rows.filter((e) => e.status === "dropped_out");
    expect(dropouts.length).toBeGreaterThan(0);
    expect(dropouts.some((e) => e.grade >= 7 && e.grade <= 9)).toBe(true);
  });

  it("has teaching points with fewer than 50 students", () => {
    const counts = studentsBySchool(county, YEAR);
    const points = county.school.filter((s) => s.kind === "teaching_point");
    expect(points.some((s) => (counts.get(s.id)?.size ?? 0) < 50)).toBe(true);
    for (const s of points) expect(counts.get(s.id)?.size ?? 0).toBeGreaterThan(0);
  });
});

describe("staff and conditions", () => {
  it("gives every class a head teacher employed at its school that year, and main-subject teachers", () => {
    const employed = new Set(county.employment.map((e) => `${e.staffId}|${e.schoolId}|${e.schoolYear}`));
    const assigned = new Set(county.classTeacher.map((a) => `${a.classId}|${a.subject}`));
    for (const c of county.schoolClass) {
      expect(c.headTeacherId, c.name).toBeTruthy();
      expect(employed.has(`${c.headTeacherId}|${c.schoolId}|${c.schoolYear}`)).toBe(true);
    }
    const special = new Set(county.school.filter((s) => s.kind === "special").map((s) => s.id));
    const primary = county.schoolClass.filter((c) => c.grade >= 3 && c.grade <= 6 && !special.has(c.schoolId));
    for (const c of primary)
      for (const s of ["chinese", "math", "english"]) expect(assigned.has(`${c.id}|${s}`)).toBe(true);
  });

  it("employs each staff member at most once a year, with a plausible mix of qualifications and titles", () => {
    const keys = county.employment.map((e) => `${e.staffId}|${e.schoolYear}`);
    expect(new Set(keys).size).toBe(keys.length);
    const teachers = county.employment.filter((e) => e.schoolYear === YEAR && e.postType === "teacher");
    const quals = new Set(teachers.map((e) => e.qualification));
    for (const q of ["postgraduate", "bachelor", "college", "secondary"]) expect(quals).toContain(q);
    const levels = new Set(teachers.map((e) => e.backboneLevel));
    for (const b of ["none", "school", "county", "city", "province"]) expect(levels).toContain(b);
    const none = teachers.filter((e) => e.backboneLevel === "none").length / teachers.length;
    expect(none).toBeGreaterThan(0.5);
    expect(teachers.some((e) => !e.hasCertificate)).toBe(true);
  });

  it("writes one condition row per open school and year, growing, some rural schools below standard", () => {
    for (const year of county.years) {
      const open = county.school.filter((s) => s.status === "open" || year < Number(s.closedOn?.slice(0, 4)));
      const rows = county.schoolCondition.filter((c) => c.schoolYear === year);
      expect(new Set(rows.map((r) => r.schoolId)).size).toBe(open.length);
    }
    for (const c of county.schoolCondition) expect(Number.isInteger(c.equipmentValueFen)).toBe(true);
    const equipment = (year: number) =>
      county.schoolCondition.filter((c) => c.schoolYear === year).reduce((n, c) => n + c.equipmentValueFen, 0);
    expect(equipment(YEAR)).toBeGreaterThan(equipment(YEAR - 2));
    const counts = studentsBySchool(county, YEAR);
    const perPupil = county.school
      .filter((s) => s.kind === "primary" && s.locality !== "urban")
      .map((s) => {
        const c = county.schoolCondition.find((r) => r.schoolId === s.id && r.schoolYear === YEAR);
        return (c?.equipmentValueFen ?? 0) / 100 / (counts.get(s.id)?.size ?? 1);
      })
      .filter((v) => v > 0);
    expect(Math.min(...perPupil)).toBeLessThan(2000);
  });
});

describe("the tiny scale", () => {
  it("has four schools of different kinds, a primary and a junior of 100–200 students, over three years", () => {
    const tiny = generateCounty({ seed: 7, scale: "tiny", latestYear: YEAR });
    expect(tiny.school).toHaveLength(4);
    expect(new Set(tiny.school.map((s) => s.kind)).size).toBe(4);
    const counts = studentsBySchool(tiny, YEAR);
    for (const kind of ["primary", "junior"]) {
      const s = tiny.school.find((x) => x.kind === kind);
      const n = counts.get(s?.id ?? "")?.size ?? 0;
      expect(n, kind).toBeGreaterThanOrEqual(100);
      expect(n, kind).toBeLessThanOrEqual(200);
      expect(tiny.schoolClass.filter((c) => c.schoolId === s?.id && c.schoolYear === YEAR).length).toBeGreaterThan(2);
    }
    expect(new Set(tiny.enrollment.map((e) => e.schoolYear))).toEqual(new Set([YEAR - 2, YEAR - 1, YEAR]));
  });
});

describe("the city scale", () => {
  it("streams counties with distinct codes and the same shape", () => {
    const parts = generateCountyParts({ seed: 3, scale: "city", latestYear: YEAR });
    const first = parts.next().value as DemoCounty;
    const second = parts.next().value as DemoCounty;
    expect(first.regionCode).toBe("152599");
    expect(second.regionCode).toBe("152598");
    expect(second.region).toHaveLength(1);
    expect(second.school.length).toBe(first.school.length);
    const ids = new Set(first.person.map((p) => p.residentId));
    expect(second.person.some((p) => ids.has(p.residentId))).toBe(false);
  });

  it("keeps the regions of the added people (leavers, the roster's extras, preschool children) apart from every place", () => {
    // a city's counties and the migrants' origins issue the generated people's IDs: an added person sharing a region
    // with them could share an ID too (a city's load once failed on a duplicate resident ID)
    const cityCounties = Array.from({ length: CITY_COUNTIES }, (_, i) => String(152599 - i));
    const taken = new Set([...cityCounties, ...ORIGIN_REGION_CODES]);
    for (const added of [LEAVER_REGION, EXTRA_REGION, PRESCHOOL_REGION]) expect(taken.has(added), added).toBe(false);
    expect(new Set([LEAVER_REGION, EXTRA_REGION, PRESCHOOL_REGION]).size).toBe(3);
  });
});
