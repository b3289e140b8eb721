/**
 * The demo county's preschool additions to the register (示范数据·学前教育): a public central kindergarten in every
 * rural township, a 普惠 private kindergarten in a town (with the planted slip: one 小班 of 48 children), and an
 * attached preschool class (附设幼儿班) in a rural primary school, with their classes, children and teachers for
 * the last two school years. Written after the register's demo has loaded and with a random sequence of its own,
 * so the register's demo (and every capability built on it) stays as it is. The kindergartens' full-time teachers
 * all hold certificates, as the county's preschool teachers do after its 2025 certification drive.
 */
import { registry } from "@edubureau/core";
import { and, eq, gte, inArray, or } from "drizzle-orm";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { adultName, personName } from "../demo/names";
import { createRandom } from "../demo/random";
import { employment, enrollment, person, school, schoolClass, staff, student, town } from "./tables";

export interface PreschoolDemoAdditions {
  /** the kinds the preschool reports give the added schools (kindergarten kind codes) */
  kinds: Map<string, "education_public" | "inclusive_private">;
  kindergartens: number;
  children: number;
  /** the 小班 planted with 48 children */
  slipClassId: string | null;
}

/** Class size limits by grade (幼儿园工作规程): 小班 25, 中班 30, 大班 35. */
const LIMIT: Record<number, number> = { [-3]: 25, [-2]: 30, [-1]: 35 };
const BAND: Record<number, string> = { [-3]: "小", [-2]: "中", [-1]: "大" };

interface NewUnit {
  schoolId: string;
  /** children entering 小班 in a year (an attached class takes 大班 only) */
  intake: (year: number) => number;
  grades: number[];
  teachersPer: number;
  slip: boolean;
}

/**
 * Adds the demo's extra kindergartens, classes, children and teachers to the county of `regionCode` for the two
 * school years ending in `latestYear`. Returns what the preschool reports need to know about them.
 *
 * @example await addPreschoolDemoUnits(db, { regionCode: "152599", seed: 2026, latestYear: 2026, now: new Date() })
 */
