/**
 * Earlier school years of the demo register for dropout control's rates (巩固率 needs a cohort's intake six and
 * eight years back): each pupil of the demo's earliest year gets the rows of the years before it, back to grade 1, at
 * their school (or, for a junior school's pupils, a primary school of the same township); and a few classmates who
 * left on the way (transferred out of the county, or dropped out) are added as people of their own, with fictitious
 * resident IDs of an unassigned region code. Rows of these years have no class: the register's year lists, which are
 * built from classes, and every figure of the existing demo years stay as they were.
 */
import { registry } from "@edubureau/core";
import { and, eq, inArray } from "drizzle-orm";
import type { PersonalDataCipher } from "../auth/personalData";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { enrollment, person, school, student } from "./tables";

/**
 * A region code no demo place has (152503–152521 are unassigned in the prefecture; 152532–152549 are the migrants'
 * origins and 152550–152599 a demo city's counties, whose people these must never share an ID with).
 */
export const LEAVER_REGION = "152510";
const PRIMARY_KINDS = new Set(["primary", "nine_year", "teaching_point", "twelve_year"]);
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = "子涵梓轩浩然欣怡宇航思雨佳琪俊杰雨桐一诺明轩可馨天佑紫萱晨阳";

/** A small deterministic generator (mulberry32), so a seed gives the same history. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HistoryResult {
  rows: number;
  leavers: number;
  years: number[];
}

/**
 * Adds the enrollment history of the `years` school years before `firstYear` for a county.
 *
 * @example await addEnrollmentHistory(db, cipher, "152599", 2024, 6, 2026)
 */
export async function addEnrollmentHistory(
  db: Db,
  cipher: PersonalDataCipher,
  regionCode: string,
  firstYear: number,
  years: number,
  seed: number,
): Promise<HistoryResult> {
  const random = rng(seed);
  const [schools, base] = await Promise.all([
    db
      .select({ id: school.id, kind: school.kind, townCode: school.townCode })
      .from(school)
      .where(eq(school.regionCode, regionCode)),
    db
      .select({ studentId: enrollment.studentId, schoolId: enrollment.schoolId, grade: enrollment.grade })
      .from(enrollment)
      .where(
        and(
          eq(enrollment.regionCode, regionCode),
          eq(enrollment.schoolYear, firstYear),
          inArray(enrollment.status, ["enrolled", "suspended"]),
        ),
      ),
  ]);
  const byId = new Map(schools.map((s) => [s.id, s]));
  const primaryByTown = new Map<string, string[]>();
  const allPrimary: string[] = [];
  for (const s of schools) {
    if (!PRIMARY_KINDS.has(s.kind)) continue;
    allPrimary.push(s.id);
    const list = primaryByTown.get(s.townCode ?? "") ?? [];
    list.push(s.id);
    primaryByTown.set(s.townCode ?? "", list);
  }
  const primaryFor = (schoolId: string, pick: number) => {
    const s = byId.get(schoolId);
    if (s && PRIMARY_KINDS.has(s.kind)) return schoolId;
    const list = primaryByTown.get(s?.townCode ?? "") ?? allPrimary;
    return list[Math.floor(pick * list.length)] ?? schoolId;
  };
  const rows: (typeof enrollment.$inferInsert)[] = [];
  const people: (typeof person.$inferInsert & { id: string })[] = [];
  const students: (typeof student.$inferInsert & { id: string })[] = [];
  const seen = new Set<string>();
  let sequence = 0;
  for (const b of base) {
    if (b.grade < 2 || b.grade > 9 || seen.has(b.studentId)) continue;
    seen.add(b.studentId);
    const pick = random();
    const path: { year: number; grade: number; schoolId: string }[] = [];
    for (let k = 1; k < b.grade && k <= years; k++) {
      const grade = b.grade - k;
      path.push({ year: firstYear - k, grade, schoolId: grade <= 6 ? primaryFor(b.schoolId, pick) : b.schoolId });
    }
    for (const p of path) {
      rows.push({
        regionCode,
        schoolId: p.schoolId,
        schoolYear: p.year,
        studentId: b.studentId,
        grade: p.grade,
        status: "enrolled",
      });
    }
    // about one classmate in 70 left on the way: two in three moved out of the county, one in three dropped out
    if (path.length === 0 || random() >= 1 / 70) continue;
    const leaveAt = Math.floor(random() * path.length);
    const stay = path.slice(leaveAt).reverse(); // oldest year first, up to the year they left
    const first = stay[0]!;
    const gender = random() < 0.5 ? "M" : "F";
    const birthYear = first.year - first.grade - 5;
    const birthDate = `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    sequence++;
    const seq = String((sequence % 499) * 2 + (gender === "M" ? 1 : 2)).padStart(3, "0");
    const first17 = `${LEAVER_REGION}${birthDate.replaceAll("-", "")}${seq}`;
    const residentId = first17 + registry.residentIdCheckChar(first17);
    const name =
      SURNAMES[Math.floor(random() * SURNAMES.length)]! +
      GIVEN.slice(2 * Math.floor(random() * (GIVEN.length / 2)), 2 * Math.floor(random() * (GIVEN.length / 2)) + 2);
    const personId = crypto.randomUUID();
    const studentId = crypto.randomUUID();
    people.push({
      id: personId,
      regionCode,
      name,
      gender,
      birthDate,
      nameInitials: "",
      residentIdHash: cipher.hash(residentId),
      residentIdMasked: registry.maskResidentId(residentId),
      residentIdCipher: cipher.encrypt(residentId),
    });
    students.push({ id: studentId, regionCode, personId, studentNumber: `G${residentId}`, householdType: "rural" });
    const dropped = random() < 1 / 3;
    stay.forEach((p, i) => {
      const last = i === stay.length - 1;
      rows.push({
        regionCode,
        schoolId: p.schoolId,
        schoolYear: p.year,
        studentId,
        grade: p.grade,
        status: last ? (dropped ? "dropped_out" : "transferred_out") : "enrolled",
        leftOn: last ? `${p.year + 1}-03-15` : null,
      });
    });
  }
  await insertAll(db, person, people);
  await insertAll(db, student, students);
  await insertAll(db, enrollment, rows);
  const yearList = Array.from({ length: years }, (_, i) => firstYear - years + i);
  return { rows: rows.length, leavers: students.length, years: yearList };
}
