import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { preschoolPopulation } from "../src/preschool/tables";
import { retentionRoster, retentionRosterEntry } from "../src/retention/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The population aged 3–5 from the household roster that 控辍保学 imports, when the roster lists children under 6:
 * a township without an entered figure takes the roster's count, and the next three years come from the roster's
 * children instead of births. Worked by hand below; ages on 31 August.
 */
const USERS = ["jcjy", "leader", "school1"] as const;
let database: Database;
let app: TestApp;
const s = {} as Record<(typeof USERS)[number], Session>;
let townCode = "";
let entered = 0;

interface PlanYear {
  schoolYear: number;
  children: number | null;
  source: string | null;
}
interface Township {
  townCode: string;
  name: string;
  years: PlanYear[];
  populationSource: string | null;
}
const plan = async () =>
  (await call(app, s.jcjy, "GET", `/api/preschool/plan?year=${TEST_YEAR}`)).body as {
    townships: Township[];
  };
const gross = async () => {
  const o = (await call(app, s.jcjy, "GET", `/api/preschool/overview?year=${TEST_YEAR}`)).body;
  return o.evaluation.indicators.find((i: { key: string }) => i.key === "gross_enrollment");
};

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) s[u] = await login(app, u);
});
afterAll(async () => {
  await database?.close();
});

/** A roster child born on a date in a township (masked fields only; the roster's clear data is not needed here). */
function child(rosterId: string, regionCode: string, town: string, birthDate: string, n: number) {
  return {
    regionCode,
    rosterId,
    rowNumber: n + 2,
    residentIdHash: `preschool-test-${n}`,
    residentIdMasked: "1501**********001X",
    nameMasked: "张*",
    gender: n % 2 ? "M" : "F",
    birthDate,
    villageCode: `${town}001`,
    villageName: "东村",
    townCode: town,
  };
}

describe("population aged 3–5 from the household roster", () => {
  it("uses entered figures and births while the roster lists only children of compulsory age", async () => {
    const before = await plan();
    const t = before.townships.find((x) => x.years[0]?.children !== null) as Township;
    townCode = t.townCode;
    entered = t.years[0]?.children as number;
    expect(t.years[0]?.source).toBe("录入");
    expect(t.years[1]?.source).toBe("出生数推算");
  });

  it("counts a township without an entered figure from a roster listing children under 6, and forecasts from it", async () => {
    const g0 = await gross();
    const [{ regionCode }] = (
      (await database.db.execute(sql`select region_code as "regionCode" from school limit 1`)) as unknown as {
        rows: { regionCode: string }[];
      }
    ).rows as [{ regionCode: string }];
    // the county's entered figure of one township is withdrawn, and a roster with children under 6 arrives
    await database.db
      .delete(preschoolPopulation)
      .where(and(eq(preschoolPopulation.townCode, townCode), eq(preschoolPopulation.schoolYear, TEST_YEAR)));
    const [roster] = await database.db
      .insert(retentionRoster)
      .values({
        regionCode,
        schoolYear: TEST_YEAR,
        source: "县公安局",
        fileName: "户籍儿童名单.xlsx",
        fileSha256: "0".repeat(64),
        rowCount: 28,
        importedBy: "00000000-0000-0000-0000-000000000001",
        importedAt: new Date("2026-12-01T00:00:00Z"),
      })
      .returning();
    if (!roster) throw new Error("no roster");
    // ages on 31 August 2026 in the township: 0 ×7, 1 ×6, 2 ×5, 3 ×4, 4 ×3, 5 ×2, 6 ×1 (compulsory, not counted)
    const born: [string, number][] = [
      ["2025-10-01", 7], // cohort 2026: 0
      ["2024-09-01", 6], // 1 (born on 1 September: the younger side)
      ["2024-08-31", 5], // 2 (born on 31 August: the older side)
      ["2022-12-24", 4], // 3
      ["2022-03-15", 3], // 4
      ["2021-01-01", 2], // 5
      ["2020-08-31", 1], // 6
    ];
    let n = 0;
    const rows = born.flatMap(([date, k]) =>
      Array.from({ length: k }, () => child(roster.id, regionCode, townCode, date, n++)),
    );
    await database.db.insert(retentionRosterEntry).values(rows);

    const after = await plan();
    const t = after.townships.find((x) => x.townCode === townCode) as Township;
    // now: 3 + 4 + 5 years old = 4 + 3 + 2 = 9; 2027: today's 2, 3, 4 = 5 + 4 + 3 = 12; 2028: 6 + 5 + 4 = 15;
    // 2029: 7 + 6 + 5 = 18
    expect(t.years.map((y) => [y.children, y.source])).toEqual([
      [9, "户籍名单"],
      [12, "户籍名单"],
      [15, "户籍名单"],
      [18, "户籍名单"],
    ]);
    expect(t.populationSource).toMatch(/^户籍名单.*县公安局.*2026-12-01导入/);
    // another township keeps its entered figure now; its forecast also comes from the roster (a full list: none)
    const other = after.townships.find((x) => x.townCode !== townCode && x.years[0]?.source === "录入");
    expect(other?.years[1]).toMatchObject({ children: 0, source: "户籍名单" });
    // 毛入园率's denominator: the entered figure of the township replaced by the roster's 9
    const g1 = await gross();
    expect(g1.denominator).toBe(g0.denominator - entered + 9);
    expect(g1.numerator).toBe(g0.numerator);
  });

  it("shows the plan to leadership and refuses a school", async () => {
    expect((await call(app, s.leader, "GET", `/api/preschool/plan?year=${TEST_YEAR}`)).status).toBe(200);
    expect((await call(app, s.school1, "GET", `/api/preschool/plan?year=${TEST_YEAR}`)).status).toBe(403);
  });
});
