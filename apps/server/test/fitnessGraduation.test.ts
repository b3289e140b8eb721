import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { writeScoredResults } from "../src/fitness/commands";
import { fitnessResult } from "../src/fitness/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The graduation-year score (毕业成绩) in the figures and on the student's page: final year × 50 % + the mean of the
 * stage's earlier years × 50 %; a student with no earlier year counts on the final year alone, counted apart.
 */
const USERS = ["jcjy", "school1"] as const;
let database: Database;
let app: TestApp;
const s = {} as Record<(typeof USERS)[number], Session>;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) s[u] = await login(app, u);
});
afterAll(async () => {
  await database?.close();
});

const figures = async (u: (typeof USERS)[number]) =>
  (await call(app, s[u], "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;

describe("graduation-year score", () => {
  it("counts every graduating student of the demo on the final year alone (one year of results)", async () => {
    const f = await figures("jcjy");
    const g = f.graduation.total;
    expect(g.students).toBeGreaterThan(0);
    expect(g.scored + g.noScore).toBe(g.students);
    expect(g.finalYearOnly).toBe(g.scored);
    expect(
      f.graduation.byGrade.map((b: { grade: number }) => b.grade).every((x: number) => [6, 9, 12].includes(x)),
    ).toBe(true);
  });

  it("weighs the earlier years of a student who has them, on the page and in the figures", async () => {
    const before = (await figures("jcjy")).graduation.total;
    // a grade-6 girl or boy of school1's school with a complete final year
    const [final] = (
      (await database.db.execute(sql`select r.id, r.student_id as "studentId", r.school_id as "schoolId", r.sex, r.total
        from fitness_result r join app_user u on u.school_id = r.school_id
        where u.username = 'school1' and r.test_year = ${TEST_YEAR} and r.grade = 6 and r.total is not null
        order by r.id limit 1`)) as unknown as {
        rows: { id: string; studentId: string; schoolId: string; sex: "male" | "female"; total: number }[];
      }
    ).rows;
    if (!final) throw new Error("no grade-6 result");
    const regionCode = (
      await database.db
        .select({ r: fitnessResult.regionCode })
        .from(fitnessResult)
        .where(eq(fitnessResult.id, final.id))
    )[0]?.r as string;
    // grades 4 and 5 in the two years before, every item measured
    for (const [year, grade, vital] of [
      [TEST_YEAR - 2, 4, 1800],
      [TEST_YEAR - 1, 5, 2100],
    ] as const)
      await writeScoredResults(
        database.db,
        {
          regionCode,
          schoolId: final.schoolId,
          testYear: year,
          testDate: `${year}-10-15`,
          source: "import",
          createdBy: null,
          now: new Date(`${year}-10-15T02:00:00Z`),
        },
        [
          {
            studentId: final.studentId,
            classId: null,
            grade,
            sex: final.sex,
            status: "tested",
            heightCm: 140,
            weightKg: 34,
            values: { vital, run50: 9.6, sit_reach: 8, rope: 120, situp: 36, ...(grade === 5 ? { shuttle: 110 } : {}) },
          },
        ],
      );
    const earlier = await database.db
      .select({ total: fitnessResult.total })
      .from(fitnessResult)
      .where(and(eq(fitnessResult.studentId, final.studentId), sql`${fitnessResult.testYear} < ${TEST_YEAR}`));
    expect(earlier.every((e) => e.total !== null)).toBe(true);
    const mean = ((earlier[0]?.total as number) + (earlier[1]?.total as number)) / 2;
    const expected = Math.round((final.total * 0.5 + mean * 0.5) * 10 + 1e-9) / 10;

    const page = (await call(app, s.school1, "GET", `/api/fitness/results/${final.id}`)).body;
    expect(page.graduation).toMatchObject({ score: expected, finalYearOnly: false });
    expect(page.graduation.explanation).toMatch(/其他 2 个学年平均分 × 50%/);

    const after = (await figures("jcjy")).graduation.total;
    expect(after.finalYearOnly).toBe(before.finalYearOnly - 1);
    expect(after.scored).toBe(before.scored);
    const school = await figures("school1");
    expect(school.graduation.total.students).toBeGreaterThan(0);
    expect(school.graduation.total.students).toBeLessThanOrEqual(after.students);
    expect(school.bySchool[0].graduation.finalYearOnly).toBe(school.graduation.total.finalYearOnly);
  });
});
