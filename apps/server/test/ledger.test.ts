import { and, asc, eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { LEDGER_COLUMNS } from "../src/ledger/export";
import { ledgerTransition } from "../src/ledger/tables";
import { solidPng } from "../src/ledger/thumbnail";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";

/**
 * The inspection and rectification ledger on the test county: inspections by the safety section (anquan), the
 * supervision office (dudao) and the inspector (duxue); findings at school1's and school2's schools; the school
 * rectifies, the supervisors verify and close; leadership and other sections read; teachers and the system
 * administrator see nothing. The clock starts on 20 November 2026 (Beijing 10:00).
 */
const USERS = ["anquan", "dudao", "duxue", "jcjy", "leader", "school1", "school2", "teacher1", "admin"] as const;
type User = (typeof USERS)[number];
const DAY = 86_400_000;
const TODAY = "2026-11-20";

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
let school1: string;
let school2: string;
let hazardType: string;
let feeType: string;
let tutoringType: string;

/** Moves the clock and signs everybody in again (sessions lapse after hours of idleness). */
async function moveClock(ms: number) {
  clock.advance(ms);
  for (const u of USERS) sessions[u] = await login(app, u);
}

const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

const PNG = solidPng(64, 48, [200, 30, 30], [30, 30, 200]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00");

/** Uploads a file as multipart form data (field `file`) as a user. */
async function upload(u: User, findingId: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  const res = await app.request(`/api/ledger/findings/${findingId}/evidence`, {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TODAY}T02:00:00Z`))));
  for (const u of USERS) sessions[u] = await login(app, u);
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  school2 = (await as("school2", "GET", "/api/auth/me")).body.user.schoolId;
  const types = (await as("anquan", "GET", "/api/ledger/types")).body.rows;
  hazardType = types.find((t: any) => t.kind === "hazard").id;
  feeType = types.find((t: any) => t.kind === "fee").id;
  tutoringType = types.find((t: any) => t.kind === "tutoring").id;
});
afterAll(() => database.close());

const hazardInspection = (over: Record<string, unknown> = {}) => ({
  typeId: hazardType,
  title: "2026年冬季防火安全隐患排查",
  inspectedOn: "2026-11-18",
  inspectors: ["陈刚", "周建"],
  schoolIds: [school1, school2],
  ...over,
});

/** Creates a hazard inspection of both schools as `u` and returns it with its targets. */
async function newInspection(u: User = "anquan", over: Record<string, unknown> = {}) {
  const created = await as(u, "POST", "/api/ledger/inspections", hazardInspection(over));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const detail = await as(u, "GET", `/api/ledger/inspections/${created.body.id}`);
  const targetOf = (schoolId: string) => detail.body.targets.find((t: any) => t.schoolId === schoolId).id;
  return { id: created.body.id as string, t1: targetOf(school1), t2: targetOf(school2), detail: detail.body };
}

const findingBody = (targetIds: string[], over: Record<string, unknown> = {}) => ({
  targetIds,
  category: "消防安全",
  description: "教学楼三楼灭火器过期2具",
  severity: "major",
  responsiblePerson: "张校长",
  deadline: "2026-12-10",
  measures: "更换过期灭火器,建立月检记录",
  ...over,
});

/** Raises one individual finding at school1's target and returns its id. */
async function school1Finding(over: Record<string, unknown> = {}, u: User = "anquan") {
  const { id, t1 } = await newInspection(u, over.inspectedOn ? { inspectedOn: over.inspectedOn } : {});
  const raised = await as(u, "POST", `/api/ledger/inspections/${id}/findings`, findingBody([t1], over));
  expect(raised.status, JSON.stringify(raised.body)).toBe(201);
  return raised.body.rows[0].id as string;
}

const step = (u: User, id: string, body: Record<string, unknown>) =>
  as(u, "POST", `/api/ledger/findings/${id}/transitions`, body);

describe("who may read the ledger", () => {
  it("answers 401 without a session and 403 to teachers and the system administrator", async () => {
    expect((await call(app, null, "GET", "/api/ledger/findings")).status).toBe(401);
    for (const u of ["teacher1", "admin"] as const) {
      const res = await as(u, "GET", "/api/ledger/findings");
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain("督导整改台账");
    }
  });

  it("lets leadership, sections, inspectors and schools read", async () => {
    for (const u of ["leader", "jcjy", "dudao", "anquan", "duxue", "school1"] as const) {
      expect((await as(u, "GET", "/api/ledger/findings")).status, u).toBe(200);
    }
  });

  it("shows a school only its own findings and inspections", async () => {
    const rows = (await as("school1", "GET", "/api/ledger/findings?pageSize=200")).body.rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: any) => r.schoolId === school1)).toBe(true);
    const inspections = (await as("school1", "GET", "/api/ledger/inspections?pageSize=200")).body.rows;
    for (const i of inspections.slice(0, 5)) {
      const detail = await as("school1", "GET", `/api/ledger/inspections/${i.id}`);
      expect(detail.body.targets.every((t: any) => t.schoolId === school1)).toBe(true);
    }
    expect((await as("school1", "GET", "/api/ledger/institutions")).body.rows).toEqual([]);
  });
});

describe("inspections", () => {
  it("are run by the safety section, the supervision office and inspectors", async () => {
    for (const u of ["anquan", "dudao", "duxue"] as const) {
      const { detail } = await newInspection(u);
      expect(detail.inspection).toMatchObject({ kind: "hazard", kindLabel: "隐患排查", targets: 2, canRaise: true });
      expect(detail.checklist.length).toBeGreaterThan(5);
    }
  });

  it("are refused to readers and to a school outside a self-inspection of itself", async () => {
    for (const u of ["leader", "jcjy"] as const) {
      const res = await as(u, "POST", "/api/ledger/inspections", hazardInspection());
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe("您没有权限开展检查");
    }
    const school = await as("school1", "POST", "/api/ledger/inspections", hazardInspection());
    expect(school.status).toBe(403);
    expect(school.body.error.message).toContain("学校只能开展本校自查");
    for (const u of ["teacher1", "admin"] as const) {
      expect((await as(u, "POST", "/api/ledger/inspections", hazardInspection())).status).toBe(403);
    }
  });

  it("refuses bad input with the field named", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ inspectedOn: "2026-11-21" }, "inspectedOn", "检查日期不能晚于今天"],
      [{ inspectedOn: "2026-02-30" }, "inspectedOn", "检查日期格式应为 YYYY-MM-DD"],
      [{ schoolIds: [] }, "schoolIds", "请至少选择一所被检查的学校"],
      [{ schoolIds: ["00000000-0000-4000-8000-000000000000"] }, "schoolIds", "所选学校不存在或不属于本县"],
      [{ typeId: "00000000-0000-4000-8000-000000000000" }, "typeId", "检查类型不存在"],
      [{ inspectors: [] }, "inspectors", "请填写至少一名检查人员"],
      [{ typeId: tutoringType }, "schoolIds", "校外培训机构检查的对象应为培训机构,不能选择学校"],
    ];
    for (const [over, field, message] of cases) {
      const res = await as("anquan", "POST", "/api/ledger/inspections", hazardInspection(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ field, message }));
    }
  });

  it("takes a filled checklist and refuses a failed item without a note", async () => {
    const { id, t1, detail } = await newInspection();
    const [first, second] = detail.checklist;
    const bad = await as("anquan", "PUT", `/api/ledger/inspections/${id}/targets/${t1}/checklist`, {
      results: [{ code: first.code, result: "fail" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({
      field: "results[0].note",
      message: `“${first.code} ${first.text}”不符合,请写明发现的问题`,
    });
    const ok = await as("anquan", "PUT", `/api/ledger/inspections/${id}/targets/${t1}/checklist`, {
      results: [
        { code: first.code, result: "fail", note: "两具灭火器过期" },
        { code: second.code, result: "pass" },
      ],
    });
    expect(ok.status).toBe(200);
    const target = ok.body.targets.find((t: any) => t.id === t1);
    expect(target.summary).toMatchObject({ pass: 1, fail: 1, unfilled: detail.checklist.length - 2 });
    expect(
      (await as("leader", "PUT", `/api/ledger/inspections/${id}/targets/${t1}/checklist`, { results: [] })).status,
    ).toBe(403);
  });

  it("lets a school inspect itself, and only itself", async () => {
    const self = {
      typeId: feeType,
      title: "本校收费自查",
      inspectedOn: TODAY,
      inspectors: ["校长"],
      schoolIds: [school1],
      selfInspection: true,
    };
    const created = await as("school1", "POST", "/api/ledger/inspections", self);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ selfInspection: true, canRaise: true });
    const other = await as("school1", "POST", "/api/ledger/inspections", { ...self, schoolIds: [school2] });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe("学校自查的对象只能是本校");
    const detail = await as("school1", "GET", `/api/ledger/inspections/${created.body.id}`);
    const raised = await as(
      "school1",
      "POST",
      `/api/ledger/inspections/${created.body.id}/findings`,
      findingBody([detail.body.targets[0].id], { category: "代收费", description: "代收费未按实结算公示" }),
    );
    expect(raised.status).toBe(201);
    // the school rectifies its self-inspection's finding but never closes it
    const fid = raised.body.rows[0].id;
    expect(raised.body.rows[0].can).toMatchObject({ start: true, pass: false, withdraw: false });
    expect((await step("school1", fid, { action: "withdraw", note: "自查有误" })).status).toBe(403);
    // and school2 does not see it
    expect((await as("school2", "GET", `/api/ledger/inspections/${created.body.id}`)).status).toBe(404);
  });
});

describe("findings", () => {
  it("are individual at one target and common at several", async () => {
    const { id, t1, t2 } = await newInspection();
    const one = await as("anquan", "POST", `/api/ledger/inspections/${id}/findings`, findingBody([t1]));
    expect(one.status).toBe(201);
    expect(one.body.rows[0]).toMatchObject({
      scope: "individual",
      scopeLabel: "个性问题",
      state: "pending",
      stateLabel: "待整改",
      schoolId: school1,
      deadline: "2026-12-10",
      originalDeadline: "2026-12-10",
      deadlineStatus: "on_track",
      daysLeft: 20,
      severityLabel: "较大",
    });
    expect(one.body.rows[0].number).toMatch(/^2026-\d{4}$/);
    const common = await as(
      "anquan",
      "POST",
      `/api/ledger/inspections/${id}/findings`,
      findingBody([t1, t2], { category: "防欺凌", description: "防欺凌排查记录不完整", deadline: null }),
    );
    expect(common.status).toBe(201);
    expect(common.body.rows).toHaveLength(2);
    expect(new Set(common.body.rows.map((r: any) => r.commonGroup)).size).toBe(1);
    expect(common.body.rows.every((r: any) => r.scope === "common")).toBe(true);
    // the default deadline: the inspection date plus the type's days
    expect(common.body.rows[0].deadline > "2026-11-18").toBe(true);
    expect(new Set(common.body.rows.map((r: any) => r.number)).size).toBe(2);
  });

  it("refuses a school, a reader and bad input", async () => {
    const { id, t1 } = await newInspection();
    for (const u of ["school1", "leader", "jcjy"] as const) {
      expect((await as(u, "POST", `/api/ledger/inspections/${id}/findings`, findingBody([t1]))).status, u).toBe(
        u === "school1" ? 403 : 403,
      );
    }
    const early = await as(
      "anquan",
      "POST",
      `/api/ledger/inspections/${id}/findings`,
      findingBody([t1], { deadline: "2026-11-01" }),
    );
    expect(early.status).toBe(400);
    expect(early.body.error.details).toEqual([{ field: "deadline", message: "整改时限不能早于检查日期 2026-11-18" }]);
    const empty = await as(
      "anquan",
      "POST",
      `/api/ledger/inspections/${id}/findings`,
      findingBody([t1], { description: "", severity: "huge" }),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.map((d: any) => d.field).sort()).toEqual(["description", "severity"]);
    const foreign = await as(
      "anquan",
      "POST",
      `/api/ledger/inspections/${id}/findings`,
      findingBody(["00000000-0000-4000-8000-000000000000"]),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0]).toEqual({ field: "targetIds", message: "所选检查对象不属于该检查" });
  });

  it("are invisible outside their school: 404 like a missing one", async () => {
    const fid = await school1Finding();
    expect((await as("school2", "GET", `/api/ledger/findings/${fid}`)).status).toBe(404);
    expect((await step("school2", fid, { action: "start" })).status).toBe(404);
    expect((await upload("school2", fid, "a.png", PNG)).status).toBe(404);
    expect((await as("school1", "GET", `/api/ledger/findings/${fid}`)).status).toBe(200);
    expect((await as("school1", "GET", "/api/ledger/findings/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("the rectification flow", () => {
  it("runs 待整改 → 整改中 → 待复查 → (不通过) → 待复查 → 已销号 with evidence and an immutable history", async () => {
    const fid = await school1Finding();
    const detail = (u: User) => as(u, "GET", `/api/ledger/findings/${fid}`);
    expect((await detail("school1")).body.finding.can).toMatchObject({
      start: true,
      submit: false,
      pass: false,
      request_extension: true,
      upload: true,
    });
    expect((await detail("leader")).body.finding.can).toMatchObject({ start: false, pass: false, upload: false });

    const started = await step("school1", fid, { action: "start", note: "已采购灭火器" });
    expect(started.status).toBe(200);
    expect(started.body.finding.state).toBe("in_progress");

    const noEvidence = await step("school1", fid, { action: "submit", note: "已更换" });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.details).toEqual([
      { field: "evidenceIds", message: "提交复查时请上传至少一份整改照片或材料" },
    ]);

    const photo = await upload("school1", fid, "整改后.png", PNG);
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({
      contentType: "image/png",
      size: PNG.length,
      hasThumbnail: true,
      transitionId: null,
    });
    expect(photo.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const submitted = await step("school1", fid, {
      action: "submit",
      note: "已全部更换",
      evidenceIds: [photo.body.id],
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.finding.state).toBe("awaiting_review");
    // evidence cannot be cited twice
    expect((await step("dudao", fid, { action: "fail", note: "不彻底", evidenceIds: [photo.body.id] })).status).toBe(
      400,
    );

    const schoolCloses = await step("school1", fid, { action: "pass" });
    expect(schoolCloses.status).toBe(403);
    expect(schoolCloses.body.error.message).toBe("整改单位不能复查通过并销号,须由督学、督导室或安全股办理");
    expect((await step("leader", fid, { action: "pass" })).status).toBe(403);
    expect((await step("jcjy", fid, { action: "pass" })).status).toBe(403);

    expect((await step("duxue", fid, { action: "fail" })).status).toBe(400);
    const failed = await step("duxue", fid, { action: "fail", note: "二楼仍有一具过期" });
    expect(failed.body.finding.state).toBe("in_progress");

    const second = await upload("school1", fid, "复查后.pdf", PDF);
    expect(second.status).toBe(201);
    expect(second.body.hasThumbnail).toBe(false);
    await step("school1", fid, { action: "submit", note: "二楼已更换", evidenceIds: [second.body.id] });

    await moveClock(2 * DAY);
    const closed = await step("anquan", fid, { action: "pass", note: "现场复查到位" });
    expect(closed.status).toBe(200);
    expect(closed.body.finding).toMatchObject({
      state: "closed",
      stateLabel: "已销号",
      closedOn: "2026-11-22",
      deadlineStatus: "done",
    });
    expect(Object.values(closed.body.finding.can).some(Boolean)).toBe(false);

    const again = await step("anquan", fid, { action: "start" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("该问题已销号,不能开始整改");
    expect((await upload("school1", fid, "晚了.png", PNG)).status).toBe(409);

    const history = closed.body.history;
    // people by display name (显示名), not username
    const names = new Map((await database.db.select().from(appUser)).map((a) => [a.username, a.displayName] as const));
    expect(history.map((h: any) => [h.action, h.toState, h.actorName])).toEqual([
      ["raise", "pending", names.get("anquan")],
      ["start", "in_progress", names.get("school1")],
      ["submit", "awaiting_review", names.get("school1")],
      ["fail", "in_progress", names.get("duxue")],
      ["submit", "awaiting_review", names.get("school1")],
      ["pass", "closed", names.get("anquan")],
    ]);
    expect(closed.body.evidence.map((e: any) => e.uploaderName)).toEqual([names.get("school1"), names.get("school1")]);
    expect(history[2].evidenceIds).toEqual([photo.body.id]);
    expect(closed.body.evidence.map((e: any) => e.transitionId)).toEqual([expect.any(String), expect.any(String)]);

    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, fid), like(auditLog.action, "ledger.%")))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      "ledger.finding.raise",
      "ledger.finding.start",
      "ledger.finding.submit",
      "ledger.finding.fail",
      "ledger.finding.submit",
      "ledger.finding.pass",
    ]);
    const stored = await database.db.select().from(ledgerTransition).where(eq(ledgerTransition.findingId, fid));
    expect(stored).toHaveLength(6);
    await moveClock(-2 * DAY);
  });

  it("extends a deadline only with a reason and a supervisor's approval", async () => {
    const fid = await school1Finding();
    const bad = await step("school1", fid, {
      action: "request_extension",
      note: "寒假施工",
      newDeadline: "2026-12-01",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { field: "newDeadline", message: "延期后的时限应晚于当前时限 2026-12-10" },
    ]);
    expect((await step("school1", fid, { action: "request_extension", newDeadline: "2027-01-20" })).status).toBe(400);
    const asked = await step("school1", fid, {
      action: "request_extension",
      note: "需寒假期间施工",
      newDeadline: "2027-01-20",
    });
    expect(asked.status).toBe(200);
    expect(asked.body.finding).toMatchObject({
      state: "pending",
      deadline: "2026-12-10",
      extensionRequest: { deadline: "2027-01-20", reason: "需寒假期间施工" },
    });
    const twice = await step("school1", fid, { action: "request_extension", note: "再延", newDeadline: "2027-02-20" });
    expect(twice.status).toBe(409);
    expect((await step("school1", fid, { action: "approve_extension" })).status).toBe(403);
    const listed = await as("dudao", "GET", "/api/ledger/findings?extensionRequested=true&pageSize=200");
    expect(listed.body.rows.map((r: any) => r.id)).toContain(fid);
    const approved = await step("dudao", fid, { action: "approve_extension", note: "同意" });
    expect(approved.body.finding).toMatchObject({
      deadline: "2027-01-20",
      originalDeadline: "2026-12-10",
      extensionRequest: null,
    });
    expect(approved.body.history.at(-1)).toMatchObject({
      action: "approve_extension",
      deadlineBefore: "2026-12-10",
      deadlineAfter: "2027-01-20",
    });
    expect((await step("dudao", fid, { action: "reject_extension", note: "不同意延期" })).status).toBe(409);
  });

  it("lets a supervisor withdraw a finding with a reason, and nobody else", async () => {
    const fid = await school1Finding();
    expect((await step("school1", fid, { action: "withdraw", note: "不是问题" })).status).toBe(403);
    const noReason = await step("dudao", fid, { action: "withdraw" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe("请填写撤销原因");
    const done = await step("dudao", fid, { action: "withdraw", note: "经核实灭火器在有效期内" });
    expect(done.body.finding).toMatchObject({ state: "withdrawn", stateLabel: "已撤销" });
  });

  it("refuses an unknown action and a malformed id", async () => {
    const fid = await school1Finding();
    expect((await step("anquan", fid, { action: "close_everything" })).status).toBe(400);
    expect(
      (await as("anquan", "POST", "/api/ledger/findings/not-a-uuid/transitions", { action: "start" })).status,
    ).toBe(400);
  });
});

describe("evidence", () => {
  let fid: string;
  beforeAll(async () => {
    fid = await school1Finding();
  });

  it("refuses a wrong type by its bytes", async () => {
    const res = await upload("school1", fid, "整改报告.docx", ZIP);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "EVIDENCE_REJECTED",
      message: "文件“整改报告.docx”不是 JPEG、PNG、WebP 图片或 PDF 文档,只能上传这几种格式的整改照片或材料",
    });
    expect(res.body.error.details[0]).toMatchObject({ field: "file", reason: "wrong_type" });
  });

  it("refuses a fake extension: a program or a PDF named like a photo", async () => {
    const exe = await upload("school1", fid, "photo.jpg", EXE);
    expect(exe.status).toBe(400);
    expect(exe.body.error.details[0].reason).toBe("wrong_type");
    const pdf = await upload("school1", fid, "photo.jpg", PDF);
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.details[0].reason).toBe("name_mismatch");
    expect(pdf.body.error.message).toContain("请改为 .pdf 后再上传");
  });

  it("refuses an oversized file, just over the limit and far over it", async () => {
    const justOver = Buffer.alloc(10 * 1024 * 1024 + 1);
    PNG.copy(justOver);
    const res = await upload("school1", fid, "big.png", justOver);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("EVIDENCE_REJECTED");
    expect(res.body.error.message).toContain("超过上限 10 MB");
    const huge = await upload("school1", fid, "huge.png", Buffer.alloc(12 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a request without a file and an upload by a reader", async () => {
    const form = new FormData();
    form.append("note", "忘了选文件");
    const res = await app.request(`/api/ledger/findings/${fid}/evidence`, {
      method: "POST",
      headers: { cookie: sessions.school1.cookie, "x-csrf-token": sessions.school1.csrf },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.details).toEqual([
      { field: "file", message: "请选择要上传的整改照片或材料(字段名 file)" },
    ]);
    expect((await upload("leader", fid, "a.png", PNG)).status).toBe(403);
  });

  it("serves the stored bytes and a thumbnail within scope only", async () => {
    const up = await upload("anquan", fid, "现场.png", PNG);
    expect(up.status).toBe(201);
    const file = await download("school1", `/api/ledger/evidence/${up.body.id}`);
    expect(file.status).toBe(200);
    expect(file.type).toBe("image/png");
    expect(file.bytes.equals(PNG)).toBe(true);
    const thumb = await download("leader", `/api/ledger/evidence/${up.body.id}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(thumb.type).toBe("image/jpeg");
    expect([...thumb.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect((await download("school2", `/api/ledger/evidence/${up.body.id}`)).status).toBe(404);
    expect((await download("teacher1", `/api/ledger/evidence/${up.body.id}`)).status).toBe(403);
  });
});

describe("deadlines and reminders", () => {
  it("flags overdue findings, filters them, and escalates with time", async () => {
    const fid = await school1Finding({ inspectedOn: "2026-10-01", deadline: "2026-11-10" });
    const row = (await as("school1", "GET", `/api/ledger/findings/${fid}`)).body.finding;
    expect(row).toMatchObject({ deadlineStatus: "overdue", daysOverdue: 10, escalation: "section", daysLeft: -10 });
    const overdue = await as("dudao", "GET", "/api/ledger/findings?overdue=true&pageSize=200");
    expect(overdue.body.rows.map((r: any) => r.id)).toContain(fid);
    expect(overdue.body.rows.every((r: any) => r.deadlineStatus === "overdue")).toBe(true);

    const forSchool = (await as("school1", "GET", "/api/ledger/reminders")).body;
    expect(forSchool.overdue.map((r: any) => r.id)).toContain(fid);
    const forSection = (await as("dudao", "GET", "/api/ledger/reminders")).body;
    expect(forSection.overdue.map((r: any) => r.id)).toContain(fid);
    expect(forSection.awaitingReview).toBeGreaterThanOrEqual(0);
    const forLeader = (await as("leader", "GET", "/api/ledger/reminders")).body;
    expect(forLeader.overdue.map((r: any) => r.id)).not.toContain(fid);

    await moveClock(20 * DAY); // 30 days overdue: leadership hears of it
    const later = (await as("leader", "GET", "/api/ledger/reminders")).body;
    expect(later.overdue.find((r: any) => r.id === fid)).toMatchObject({ daysOverdue: 30, escalation: "leadership" });
    await moveClock(-20 * DAY);
  });

  it("reminds the school of a deadline approaching", async () => {
    const fid = await school1Finding({ deadline: "2026-11-23" });
    const reminders = (await as("school1", "GET", "/api/ledger/reminders")).body;
    expect(reminders.approaching.find((r: any) => r.id === fid)).toMatchObject({
      deadlineStatus: "approaching",
      daysLeft: 3,
    });
    expect((await as("school2", "GET", "/api/ledger/reminders")).body.approaching.map((r: any) => r.id)).not.toContain(
      fid,
    );
  });
});

describe("statistics", () => {
  it("counts the records and writes the speech sentence, changing as a finding is closed", async () => {
    const before = (await as("leader", "GET", "/api/ledger/statistics?kind=hazard")).body;
    expect(before.sentence).toMatch(/^开展隐患排查\d+次,发现问题\d+项,已整改\d+项,整改率[\d.]+%$/);
    const fid = await school1Finding();
    await step("school1", fid, { action: "start" });
    const ev = await upload("school1", fid, "a.png", PNG);
    await step("school1", fid, { action: "submit", note: "已整改", evidenceIds: [ev.body.id] });
    await step("duxue", fid, { action: "pass", note: "复查通过" });
    const after = (await as("leader", "GET", "/api/ledger/statistics?kind=hazard")).body;
    expect(after.totals.inspections).toBe(before.totals.inspections + 1);
    expect(after.totals.findings).toBe(before.totals.findings + 1);
    expect(after.totals.rectified).toBe(before.totals.rectified + 1);
    expect(after.totals.rectifiedOnTime).toBe(before.totals.rectifiedOnTime + 1);
    expect(after.sentence).toBe(
      `开展隐患排查${after.totals.inspections}次,发现问题${after.totals.findings}项,已整改${after.totals.rectified}项,整改率${
        Number.isInteger(after.totals.rectificationRate)
          ? after.totals.rectificationRate
          : after.totals.rectificationRate.toFixed(1)
      }%`,
    );
    expect(after.byKind.map((k: any) => k.kind)).toEqual(["hazard"]);
    expect(after.bySchool.find((s: any) => s.key === school1).stats.findings).toBeGreaterThan(0);
    expect(after.bySeverity.map((s: any) => s.name)).toEqual(["一般", "较大", "重大"]);
  });

  it("gives a school its own figures only", async () => {
    const mine = (await as("school1", "GET", "/api/ledger/statistics")).body;
    expect(mine.bySchool.every((s: any) => s.key === school1)).toBe(true);
    expect((await as("teacher1", "GET", "/api/ledger/statistics")).status).toBe(403);
    expect((await as("anquan", "GET", "/api/ledger/statistics?from=2026-13-01")).status).toBe(400);
  });
});

describe("exports", () => {
  it("writes the ledger in the bureau layout, within scope", async () => {
    const fid = await school1Finding({ description: "导出测试:配电室未配备绝缘垫" });
    const file = await download("school1", "/api/ledger/findings/export.xlsx?kind=hazard");
    expect(file.status).toBe(200);
    expect(file.type).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    const ws = wb.getWorksheet("整改台账")!;
    expect(ws.getCell(1, 1).value).toBe("北原县整改台账");
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([...LEDGER_COLUMNS]);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 3) rows.push((row.values as unknown[]).slice(1));
    });
    const mine = rows.find((r) => String(r[2]).includes("导出测试"));
    expect(mine).toEqual([
      expect.any(Number),
      "北原县第一小学",
      "【消防安全】导出测试:配电室未配备绝缘垫",
      "更换过期灭火器,建立月检记录",
      "北原县第一小学 张校长",
      new Date(Date.UTC(2026, 11, 10)),
      "待整改",
      "",
    ]);
    expect(rows.every((r) => r[1] === "北原县第一小学")).toBe(true);
    void fid;
  });

  it("writes an inspection's notice as a Word document", async () => {
    const { id, t1, t2 } = await newInspection();
    await as(
      "anquan",
      "POST",
      `/api/ledger/inspections/${id}/findings`,
      findingBody([t1, t2], { description: "通报测试共性问题" }),
    );
    const file = await download("leader", `/api/ledger/inspections/${id}/notice.docx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain("wordprocessingml");
    expect(file.bytes.subarray(0, 2).toString()).toBe("PK");
    expect(file.bytes.length).toBeGreaterThan(3000);
    expect((await download("teacher1", `/api/ledger/inspections/${id}/notice.docx`)).status).toBe(403);
  });
});

describe("inspection types and the institution register", () => {
  const checklist = [{ code: "A1", category: "消防安全", text: "灭火器有效", severity: "major" }];

  it("are kept by supervisors only", async () => {
    for (const u of ["school1", "leader", "jcjy"] as const) {
      expect((await as(u, "POST", "/api/ledger/types", { kind: "hazard", name: `专项${u}`, checklist })).status).toBe(
        403,
      );
      expect(
        (
          await as(u, "POST", "/api/ledger/institutions", {
            name: "某培训机构",
            licence: `L-${u}`,
            address: "人民路1号",
            type: "arts",
          })
        ).status,
      ).toBe(403);
    }
    const made = await as("dudao", "POST", "/api/ledger/types", {
      kind: "hazard",
      name: "汛期专项排查",
      checklist,
      defaultDays: 10,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kindLabel: "隐患排查", defaultDays: 10, active: true });
    const dup = await as("anquan", "POST", "/api/ledger/types", { kind: "hazard", name: "汛期专项排查", checklist });
    expect(dup.status).toBe(400);
    const off = await as("anquan", "PUT", `/api/ledger/types/${made.body.id}`, {
      kind: "hazard",
      name: "汛期专项排查",
      checklist,
      active: false,
    });
    expect(off.body.active).toBe(false);
    const refused = await as("anquan", "POST", "/api/ledger/inspections", hazardInspection({ typeId: made.body.id }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("检查类型“汛期专项排查”已停用");
  });

  it("refuses a bad checklist with each item named", async () => {
    const res = await as("dudao", "POST", "/api/ledger/types", {
      kind: "hazard",
      name: "坏清单",
      checklist: [...checklist, { ...checklist[0] }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: "checklist[1].code", message: "第2项的编号“A1”与前面的项目重复" },
    ]);
  });

  it("registers institutions and inspects them", async () => {
    const made = await as("dudao", "POST", "/api/ledger/institutions", {
      name: "新星美术培训中心",
      licence: "教民TEST0001",
      address: "建设街8号",
      type: "arts",
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ typeLabel: "艺术类", statusLabel: "正常营业" });
    const dup = await as("dudao", "POST", "/api/ledger/institutions", {
      name: "另一家",
      licence: "教民TEST0001",
      address: "建设街9号",
      type: "arts",
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.details).toEqual([{ field: "licence", message: "许可证号“教民TEST0001”已登记" }]);
    const check = await as("dudao", "POST", "/api/ledger/inspections", {
      typeId: tutoringType,
      title: "校外培训机构专项检查",
      inspectedOn: TODAY,
      inspectors: ["刘强"],
      institutionIds: [made.body.id],
    });
    expect(check.status).toBe(201);
    const detail = await as("dudao", "GET", `/api/ledger/inspections/${check.body.id}`);
    const raised = await as(
      "dudao",
      "POST",
      `/api/ledger/inspections/${check.body.id}/findings`,
      findingBody([detail.body.targets[0].id], { category: "证照资质", description: "办学许可证过期" }),
    );
    expect(raised.body.rows[0]).toMatchObject({
      schoolId: null,
      targetName: "新星美术培训中心",
      responsibleUnit: "新星美术培训中心",
    });
    // an institution has no account: the supervisor records its steps
    expect(raised.body.rows[0].can.start).toBe(true);
    expect((await as("school1", "GET", `/api/ledger/findings/${raised.body.rows[0].id}`)).status).toBe(404);
  });
});

describe("the board", () => {
  it("filters by kind, school, severity and state, with a count per state for the kanban", async () => {
    const all = (await as("leader", "GET", "/api/ledger/findings?pageSize=5")).body;
    expect(Object.keys(all.counts).sort()).toEqual([
      "awaiting_review",
      "closed",
      "in_progress",
      "pending",
      "withdrawn",
    ]);
    expect(all.total).toBe(Object.values(all.counts).reduce((a: number, b: any) => a + b, 0));
    const pending = (
      await as(
        "leader",
        "GET",
        `/api/ledger/findings?state=pending&schoolId=${school1}&severity=major&kind=hazard&pageSize=200`,
      )
    ).body;
    expect(pending.total).toBe(pending.counts.pending);
    expect(
      pending.rows.every(
        (r: any) => r.state === "pending" && r.schoolId === school1 && r.severity === "major" && r.kind === "hazard",
      ),
    ).toBe(true);
    expect((await as("leader", "GET", "/api/ledger/findings?state=done")).status).toBe(400);
    expect((await as("leader", "GET", "/api/ledger/findings?overdue=maybe")).status).toBe(400);
  });
});
