import { registry } from "@edubureau/core";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { classTeacher, employment, schoolClass, staff } from "../src/registry/tables";
import { staffingProfile, staffingRecruitArrival } from "../src/staffing/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The workforce's workflows to their end on the test county: the recruits' arrival into the register after the
 * leader's approval, schools' needs, a confirmed rotation written into the register, backbone recognitions, the
 * reserve pool and 名师工作室 with their members. Each write is tried by every role: 人事股 (renshi) writes plans,
 * arrivals, recognitions and the reserve; 教研室 (jiaoyan) the studios; schools their needs; the others are refused.
 */
const USERS = ["renshi", "leader", "jiaoyan", "jcjy", "school1", "school2", "teacher1", "duxue", "admin"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const audits = async (pattern: string) => database.db.select().from(auditLog).where(like(auditLog.action, pattern));

/** A valid fictitious resident ID for a birth date and sequence (odd sequence = male). */
function residentId(birth: string, seq: string) {
  const first17 = `152599${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

/** Each role's status for one write, in the order of `USERS`. */
async function statuses(users: readonly User[], method: string, path: string, body: unknown) {
  const out: Record<string, number> = {};
  for (const u of users) out[u] = (await as(u, method, path, body)).status;
  return out;
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) sessions[u] = await login(app, u);
});
afterAll(() => database.close());

describe("settings", () => {
  it("are read by every reader and saved by 人事股 alone", async () => {
    const current = (await as("leader", "GET", "/api/staffing/settings")).body.settings;
    for (const u of ["renshi", "jiaoyan", "school1", "duxue"] as const) {
      expect((await as(u, "GET", "/api/staffing/settings")).status).toBe(200);
    }
    expect((await as("admin", "GET", "/api/staffing/settings")).status).toBe(403);
    const body = { ...current, province: "测试省", fromYear: 2025 };
    expect(
      await statuses(
        ["leader", "jiaoyan", "jcjy", "school1", "teacher1", "duxue", "admin"],
        "PUT",
        "/api/staffing/settings",
        body,
      ),
    ).toEqual({ leader: 403, jiaoyan: 403, jcjy: 403, school1: 403, teacher1: 403, duxue: 403, admin: 403 });
    const saved = await as("renshi", "PUT", "/api/staffing/settings", body);
    expect(saved.status).toBe(200);
    expect(saved.body.history.find((h: { fromYear: number }) => h.fromYear === 2025).province).toBe("测试省");
    expect((await audits("staffing.settings.save")).length).toBe(1);
  });
});

describe("recruits' arrival into the register", () => {
  it("enters each recruit of an approved line as 在编 专任教师 of the line's school and subject, audited", async () => {
    const draft = (await as("renshi", "POST", "/api/staffing/recruitment")).body.plan;
    const line = draft.lines.find((l: { quantity: number }) => l.quantity > 0);
    // one recruit on this line, so that the second is refused
    expect(
      (await as("renshi", "PUT", `/api/staffing/recruitment/lines/${line.id}`, { quantity: 1, note: "" })).status,
    ).toBe(200);
    const recruit = {
      name: "林晓",
      residentId: residentId("2001-04-12", "022"),
      ethnicity: "汉族",
      qualification: "bachelor",
      title: "none",
      stageTaught: "primary",
      hasCertificate: true,
      arrivedOn: "2026-09-01",
    };
    const path = `/api/staffing/recruitment/lines/${line.id}/recruits`;
    const early = await as("renshi", "POST", path, recruit);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain("审批后");
    expect((await as("leader", "POST", "/api/staffing/recruitment/approve")).status).toBe(200);

    expect(
      await statuses(["leader", "jiaoyan", "school1", "teacher1", "duxue", "admin"], "POST", path, recruit),
    ).toEqual({
      leader: 403,
      jiaoyan: 403,
      school1: 403,
      teacher1: 403,
      duxue: 403,
      admin: 403,
    });

    const badId = await as("renshi", "POST", path, { ...recruit, residentId: "15259920010412022X" });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].field).toBe("residentId");
    const staffBefore = await database.db.select({ n: sql<number>`count(*)::int` }).from(staff);

    const ok = await as("renshi", "POST", path, recruit);
    expect(ok.status).toBe(200);
    const after = ok.body.plan.lines.find((l: { id: string }) => l.id === line.id);
    expect(after.arrived).toBe(1);
    expect(after.recruits).toHaveLength(1);
    expect(after.recruits[0].name).toBe("林晓");
    const staffAfter = await database.db.select({ n: sql<number>`count(*)::int` }).from(staff);
    expect(staffAfter[0]?.n).toBe((staffBefore[0]?.n ?? 0) + 1);
    const [job] = await database.db
      .select()
      .from(employment)
      .where(and(eq(employment.staffId, after.recruits[0].staffId), eq(employment.schoolYear, TEST_YEAR)));
    expect(job).toMatchObject({
      schoolId: line.schoolId,
      subject: line.subject,
      postType: "teacher",
      establishment: "established",
      status: "active",
    });
    expect((await audits("staffing.plan.arrival")).length).toBe(1);
    expect((await audits("registry.staff_create")).length).toBe(1);

    const full = await as("renshi", "POST", path, {
      ...recruit,
      name: "周洋",
      residentId: residentId("2000-02-03", "031"),
    });
    expect(full.status).toBe(409);
    expect(full.body.error.message).toContain("已全部到岗");
    // the refused recruit wrote nothing: no person, staff or arrival
    const arrivals = await database.db.select().from(staffingRecruitArrival);
    expect(arrivals).toHaveLength(1);
    const staffEnd = await database.db.select({ n: sql<number>`count(*)::int` }).from(staff);
    expect(staffEnd[0]?.n).toBe(staffAfter[0]?.n);
  });

  it("takes schools' needs for their own school and shows them beside the plan", async () => {
    const view = (await as("school1", "GET", "/api/staffing/recruitment")).body;
    const own = view.needs.length === 0 ? null : view.needs[0];
    const school1Id = (await as("school1", "GET", "/api/staffing/establishment")).body.schools[0].schoolId;
    const other = view.schools.find((s: { id: string }) => s.id !== school1Id).id;
    const need = { schoolId: school1Id, schoolYear: TEST_YEAR, subject: "music", count: 1, reason: "音乐教师明年退休" };
    expect((await as("school1", "POST", "/api/staffing/recruitment/needs", need)).status).toBe(201);
    expect((await as("school1", "POST", "/api/staffing/recruitment/needs", { ...need, schoolId: other })).status).toBe(
      403,
    );
    for (const u of ["teacher1", "leader", "jiaoyan", "duxue"] as const) {
      expect((await as(u, "POST", "/api/staffing/recruitment/needs", need)).status).toBe(403);
    }
    const noReason = await as("school1", "POST", "/api/staffing/recruitment/needs", { ...need, reason: " " });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("reason");
    const listed = (await as("renshi", "GET", "/api/staffing/recruitment")).body.needs;
    const mine = listed.find((n: { reason: string }) => n.reason === "音乐教师明年退休");
    expect(mine).toMatchObject({ schoolId: school1Id, subject: "music", count: 1 });
    expect(typeof mine.planned).toBe("number");
    expect(own === null || typeof own.id === "string").toBe(true);
  });
});

describe("a confirmed rotation in the register", () => {
  it("moves the employment of the period's years to the receiving school and closes the old assignments", async () => {
    const teachers = (await as("school1", "GET", "/api/staffing/training?filter=all")).body.teachers;
    // a teacher who has class assignments this year
    const assigned = await database.db
      .select({ staffId: classTeacher.staffId })
      .from(classTeacher)
      .innerJoin(schoolClass, eq(schoolClass.id, classTeacher.classId))
      .where(
        and(
          eq(schoolClass.schoolYear, TEST_YEAR),
          inArray(
            classTeacher.staffId,
            teachers.map((t: { staffId: string }) => t.staffId),
          ),
        ),
      );
    const staffId = assigned[0]?.staffId ?? teachers[0].staffId;
    const [before] = await database.db
      .select()
      .from(employment)
      .where(and(eq(employment.staffId, staffId), eq(employment.schoolYear, TEST_YEAR)));
    const proposed = await as("school1", "POST", "/api/staffing/rotation", {
      staffId,
      schoolYear: TEST_YEAR,
      note: "",
    });
    expect(proposed.status).toBe(201);
    const view = (await as("renshi", "GET", "/api/staffing/rotation")).body;
    const to = view.schools.find((s: { id: string }) => s.id !== before?.schoolId).id;
    const decision = { decision: "approved", toSchoolId: to, startDate: "2026-09-01", endDate: "2029-08-31", note: "" };
    for (const u of ["school1", "leader", "jiaoyan", "teacher1", "duxue"] as const) {
      expect((await as(u, "POST", `/api/staffing/rotation/${proposed.body.id}/decision`, decision)).status).toBe(403);
    }
    const ok = await as("renshi", "POST", `/api/staffing/rotation/${proposed.body.id}/decision`, decision);
    expect(ok.status).toBe(200);

    const [moved] = await database.db
      .select()
      .from(employment)
      .where(and(eq(employment.staffId, staffId), eq(employment.schoolYear, TEST_YEAR)));
    expect(moved?.schoolId).toBe(to);
    expect(moved?.subject).toBe(before?.subject);
    const left = await database.db
      .select({ id: classTeacher.id })
      .from(classTeacher)
      .innerJoin(schoolClass, eq(schoolClass.id, classTeacher.classId))
      .where(
        and(
          eq(classTeacher.staffId, staffId),
          eq(classTeacher.schoolId, before?.schoolId ?? ""),
          eq(schoolClass.schoolYear, TEST_YEAR),
        ),
      );
    expect(left).toHaveLength(0);
    const [profile] = await database.db.select().from(staffingProfile).where(eq(staffingProfile.staffId, staffId));
    expect(profile?.atSchoolSince).toBe("2026-09-01");
    const [audit] = await audits("staffing.rotation.register");
    expect(audit?.targetId).toBe(staffId);
    expect(JSON.stringify(audit?.details)).toContain(String(TEST_YEAR));
    // the teacher now counts at the receiving school and is no longer due to rotate
    const school1 = await as("school1", "GET", "/api/staffing/training?filter=all");
    expect(school1.body.teachers.map((t: { staffId: string }) => t.staffId)).not.toContain(staffId);
    const due = (await as("renshi", "GET", "/api/staffing/rotation")).body.due;
    expect(due.map((d: { staffId: string }) => d.staffId)).not.toContain(staffId);
  });
});

describe("backbone recognitions and the reserve pool", () => {
  it("are written by 人事股 with their dates and refused to the others", async () => {
    const teacher = (await as("renshi", "GET", "/api/staffing/training?filter=all")).body.teachers[5];
    const body = {
      staffId: teacher.staffId,
      tier: "leader",
      level: "county",
      recognisedOn: "2026-06-01",
      expiresOn: "2029-05-31",
    };
    expect(
      await statuses(["leader", "jiaoyan", "school1", "teacher1", "duxue"], "POST", "/api/staffing/recognitions", body),
    ).toEqual({ leader: 403, jiaoyan: 403, school1: 403, teacher1: 403, duxue: 403 });
    const backwards = await as("renshi", "POST", "/api/staffing/recognitions", { ...body, expiresOn: "2026-01-01" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe("expiresOn");
    const created = await as("renshi", "POST", "/api/staffing/recognitions", body);
    expect(created.status).toBe(200);
    const pools = (await as("leader", "GET", "/api/staffing/pools")).body;
    const row = pools.recognitions.find((r: { id: string }) => r.id === created.body.id);
    expect(row).toMatchObject({ tier: "leader", tierLabel: "学科带头人", levelLabel: "县级", active: true });
    const ended = await as("renshi", "PUT", `/api/staffing/recognitions/${created.body.id}`, {
      tier: "leader",
      level: "county",
      recognisedOn: "2026-06-01",
      expiresOn: "2026-12-01",
    });
    expect(ended.status).toBe(200);
    const again = (await as("leader", "GET", "/api/staffing/pools")).body;
    expect(again.recognitions.find((r: { id: string }) => r.id === created.body.id).active).toBe(false);
    expect((await audits("staffing.recognition.%")).map((a) => a.action).sort()).toEqual([
      "staffing.recognition.create",
      "staffing.recognition.update",
    ]);
  });

  it("adds a teacher to the reserve pool once, records an assessment and the leaving", async () => {
    const inPool = new Set(
      (await as("renshi", "GET", "/api/staffing/pools")).body.reserve.map((r: { staffId: string }) => r.staffId),
    );
    const teachers = (await as("renshi", "GET", "/api/staffing/training?filter=all")).body.teachers;
    const teacher = teachers.find((t: { staffId: string }) => !inPool.has(t.staffId));
    const body = { staffId: teacher.staffId, joinedOn: "2026-10-08", criteria: "35岁以下,县级骨干教师" };
    expect(await statuses(["leader", "jiaoyan", "school1", "teacher1"], "POST", "/api/staffing/reserve", body)).toEqual(
      { leader: 403, jiaoyan: 403, school1: 403, teacher1: 403 },
    );
    const before = (await as("renshi", "GET", "/api/staffing/pools")).body.reserveActive;
    const created = await as("renshi", "POST", "/api/staffing/reserve", body);
    expect(created.status).toBe(200);
    expect((await as("renshi", "POST", "/api/staffing/reserve", body)).status).toBe(409);
    const noDate = await as("renshi", "PUT", `/api/staffing/reserve/${created.body.id}`, {
      criteria: body.criteria,
      assessment: "优秀",
    });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.details[0].field).toBe("assessedOn");
    const assessed = await as("renshi", "PUT", `/api/staffing/reserve/${created.body.id}`, {
      criteria: body.criteria,
      assessment: "优秀",
      assessedOn: "2026-11-30",
    });
    expect(assessed.status).toBe(200);
    expect((await as("renshi", "GET", "/api/staffing/pools")).body.reserveActive).toBe(before + 1);
    const left = await as("renshi", "PUT", `/api/staffing/reserve/${created.body.id}`, {
      criteria: body.criteria,
      assessment: "优秀",
      assessedOn: "2026-11-30",
      status: "left",
    });
    expect(left.status).toBe(200);
    const pools = (await as("renshi", "GET", "/api/staffing/pools")).body;
    expect(pools.reserveActive).toBe(before);
    expect(pools.reserve.find((r: { id: string }) => r.id === created.body.id).status).toBe("left");
    expect((await audits("staffing.reserve.%")).length).toBe(3);
  });
});

describe("名师工作室 and their members", () => {
  it("are kept by 教研室 (and 人事股): host, members added and removed, the host kept", async () => {
    const teachers = (await as("renshi", "GET", "/api/staffing/training?filter=all")).body.teachers;
    const [host, member, other] = [teachers[7], teachers[8], teachers[9]];
    const body = {
      name: "测试小学数学名师工作室",
      hostStaffId: host.staffId,
      subject: "math",
      foundedOn: "2026-09-10",
    };
    expect(
      await statuses(["leader", "jcjy", "school1", "teacher1", "duxue"], "POST", "/api/staffing/studios", body),
    ).toEqual({ leader: 403, jcjy: 403, school1: 403, teacher1: 403, duxue: 403 });
    const created = await as("jiaoyan", "POST", "/api/staffing/studios", body);
    expect(created.status).toBe(200);
    expect((await as("jiaoyan", "POST", "/api/staffing/studios", body)).status).toBe(409);
    const id = created.body.id;
    const early = await as("jiaoyan", "POST", `/api/staffing/studios/${id}/members`, {
      staffId: member.staffId,
      joinedOn: "2026-01-01",
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].field).toBe("joinedOn");
    expect(
      (
        await as("jiaoyan", "POST", `/api/staffing/studios/${id}/members`, {
          staffId: member.staffId,
          joinedOn: "2026-10-01",
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await as("renshi", "POST", `/api/staffing/studios/${id}/members`, {
          staffId: other.staffId,
          joinedOn: "2026-10-01",
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await as("school1", "POST", `/api/staffing/studios/${id}/members`, {
          staffId: other.staffId,
          joinedOn: "2026-10-01",
        })
      ).status,
    ).toBe(403);
    let studio = (await as("leader", "GET", "/api/staffing/pools")).body.studios.find(
      (s: { id: string }) => s.id === id,
    );
    expect(studio.members).toBe(3);
    expect(studio.memberList.map((m: { staffId: string }) => m.staffId)).toContain(host.staffId);
    const hostOut = await as("jiaoyan", "DELETE", `/api/staffing/studios/${id}/members/${host.staffId}`);
    expect(hostOut.status).toBe(400);
    expect((await as("school1", "DELETE", `/api/staffing/studios/${id}/members/${other.staffId}`)).status).toBe(403);
    expect((await as("jiaoyan", "DELETE", `/api/staffing/studios/${id}/members/${other.staffId}`)).status).toBe(200);
    // a new host becomes a member
    const renamed = await as("jiaoyan", "PUT", `/api/staffing/studios/${id}`, { ...body, hostStaffId: other.staffId });
    expect(renamed.status).toBe(200);
    studio = (await as("leader", "GET", "/api/staffing/pools")).body.studios.find((s: { id: string }) => s.id === id);
    expect(studio.hostStaffId).toBe(other.staffId);
    expect(studio.members).toBe(3);
    expect((await audits("staffing.studio.%")).map((a) => a.action).sort()).toEqual([
      "staffing.studio.addMember",
      "staffing.studio.addMember",
      "staffing.studio.create",
      "staffing.studio.removeMember",
      "staffing.studio.update",
    ]);
  });
});