export async function addPreschoolDemoUnits(
  db: Db,
  options: { regionCode: string; seed: number; latestYear: number; now: Date },
): Promise<PreschoolDemoAdditions> {
  const { regionCode, latestYear, now } = options;
  const rng = createRandom(`preschool-register-${options.seed}`);
  const years = [latestYear - 1, latestYear];
  const [schools, towns] = await Promise.all([
    db.select().from(school).where(eq(school.regionCode, regionCode)).orderBy(school.code),
    db.select().from(town).where(eq(town.regionCode, regionCode)).orderBy(town.code),
  ]);
  const urban = new Set(schools.filter((s) => s.locality === "urban" && s.status === "open").map((s) => s.townCode));
  const kinds = new Map<string, "education_public" | "inclusive_private">();
  const schoolRows: (typeof school.$inferInsert)[] = [];
  const units: NewUnit[] = [];
  let sequence = 900;
  const countyName = schools[0]?.name.match(/^(.+?县)/)?.[1] ?? "";
  const kindergarten = (name: string, townCode: string, locality: string, ownership: string) => {
    const id = rng.uuid();
    schoolRows.push({
      id,
      regionCode,
      code: `2${regionCode}${sequence++}`,
      name,
      shortName: name.startsWith(countyName) ? name.slice(countyName.length) : name,
      kind: "kindergarten",
      locality,
      ownership,
      townCode,
      phone: `0479-${rng.int(5, 8)}${String(rng.int(0, 999999)).padStart(6, "0")}`,
      status: "open",
      openedOn: `${latestYear - rng.int(6, 15)}-09-01`,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };
  // a public central kindergarten (乡镇中心幼儿园) in every rural township
  for (const t of towns) {
    if (urban.has(t.code)) continue;
    const id = kindergarten(`${t.name}中心幼儿园`, t.code, "town", "public");
    kinds.set(id, "education_public");
    const base = rng.int(18, 24);
    units.push({
      schoolId: id,
      intake: () => base + rng.int(-2, 2),
      grades: [-3, -2, -1],
      teachersPer: 2,
      slip: false,
    });
  }
  // a recognised 普惠 private kindergarten in the first rural township: its 小班 is the planted slip
  const firstRural = towns.find((t) => !urban.has(t.code));
  if (firstRural) {
    const id = kindergarten(`${firstRural.name}启航幼儿园`, firstRural.code, "town", "private");
    kinds.set(id, "inclusive_private");
    units.push({
      schoolId: id,
      intake: (y) => (y === latestYear ? 48 : 22),
      grades: [-3, -2, -1],
      teachersPer: 2,
      slip: true,
    });
  }
  // an attached preschool class (附设幼儿班, 大班) in the first open rural public primary school
  const host = schools.find(
    (s) => s.kind === "primary" && s.locality === "rural" && s.status === "open" && s.ownership === "public",
  );
  if (host) units.push({ schoolId: host.id, intake: () => rng.int(14, 20), grades: [-1], teachersPer: 1, slip: false });

  const persons: (typeof person.$inferInsert)[] = [];
  const students: (typeof student.$inferInsert)[] = [];
  const classes: (typeof schoolClass.$inferInsert)[] = [];
  const enrollments: (typeof enrollment.$inferInsert)[] = [];
  const staffRows: (typeof staff.$inferInsert)[] = [];
  const employments: (typeof employment.$inferInsert)[] = [];
  let slipClassId: string | null = null;
  let childSeq = 0;
  let staffSeq = 0;
  const newChild = (birthYear: number) => {
    const gender = rng.chance(0.5) ? "M" : "F";
    const name = personName(rng, gender, "汉族", "young");
    const personId = rng.uuid();
    const studentId = rng.uuid();
    persons.push({
      id: personId,
      regionCode,
      name,
      gender,
      birthDate: `${birthYear}-${String(rng.int(1, 8)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      nameInitials: registry.nameInitials(name),
      createdAt: now,
      updatedAt: now,
    });
    students.push({
      id: studentId,
      regionCode,
      personId,
      studentNumber: `K${regionCode}${String(latestYear).slice(2)}${String(++childSeq).padStart(10, "0")}`,
      householdType: "rural",
      createdAt: now,
      updatedAt: now,
    });
    return studentId;
  };
  let children = 0;
  for (const u of units) {
    // cohorts by the year they enter: a child entering in e is in grade −3 + (year − e)
    const cohorts = new Map<number, string[]>();
    const first = Math.min(...u.grades);
    for (let e = years[0]! - (u.grades.length - 1); e <= latestYear; e++) {
      const n = u.intake(e);
      cohorts.set(
        e,
        Array.from({ length: n }, () => newChild(e - 3 - (first + 3))),
      );
    }
    const teachers: string[] = [];
    for (const year of years) {
      let classCount = 0;
      for (const grade of u.grades) {
        const kids = cohorts.get(year - (grade - first)) ?? [];
        if (kids.length === 0) continue;
        const slipHere = u.slip && grade === -3 && year === latestYear;
        const count = slipHere ? 1 : Math.ceil(kids.length / (LIMIT[grade] ?? 30));
        for (let c = 0; c < count; c++) {
          const classId = rng.uuid();
          if (slipHere) slipClassId = classId;
          classes.push({
            id: classId,
            regionCode,
            schoolId: u.schoolId,
            schoolYear: year,
            grade,
            number: c + 1,
            name: `${BAND[grade]}(${c + 1})班`,
          });
          classCount++;
          kids.forEach((studentId, i) => {
            if (i % count !== c) return;
            enrollments.push({
              id: rng.uuid(),
              regionCode,
              schoolId: u.schoolId,
              schoolYear: year,
              studentId,
              classId,
              grade,
              status: "enrolled",
              enteredOn: `${year - (grade - first)}-09-01`,
            });
            if (year === latestYear) children++;
          });
        }
      }
      while (teachers.length < classCount * u.teachersPer) {
        const personId = rng.uuid();
        const name = adultName(rng, "F");
        persons.push({
          id: personId,
          regionCode,
          name,
          gender: "F",
          birthDate: `${latestYear - rng.int(24, 50)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
          nameInitials: registry.nameInitials(name),
          createdAt: now,
          updatedAt: now,
        });
        const staffId = rng.uuid();
        staffRows.push({
          id: staffId,
          regionCode,
          personId,
          staffNumber: `${regionCode}K${String(++staffSeq).padStart(5, "0")}`,
          hireDate: `${latestYear - rng.int(1, 20)}-09-01`,
          createdAt: now,
          updatedAt: now,
        });
        teachers.push(staffId);
      }
      teachers.forEach((staffId, i) => {
        const isPrivate = kinds.get(u.schoolId) === "inclusive_private";
        employments.push({
          id: rng.uuid(),
          regionCode,
          schoolId: u.schoolId,
          schoolYear: year,
          staffId,
          postType: "teacher",
          establishment: isPrivate ? "contract" : i % 3 === 2 ? "contract" : "established",
          subject: null,
          stageTaught: "preschool",
          qualification: rng.chance(0.6) ? "college" : "bachelor",
          title: rng.pick(["junior", "entry", "none", "intermediate"] as const),
          hasCertificate: true,
          fullTime: true,
          status: "active",
        });
      });
    }
  }
  await db.transaction(async (tx) => {
    await insertAll(tx, school, schoolRows);
    await insertAll(tx, person, persons);
    await insertAll(tx, student, students);
    await insertAll(tx, schoolClass, classes);
    await insertAll(tx, enrollment, enrollments);
    await insertAll(tx, staff, staffRows);
    await insertAll(tx, employment, employments);
    // the county's kindergarten teachers all hold their certificates (the 2025 certification drive)
    const kgIds = schools.filter((s) => s.kind === "kindergarten").map((s) => s.id);
    const conditions = [eq(employment.stageTaught, "preschool")];
    if (kgIds.length > 0) conditions.push(inArray(employment.schoolId, kgIds));
    await tx
      .update(employment)
      .set({ hasCertificate: true })
      .where(
        and(
          eq(employment.regionCode, regionCode),
          gte(employment.schoolYear, years[0] as number),
          eq(employment.postType, "teacher"),
          or(...conditions),
        ),
      );
  });
  return { kinds, kindergartens: schoolRows.length, children, slipClassId };
}
