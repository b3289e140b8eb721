import { registry } from "@edubureau/core";
import { and, eq, ilike, like, or, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { publishWrite } from "../src/ops/writeSignal";
import { listsRead } from "../src/registry/keptStudentLists";
import { enrollment, person, student } from "../src/registry/tables";
import {
  call,
  login,
  newStudentBody,
  openTestDatabase,
  type Session,
  type TestApp,
  testApp,
  withCheckChar,
} from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The student list's search finds exactly the students the search rules define, in a county's scope and in a
 * school's: the name contains the text (any case), the pinyin initials start with it (letters only), the full
 * student number equals it (any case), the resident ID ends with it (four digits, or three and X). The reference
 * is those rules written directly over every enrollment in scope, as the list applied them before it began from
 * the county's people. Each is checked twice: answered by the database (a write announced before each search), and
 * answered from the scope's list kept in memory (registry/keptStudentLists.ts), which is kept until the next write.
 */
let database: Database;
let app: TestApp;
let jcjy: Session;
let school1: Session;
let schoolOf1: string;
let regionCode: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  jcjy = await login(app, "jcjy");
  school1 = await login(app, "school1");
  const me = (await call(app, school1, "GET", "/api/auth/me")).body.user;
  schoolOf1 = me.schoolId;
  regionCode = (await call(app, jcjy, "GET", "/api/auth/me")).body.user.regionCode;
});
afterAll(() => database.close());

/** The ids of the enrolled students in scope the rules match, read row by row without any shortcut. */
async function expected(text: string, schoolId?: string): Promise<string[]> {
  const t = text.trim().replace(/[%_\\]/g, "");
  const rules: (SQL | undefined)[] = [
    ilike(person.name, `%${t}%`),
    registry.looksLikeInitials(t) ? like(person.nameInitials, `${t.toLowerCase()}%`) : undefined,
    eq(student.studentNumber, t.toUpperCase()),
    /^\d{3}[\dXx]$/.test(t) ? ilike(person.residentIdMasked, `%${t.toUpperCase()}`) : undefined,
  ];
  const rows = await database.db
    .select({ id: student.id })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.schoolYear, TEST_YEAR),
        eq(enrollment.status, "enrolled"),
        eq(enrollment.regionCode, regionCode),
        schoolId ? eq(enrollment.schoolId, schoolId) : undefined,
        or(...rules),
      ),
    );
  return rows.map((r) => r.id).sort();
}

/** Who answers a search: the database, or the scope's kept list. */
type Answerer = "database" | "kept list";
let answerer: Answerer = "database";

async function search(session: Session, text: string, extra = "") {
  if (answerer === "database") await publishWrite(database.db);
  else await keepList(session, extra);
  const res = await call(
    app,
    session,
    "GET",
    `/api/registry/students?year=${TEST_YEAR}&pageSize=200&q=${encodeURIComponent(text)}${extra}`,
  );
  expect(res.status).toBe(200);
  return res.body as { rows: { id: string; name: string; schoolId: string }[]; total: number };
}

/** Two searches of a scope with no write between them start reading its list; waits until it is read. */
async function keepList(session: Session, extra = "") {
  for (let i = 0; i < 2; i++) await call(app, session, "GET", `/api/registry/students?year=${TEST_YEAR}&q=x${extra}`);
  await listsRead(database.db);
}

/** Search texts of every kind, drawn from the county's own students. */
async function termsFrom(schoolId?: string): Promise<string[]> {
  const people = await database.db
    .select({
      name: person.name,
      initials: person.nameInitials,
      masked: person.residentIdMasked,
      number: student.studentNumber,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.schoolYear, TEST_YEAR),
        eq(enrollment.regionCode, regionCode),
        schoolId ? eq(enrollment.schoolId, schoolId) : undefined,
      ),
    )
    .limit(12);
  const terms = new Set<string>();
  for (const p of people) {
    terms.add(p.name);
    terms.add(p.name.slice(0, 1));
    terms.add(p.name.slice(1));
    terms.add(p.initials.slice(0, 1));
    terms.add(p.initials.slice(0, 2));
    terms.add(p.initials.slice(0, 3).toUpperCase());
    terms.add(p.masked?.slice(-4) ?? "0000");
    terms.add(p.masked?.slice(-4).toLowerCase() ?? "000x");
    terms.add(p.number);
    terms.add(p.number.toLowerCase());
    terms.add(p.number.slice(0, 12));
  }
  for (const t of ["不存在的名字", "zzzz", "0000", "G", "%", "_", "王_", " 王 "]) terms.add(t);
  return [...terms].filter((t) => t.trim().length > 0);
}

