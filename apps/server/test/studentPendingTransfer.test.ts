import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * A student's page while a transfer waits for the receiving school: the detail carries the pending transfer (where
 * to, since when, days waited), and a transfer started today has waited 0 days. The clock starts at 23:20 UTC on
 * 20 November, which is already 07:20 on 21 November in Beijing: the county's "today" is the 21st.
 */
const USERS = ["school1", "jcjy"] as const;
type User = (typeof USERS)[number];
const DAY = 86_400_000;
const BEIJING_TODAY = `${TEST_YEAR}-11-21`;

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
let school1: string;
let point: string;
let pointName: string;

const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
async function loginAll() {
  for (const u of USERS) sessions[u] = await login(app, u);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-11-20T23:20:00Z`))));
  await loginAll();
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  const schools = (await as("jcjy", "GET", "/api/registry/schools")).body.rows;
  const teachingPoint = schools.find((s: any) => s.kind === "teaching_point");
  point = teachingPoint.id;
  pointName = teachingPoint.name;
});
afterAll(() => database.close());

describe("a student's page while a transfer waits", () => {
  let studentId: string;

  it("has no pending transfer before one is started", async () => {
    const rows = (await as("jcjy", "GET", `/api/registry/students?year=${TEST_YEAR}&schoolId=${school1}&pageSize=200`))
      .body.rows;
    studentId = rows.find((r: any) => r.grade <= 3).id;
    const detail = await as("school1", "GET", `/api/registry/students/${studentId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.pendingTransfer).toBeNull();
  });

  it("shows the pending transfer with the receiving school, the Beijing start date and 0 days waited", async () => {
    const started = await as("school1", "POST", "/api/registry/transfers", {
      studentId,
      toSchoolId: point,
      reason: "回原籍就读",
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ initiatedOn: BEIJING_TODAY, daysPending: 0 });
    const detail = await as("school1", "GET", `/api/registry/students/${studentId}`);
    expect(detail.body.pendingTransfer).toMatchObject({
      id: started.body.id,
      status: "pending",
      statusLabel: "待接收",
      toSchoolId: point,
      toSchoolName: pointName,
      initiatedOn: BEIJING_TODAY,
      daysPending: 0,
      overdue: false,
      can: { receive: false, reject: false, cancel: true },
    });
    // the enrollment itself is still 在读 until the receiving school takes the student
    expect(detail.body.enrollments[0].status).toBe("enrolled");
  });

  it("counts whole Beijing days: 1 the next day, overdue after the county's limit", async () => {
    clock.advance(DAY);
    await loginAll();
    const county = await as("jcjy", "GET", `/api/registry/students/${studentId}`);
    expect(county.body.pendingTransfer).toMatchObject({ daysPending: 1, overdue: false, can: { cancel: true } });
    clock.advance(30 * DAY);
    await loginAll();
    const late = await as("jcjy", "GET", `/api/registry/students/${studentId}`);
    expect(late.body.pendingTransfer).toMatchObject({ daysPending: 31, overdue: true });
  });

  it("drops the mark once the receiving school takes the student", async () => {
    const pending = (await as("jcjy", "GET", `/api/registry/students/${studentId}`)).body.pendingTransfer;
    const received = await as("jcjy", "POST", `/api/registry/transfers/${pending.id}/receive`, {});
    expect(received.status).toBe(200);
    const detail = await as("jcjy", "GET", `/api/registry/students/${studentId}`);
    expect(detail.body.pendingTransfer).toBeNull();
  });
});