describe.each<Answerer>(["database", "kept list"])("student search answered by the %s", (by) => {
  beforeAll(() => {
    answerer = by;
  });

  it("finds in a county's scope exactly the students the rules match", async () => {
    const terms = await termsFrom();
    expect(terms.length).toBeGreaterThan(40);
    for (const text of terms) {
      const want = await expected(text);
      const got = await search(jcjy, text);
      expect({ text, total: got.total }).toEqual({ text, total: want.length });
      if (want.length <= 200) expect({ text, ids: got.rows.map((r) => r.id).sort() }).toEqual({ text, ids: want });
    }
  });

  it("finds in a school's scope exactly the students the rules match", async () => {
    for (const text of await termsFrom(schoolOf1)) {
      const want = await expected(text, schoolOf1);
      const got = await search(school1, text);
      expect({ text, total: got.total }).toEqual({ text, total: want.length });
      expect({ text, ids: got.rows.map((r) => r.id).sort() }).toEqual({ text, ids: want });
    }
  });

  it("narrows a county's search to one school when asked", async () => {
    const surname = (await search(jcjy, "")).rows[0]?.name.slice(0, 1) ?? "王";
    const got = await search(jcjy, surname, `&schoolId=${schoolOf1}`);
    expect(got.total).toBe((await expected(surname, schoolOf1)).length);
    for (const r of got.rows) expect(r.schoolId).toBe(schoolOf1);
  });

  it("pages a county's search with the total on every page, past the last one too", async () => {
    const surname = (await search(jcjy, "")).rows[0]?.name.slice(0, 1) ?? "王";
    const all = await search(jcjy, surname);
    expect(all.total).toBeGreaterThan(3);
    const page = (n: number) =>
      call(
        app,
        jcjy,
        "GET",
        `/api/registry/students?year=${TEST_YEAR}&pageSize=2&page=${n}&q=${encodeURIComponent(surname)}`,
      );
    const seen = new Set<string>();
    for (let n = 1; n <= Math.ceil(all.total / 2); n++) {
      const res = await page(n);
      expect(res.body.total).toBe(all.total);
      for (const r of res.body.rows) seen.add(r.id);
    }
    expect(seen.size).toBeLessThanOrEqual(all.total);
    expect((await page(Math.ceil(all.total / 2) + 3)).body).toEqual({ rows: [], total: all.total });
  });
});

describe("the kept student list", () => {
  beforeAll(() => {
    answerer = "kept list";
  });

  it("is used until a write is announced, and not after", async () => {
    const [someone] = (await search(jcjy, "")).rows;
    const [row] = await database.db
      .select({ personId: student.personId })
      .from(student)
      .where(eq(student.id, someone!.id));
    // changed behind the server's back, as no request would: the kept list does not see it until a write is announced
    await database.db.update(person).set({ name: "改名未通知" }).where(eq(person.id, row!.personId));
    await keepList(jcjy);
    const kept = await call(
      app,
      jcjy,
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("改名未通知")}`,
    );
    expect(kept.body.total).toBe(0);
    await publishWrite(database.db);
    const fresh = await call(
      app,
      jcjy,
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("改名未通知")}`,
    );
    expect(fresh.body.rows.map((r: { id: string }) => r.id)).toEqual([someone!.id]);
  });

  it("finds a student registered a moment ago at once", async () => {
    await keepList(jcjy);
    const created = await call(
      app,
      jcjy,
      "POST",
      "/api/registry/students",
      newStudentBody(schoolOf1, withCheckChar("15259920190303123"), { name: "刚刚登记" }),
    );
    expect(created.status).toBe(201);
    const found = await call(
      app,
      jcjy,
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("刚刚登记")}`,
    );
    expect(found.body.total).toBe(1);
    // and a school sees its own new student, another school's account does not
    const other = await login(app, "school2");
    await keepList(other);
    const elsewhere = await call(
      app,
      other,
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("刚刚登记")}`,
    );
    expect(elsewhere.body.total).toBe(0);
    await keepList(school1);
    const own = await call(
      app,
      school1,
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("刚刚登记")}`,
    );
    expect(own.body.total).toBe(1);
  });
});
