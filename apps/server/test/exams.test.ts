/**
 * Exams end to end on the real database: create an exam from the register, import scores (csv and xlsx, wide and
 * long, with items), every check of a bad file, all-or-nothing commits, publishing and corrections, the analysis
 * and student list as each role sees it, value added, item analysis and the exports.
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { clearSnapshotCache } from "../src/exams/snapshot";
import { type ExamsKit, openExamsKit, type RosterRow, sheetRows, subjects } from "./examsKit";
import { TEST_YEAR } from "./template";

let kit: ExamsKit;
let school1Id: string;
let grade: number;
const as: ExamsKit["as"] = (...a) => kit.as(...a);
const upload: ExamsKit["upload"] = (...a) => kit.upload(...a);
const download: ExamsKit["download"] = (...a) => kit.download(...a);
const roster: ExamsKit["roster"] = (...a) => kit.roster(...a);
const newExam: ExamsKit["newExam"] = (...a) => kit.newExam(...a);

/** A deterministic score for a student and subject, with item scores that add up. */
function scoreOf(i: number, k: number) {
  const v = (37 + i * 13 + k * 29) % 101;
  const item1 = Math.min(40, Math.floor(v / 2));
  return { v, item1, item2: v - item1 };
}

function wideCsv(rows: RosterRow[], absentEvery = 0) {
  const lines = ["学籍号,姓名,语文,数学,数学-1,数学-2"];
  rows.forEach((r, i) => {
    const c = scoreOf(i, 0).v;
    const m = scoreOf(i, 1);
    const absent = absentEvery > 0 && i % absentEvery === absentEvery - 1;
    lines.push(
      absent
        ? `${r.studentNumber},${r.name},缺考,缺考,,`
        : `${r.studentNumber},${r.name},${c},${m.v},${m.item1},${m.item2}`,
    );
  });
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

beforeAll(async () => {
  kit = await openExamsKit();
  ({ school1Id, grade } = kit);
});
afterAll(() => kit.database.close());

describe("who may do what", () => {
  it("lets 教研室 create an exam with the enrolled cohort as its roster", async () => {
    const exam = await newExam();
    expect(exam.status).toBe("draft");
    const detail = await as("jiaoyan", "GET", `/api/exams/${exam.id}`);
    expect(detail.status).toBe(200);
    const cohort = detail.body.progress.reduce((n: number, p: any) => n + p.enrolled, 0);
    expect(cohort).toBeGreaterThan(0);
    expect(detail.body.progress.every((p: any) => p.withScores === 0)).toBe(true);
    expect(detail.body.abilities).toEqual({ import: true, manage: true });
  });

  it("refuses creation to leadership, other sections, schools and teachers, and asks anonymous callers to sign in", async () => {
    const body = { name: "x考试", heldOn: "2027-01-10", schoolYear: TEST_YEAR, term: 1, grade, subjects };
    for (const u of ["leader", "jcjy", "school1", "teacher1", "duxue", "admin"] as const) {
      expect((await as(u, "POST", "/api/exams", body)).status, u).toBe(403);
    }
    expect((await as(null, "GET", "/api/exams")).status).toBe(401);
  });

  it("hides drafts from teachers (404 like a missing exam) and the capability from inspectors", async () => {
    const exam = await newExam();
    expect((await as("teacher1", "GET", `/api/exams/${exam.id}`)).status).toBe(404);
    const list = await as("teacher1", "GET", "/api/exams");
    expect(list.body.rows.find((r: any) => r.id === exam.id)).toBeUndefined();
    expect((await as("duxue", "GET", "/api/exams")).status).toBe(403);
    expect((await as("school1", "GET", `/api/exams/${exam.id}`)).status).toBe(200);
    expect((await as("leader", "GET", `/api/exams/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it("refuses a bad definition with the field and the fix", async () => {
    const bad = await as("jiaoyan", "POST", "/api/exams", {
      name: "坏考试",
      heldOn: "2027-13-40",
      schoolYear: TEST_YEAR,
      term: 3,
      grade,
      subjects: [{ code: "math", name: "数学", fullMarks: -5 }],
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["heldOn", "term", "subjects.0.fullMarks"]));
    const items = await as("jiaoyan", "POST", "/api/exams", {
      name: "小题不符",
      heldOn: "2027-01-10",
      schoolYear: TEST_YEAR,
      term: 1,
      grade,
      subjects: [{ ...subjects[1], fullMarks: 120 }],
    });
    expect(items.status).toBe(400);
    expect(items.body.error.message).toContain("各小题满分之和为 100,与科目满分 120 不一致");
    const thresholds = await as("jiaoyan", "POST", "/api/exams", {
      name: "线不对",
      heldOn: "2027-01-10",
      schoolYear: TEST_YEAR,
      term: 1,
      grade,
      subjects,
      config: {
        thresholds: { excellent: 0.6, good: 0.7, pass: 0.6, low: 0.4 },
        denominator: "enrolled",
        bandShare: 0.1,
        levels: { names: ["A", "B", "C", "D"], cutoffs: [0.85, 0.7, 0.6] },
        borderlines: [],
        minValueAddedN: 10,
      },
    });
    expect(thresholds.status).toBe(400);
    expect(thresholds.body.error.message).toBe("优秀线应高于良好线");
  });
});

describe("score import", () => {
  let examId: string;
  let mine: RosterRow[];
  let all: RosterRow[];

  beforeAll(async () => {
    examId = (await newExam()).id;
    all = await roster("jiaoyan", examId);
    mine = await roster("school1", examId);
  });

  it("gives a school a template of its own students only", () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(new Set(mine.map((r) => r.schoolName)).size).toBe(1);
  });

  it("puts no 学籍号 in clear into the template (a G-type one carries the resident ID), and audits the download", async () => {
    const t = await kit.download("school1", `/api/exams/${examId}/template.xlsx`);
    const cells = (await sheetRows(t.bytes, "成绩")).flat();
    for (const r of mine) expect(cells).not.toContain(r.studentNumber);
    const audit = await kit.database.db.select().from(auditLog).where(eq(auditLog.action, "exams.export_template"));
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.at(-1)!.details).toMatchObject({ students: mine.length, format: "xlsx" });
  });

  it("reports every bad cell by row and column, and writes nothing", async () => {
    const other = all.find((r) => r.schoolName !== mine[0]!.schoolName)!;
    const lines = [
      "学籍号,姓名,语文,数学,数学-1,数学-2",
      `${mine[0]!.studentNumber},${mine[0]!.name},101,50,20,30`, // row 2: above full marks
      `${mine[1]!.studentNumber},${mine[1]!.name},,50,20,30`, // row 3: empty
      `${mine[2]!.studentNumber},${mine[2]!.name},八十,50,20,30`, // row 4: not a number
      `${mine[3]!.studentNumber},${mine[3]!.name},80,50,20,20`, // row 5: items do not add up
      `${mine[3]!.studentNumber},${mine[3]!.name},80,50,20,30`, // row 6: duplicate
      "G999999999999999999,查无此人,80,50,20,30", // row 7: unknown
      `${other.studentNumber},${other.name},80,50,20,30`, // row 8: another school's student
      `${mine[4]!.studentNumber},张冠李戴,80,50,20,30`, // row 9: name differs (warning only)
    ];
    const res = await upload("school1", examId, lines.join("\n"), "成绩.csv");
    expect(res.status).toBe(201);
    const p = res.body.problems as any[];
    const at = (row: number) => p.filter((x) => x.row === row);
    expect(at(2)[0]).toMatchObject({ column: "语文", value: "101", level: "error" });
    expect(at(2)[0].message).toContain("超过满分 100");
    expect(at(3)[0].message).toContain("未参加考试请填写「缺考」");
    expect(at(4)[0].message).toContain("不是有效的分数");
    expect(at(5)[0].message).toContain("各小题得分之和为 40,与科目成绩 50 不一致");
    expect(at(6)[0].message).toContain("重复出现(第5行已有)");
    expect(at(7)[0].message).toContain("在本县学籍中不存在");
    expect(at(8)[0].message).toContain("不是本校学生");
    expect(at(9)[0]).toMatchObject({ column: "姓名", level: "warning" });
    expect(res.body.summary.errors).toBe(7);
    const commit = await as("school1", "POST", `/api/exams/${examId}/imports/${res.body.job.id}/commit`);
    expect(commit.status).toBe(409);
    expect(commit.body.error.code).toBe("IMPORT_HAS_ERRORS");
    const detail = await as("school1", "GET", `/api/exams/${examId}`);
    expect(detail.body.progress[0].withScores).toBe(0);
  });

  it("marks the wrong cells in a downloadable report", async () => {
    const res = await upload("school1", examId, `学籍号,语文\n${mine[0]!.studentNumber},120\n`, "a.csv");
    const report = await download("school1", `/api/exams/${examId}/imports/${res.body.job.id}/report.xlsx`);
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.bytes as unknown as ArrayBuffer);
    const cell = wb.getWorksheet("成绩")!.getRow(2).getCell(2);
    expect(cell.value).toBe("120");
    expect(String(cell.note)).toContain("超过满分");
    expect(wb.getWorksheet("问题清单")!.rowCount).toBe(2);
    // another school cannot read it, nor 教研室: the file holds the full 学籍号 as uploaded, so only its uploader may
    expect((await download("school2", `/api/exams/${examId}/imports/${res.body.job.id}/report.xlsx`)).status).toBe(404);
    expect((await download("jiaoyan", `/api/exams/${examId}/imports/${res.body.job.id}/report.xlsx`)).status).toBe(404);
  });

  it("refuses files that are not score tables with a clear message", async () => {
    const noNumber = await upload("school1", examId, "姓名,语文\n张三,80\n", "x.csv");
    expect(noNumber.body.problems[0].message).toContain("没有「学籍号」列");
    const notXlsx = await upload("school1", examId, Buffer.from("PK\u0003\u0004garbage"), "x.xlsx");
    expect(notXlsx.status).toBe(400);
    const empty = await upload("school1", examId, "", "x.csv");
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("空的");
    expect((await upload("teacher1", examId, "学籍号\n", "x.csv")).status).toBe(403);
    expect((await upload("leader", examId, "学籍号\n", "x.csv")).status).toBe(403);
  });

  it("imports a clean school file (UTF-8 csv with BOM) all at once, keeping 缺考 apart from 0", async () => {
    const res = await upload("school1", examId, wideCsv(mine, 5), "本校成绩.csv");
    expect(res.body.summary).toMatchObject({ errors: 0, students: mine.length, layout: "wide" });
    const commit = await as("school1", "POST", `/api/exams/${examId}/imports/${res.body.job.id}/commit`);
    expect(commit.status).toBe(200);
    expect(commit.body.written).toBe(mine.length);
    expect((await as("school1", "POST", `/api/exams/${examId}/imports/${res.body.job.id}/commit`)).status).toBe(409);
    const analysis = await as("jiaoyan", "GET", `/api/exams/${examId}/analysis`);
    const chinese = analysis.body.subjects[0];
    const school = chinese.schools.find((x: any) => x.id === school1Id);
    const absent = mine.filter((_, i) => i % 5 === 4).length;
    expect(school.absent).toBe(absent);
    expect(school.sat).toBe(mine.length - absent);
    // other schools have no scores yet: all absent, counted in the enrolled cohort
    expect(chinese.county.enrolled).toBe(all.length);
    expect(chinese.county.sat).toBe(mine.length - absent);
  });

  it("reads a long file and an xlsx written by Excel", async () => {
    const others = all.filter((r) => r.schoolName !== mine[0]!.schoolName);
    const long = [
      "学籍号,姓名,科目,成绩",
      ...others.flatMap((r, i) => [`${r.studentNumber},${r.name},语文,${scoreOf(i, 0).v}`]),
    ];
    const res = await upload("jiaoyan", examId, long.join("\n"), "全县语文.csv");
    expect(res.body.summary).toMatchObject({ layout: "long", errors: 0 });
    expect((await as("jiaoyan", "POST", `/api/exams/${examId}/imports/${res.body.job.id}/commit`)).status).toBe(200);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("成绩");
    sheet.addRow(["学籍号", "数学", "数学-1", "数学-2"]);
    others.forEach((r, i) => {
      const m = scoreOf(i, 1);
      sheet.addRow([r.studentNumber, m.v, m.item1, m.item2]);
    });
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res2 = await upload("jiaoyan", examId, xlsx, "全县数学.xlsx");
    expect(res2.body.summary).toMatchObject({ layout: "wide", errors: 0, students: others.length });
    expect((await as("jiaoyan", "POST", `/api/exams/${examId}/imports/${res2.body.job.id}/commit`)).status).toBe(200);
    const analysis = await as("jiaoyan", "GET", `/api/exams/${examId}/analysis`);
    expect(analysis.body.subjects[0].county.sat).toBe(all.length - mine.filter((_, i) => i % 5 === 4).length);
    expect(analysis.body.subjects[1].county.sat).toBe(analysis.body.subjects[0].county.sat);
  });

  it("reads a GB18030 csv as Excel saves it on Chinese Windows", async () => {
    // 学籍号,语文 in GB18030, then one row
    const header = Buffer.from([0xd1, 0xa7, 0xbc, 0xae, 0xba, 0xc5, 0x2c, 0xd3, 0xef, 0xce, 0xc4, 0x0a]);
    const res = await upload(
      "school1",
      examId,
      Buffer.concat([header, Buffer.from(`${mine[0]!.studentNumber},66\n`)]),
      "gbk.csv",
    );
    expect(res.body.summary).toMatchObject({ errors: 0, students: 1, subjects: ["语文"] });
  });

  it("publishes once; a published exam refuses imports and edits; a correction is a new version with its change", async () => {
    expect((await as("school1", "POST", `/api/exams/${examId}/publish`)).status).toBe(403);
    const pub = await as("jiaoyan", "POST", `/api/exams/${examId}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe("published");
    expect(pub.body.inputHash).toMatch(/^[0-9a-f]{64}$/);
    // the bureau's overview of the version, whose text the server keeps with its snapshot
    const overview = await as("jiaoyan", "GET", `/api/exams/${examId}/analysis`);
    expect(overview.body.exam.status).toBe("published");
    const again = await upload("school1", examId, wideCsv(mine), "x.csv");
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("已发布,不能再修改");
    expect((await as("jiaoyan", "PATCH", `/api/exams/${examId}`, { name: "改名" })).status).toBe(409);
    expect((await as("jiaoyan", "POST", `/api/exams/${examId}/corrections`, { note: "短" })).status).toBe(400);
    const corr = await as("jiaoyan", "POST", `/api/exams/${examId}/corrections`, {
      note: "第一小学一名学生语文登分错误",
    });
    expect(corr.status).toBe(201);
    expect(corr.body).toMatchObject({ version: 2, status: "draft", changeNote: "第一小学一名学生语文登分错误" });
    expect((await as("jiaoyan", "POST", `/api/exams/${examId}/corrections`, { note: "再来一次更正" })).status).toBe(
      409,
    );
    const fix = await upload("school1", corr.body.id, `学籍号,语文\n${mine[0]!.studentNumber},99\n`, "fix.csv");
    expect(fix.body.summary.errors).toBe(0);
    expect((await as("school1", "POST", `/api/exams/${corr.body.id}/imports/${fix.body.job.id}/commit`)).status).toBe(
      200,
    );
    const pub2 = await as("jiaoyan", "POST", `/api/exams/${corr.body.id}/publish`);
    expect(pub2.body.changes).toEqual({ previousVersion: 1, changed: 1, added: 0, removed: 0 });
    const v1 = await as("jiaoyan", "GET", `/api/exams/${examId}`);
    expect(v1.body.exam.status).toBe("superseded");
    expect(v1.body.versions.map((v: any) => v.status)).toEqual(["superseded", "published"]);
    // the kept overview of version 1 comes with the exam as it stands now
    const later = await as("jiaoyan", "GET", `/api/exams/${examId}/analysis`);
    expect(later.body.exam.status).toBe("superseded");
    expect(later.body.subjects).toEqual(overview.body.subjects);
    expect(later.body.policy).toEqual(overview.body.policy);
    const audit = await kit.database.db.select().from(auditLog);
    const actions = new Set(audit.map((a) => a.action));
    for (const a of ["exams.create", "exams.import_upload", "exams.import_commit", "exams.publish", "exams.correct"]) {
      expect(actions.has(a), a).toBe(true);
    }
  });
});

describe("analysis by role and policy", () => {
  let examId: string;
  let baselineId: string;

  beforeAll(async () => {
    // the same cohort twice: a mid-term (baseline) and the final, both fully scored by the county
    const fill = async (id: string, shift: number) => {
      const rows = await roster("jiaoyan", id);
      const lines = ["学籍号,语文,数学,数学-1,数学-2"];
      rows.forEach((r, i) => {
        const c = Math.min(100, scoreOf(i, 0).v + shift);
        const m = scoreOf(i, 1);
        lines.push(`${r.studentNumber},${c},${m.v},${m.item1},${m.item2}`);
      });
      const up = await upload("jiaoyan", id, lines.join("\n"), "全县.csv");
      expect(up.body.summary.errors).toBe(0);
      expect((await as("jiaoyan", "POST", `/api/exams/${id}/imports/${up.body.job.id}/commit`)).status).toBe(200);
      expect((await as("jiaoyan", "POST", `/api/exams/${id}/publish`)).status).toBe(200);
    };
    baselineId = (await newExam({ name: "期中质量检测", heldOn: `${TEST_YEAR}-11-10` })).id;
    await fill(baselineId, 0);
    examId = (await newExam({ baselineExamId: baselineId })).id;
    await fill(examId, 3);
  });

  /** The classes or teachers of the analysis as `user` may see them. */
  const groups = (user: Parameters<typeof as>[0], query: string) =>
    as(user, "GET", `/api/exams/${examId}/analysis/groups?${query}`);

  it("shows the bureau every school with internal ranks and the policy line", async () => {
    const a = await as("leader", "GET", `/api/exams/${examId}/analysis`);
    expect(a.status).toBe(200);
    expect(a.body.policy).toMatchObject({ view: "bureau", mode: "scores", ranks: true, internal: true });
    expect(a.body.policy.note).toContain("内部资料");
    const total = a.body.subjects.at(-1);
    expect(total.code).toBe("total");
    expect(total.fullMarks).toBe(200);
    expect(total.schools.length).toBeGreaterThan(1);
    expect(total.schools.every((g: any) => typeof g.rank === "number")).toBe(true);
    expect(total.schools.reduce((n: number, g: any) => n + g.sat, 0)).toBe(total.county.sat);
    // the overview is the county and the schools; classes and teachers come from /analysis/groups
    expect(a.body).not.toHaveProperty("classes");
    expect(total).not.toHaveProperty("classes");
    expect(total).not.toHaveProperty("teachers");
    const classes = await groups("leader", "level=class");
    expect(classes.status).toBe(200);
    expect(classes.body.policy.ranks).toBe(true);
    expect(classes.body.subjects.map((s: any) => s.code)).toEqual(a.body.subjects.map((s: any) => s.code));
    const classTotal = classes.body.subjects.at(-1);
    expect(classTotal.groups.length).toBeGreaterThan(0);
    expect(classTotal.total).toBe(classTotal.groups.length);
    expect(classes.body).toMatchObject({ page: null, pageSize: null });
    expect(classTotal.groups.reduce((n: number, g: any) => n + g.sat, 0)).toBe(total.county.sat);
    expect(classTotal.groups.every((g: any) => typeof g.rank === "number")).toBe(true);
    const teachers = await groups("leader", "level=teacher");
    expect(teachers.body.subjects.at(-1).groups).toEqual([]);
    expect(teachers.body.subjects[0].groups.length).toBeGreaterThan(0);
  });

  it("narrows classes and teachers to a subject, a school or one class, each the same figures as the whole", async () => {
    const all = (await groups("jiaoyan", "level=class")).body.subjects;
    const math = await groups("jiaoyan", "level=class&subject=math");
    expect(math.body.subjects.map((s: any) => s.code)).toEqual(["math"]);
    expect(math.body.subjects[0]).toEqual(all.find((s: any) => s.code === "math"));
    const ofSchool = await groups("jiaoyan", `level=class&schoolId=${school1Id}`);
    const inSchool1 = (s: any) => s.groups.filter((g: any) => g.schoolId === school1Id);
    expect(ofSchool.body.subjects.map((s: any) => s.groups)).toEqual(all.map(inSchool1));
    expect(inSchool1(all[0]).length).toBeLessThan(all[0].groups.length);
    const one = all[0].groups[1];
    const single = await groups("jiaoyan", `level=class&groupId=${one.id}`);
    expect(single.body.subjects.map((s: any) => s.groups.length)).toEqual(all.map(() => 1));
    expect(single.body.subjects[0].groups[0]).toEqual(one);
    const teacher = (await groups("jiaoyan", "level=teacher&subject=chinese")).body.subjects[0].groups[0];
    const oneTeacher = await groups("jiaoyan", `level=teacher&subject=chinese&groupId=${teacher.id}`);
    expect(oneTeacher.body.subjects[0].groups).toEqual([teacher]);
  });

  it("sorts and pages classes and teachers on the server, the same rows as the whole list sorted", async () => {
    const all = (await groups("jiaoyan", "level=class&subject=total")).body.subjects[0];
    expect(all.total).toBe(all.groups.length);
    expect(all.total).toBeGreaterThan(1);
    const ids = (rows: any[]) => rows.map((g) => g.id);
    // the whole list sorted here (a stable sort: ties keep the server's order, as the server's own sort does)
    const byMean = [...all.groups].sort((x: any, y: any) => y.mean - x.mean);
    expect(new Set(all.groups.map((g: any) => g.mean)).size).toBe(all.total);
    const paged: any[] = [];
    for (let page = 1; page <= all.total; page++) {
      const answer = await groups("jiaoyan", `level=class&subject=total&sort=mean&page=${page}&pageSize=1`);
      expect(answer.body).toMatchObject({ page, pageSize: 1 });
      expect(answer.body.subjects[0].total).toBe(all.total);
      paged.push(...answer.body.subjects[0].groups);
    }
    expect(paged).toEqual(byMean);
    // the other way round: one of the two orders differs from the server's plain order
    const upward = await groups("jiaoyan", "level=class&subject=total&sort=mean&order=asc");
    expect(ids(upward.body.subjects[0].groups)).toEqual(ids(byMean).reverse());
    // rank 1 is the highest mean: ascending ranks are the means from the top
    const byRank = await groups("jiaoyan", "level=class&subject=total&sort=rank&order=asc");
    expect(ids(byRank.body.subjects[0].groups)).toEqual(ids(byMean));
    const byLow = [...all.groups].sort((x: any, y: any) => x.rates.low - y.rates.low);
    const low = await groups("jiaoyan", "level=class&subject=total&sort=low&order=asc");
    expect(ids(low.body.subjects[0].groups)).toEqual(ids(byLow));
    const beyond = await groups("jiaoyan", `level=class&subject=total&page=${all.total + 1}&pageSize=1`);
    expect(beyond.body.subjects[0]).toMatchObject({ total: all.total, groups: [] });
    // a school's teachers a page at a time, each subject paged on its own
    const teachers = (await groups("jiaoyan", `level=teacher&schoolId=${school1Id}`)).body.subjects;
    const firstOfEach = await groups("jiaoyan", `level=teacher&schoolId=${school1Id}&page=1&pageSize=1`);
    firstOfEach.body.subjects.forEach((s: any, k: number) => {
      expect(s.total).toBe(teachers[k].groups.length);
      expect(s.groups).toEqual(teachers[k].groups.slice(0, 1));
    });
  });

  it("refuses an order by a figure the reader's view hides, and a bad page", async () => {
    // a school sees this non-graduating grade in levels: no means, no ranks, so no order by them
    const byMean = await groups("school1", "level=class&sort=mean");
    expect(byMean.status).toBe(400);
    expect(byMean.body.error.code).toBe("EXAM_SORT_HIDDEN");
    expect(byMean.body.error.message).toContain("不能按平均分排序");
    const byRank = await groups("school1", "level=teacher&sort=rank&order=asc");
    expect(byRank.status).toBe(400);
    expect(byRank.body.error.message).toContain("教育局内部");
    expect((await groups("teacher1", "level=class&sort=rank")).status).toBe(400);
    const byRate = await groups("school1", "level=class&subject=total&sort=excellent");
    expect(byRate.status).toBe(200);
    const rates = byRate.body.subjects[0].groups.map((g: any) => g.rates.excellent);
    expect(rates).toEqual([...rates].sort((x: number, y: number) => y - x));
    for (const [query, message] of [
      ["level=class&sort=score", "排序应为"],
      ["level=class&order=up", "顺序应为"],
      ["level=class&page=0&pageSize=10", "页码从 1 开始"],
      ["level=class&pageSize=500", "每页最多200条"],
      ["level=class&pageSize=abc", "每页条数应为数字"],
    ]) {
      const bad = await groups("jiaoyan", query!);
      expect(bad.status, query).toBe(400);
      expect(JSON.stringify(bad.body), query).toContain(message);
    }
  });

  it("refuses a bad query with the field and the fix, and an unknown subject, school or group as not found", async () => {
    const noLevel = await groups("jiaoyan", "");
    expect(noLevel.status).toBe(400);
    expect(JSON.stringify(noLevel.body)).toContain("层级应为 class(班级)或 teacher(教师)");
    const badSchool = await groups("jiaoyan", "level=class&schoolId=一中");
    expect(badSchool.status).toBe(400);
    expect(JSON.stringify(badSchool.body)).toContain("学校编号格式不正确");
    const nobody = "00000000-0000-4000-8000-000000000000";
    expect((await groups("jiaoyan", "level=class&subject=art")).body.error.message).toContain("科目");
    expect((await groups("jiaoyan", "level=class&subject=art")).status).toBe(404);
    expect((await groups("jiaoyan", `level=class&schoolId=${nobody}`)).status).toBe(404);
    expect((await groups("jiaoyan", `level=class&groupId=${nobody}`)).status).toBe(404);
    expect((await groups("jiaoyan", `level=teacher&groupId=${nobody}`)).body.error.message).toContain("教师");
    expect((await groups(null, "level=class")).status).toBe(401);
    expect((await groups("duxue", "level=class")).status).toBe(403);
  });

  it("shows a school its own school, classes and teachers, in levels, without ranks", async () => {
    const a = await as("school1", "GET", `/api/exams/${examId}/analysis`);
    expect(a.body.policy).toMatchObject({ view: "school", mode: "levels", ranks: false, internal: false });
    const classes = (await groups("school1", "level=class")).body.subjects;
    const teachers = (await groups("school1", "level=teacher")).body.subjects;
    expect(classes.at(-1).groups.length).toBeGreaterThan(0);
    expect(teachers[0].groups.length).toBeGreaterThan(0);
    a.body.subjects.forEach((subject: any, k: number) => {
      expect(subject.schools.map((g: any) => g.id)).toEqual([school1Id]);
      expect(classes[k].groups.every((g: any) => g.schoolId === school1Id)).toBe(true);
      expect(teachers[k].groups.every((g: any) => g.schoolId === school1Id)).toBe(true);
      for (const g of [...subject.schools, ...classes[k].groups, ...teachers[k].groups]) {
        expect(g.rank).toBeNull();
        // levels mode: no score-valued figure, only counts, rates, levels and the standardized difference
        expect(g).toMatchObject({ mean: null, median: null, max: null, meanDiff: null, bands: [] });
        expect(typeof g.standardizedDiff).toBe("number");
        expect(g.levels.reduce((n: number, x: number) => n + x, 0)).toBe(g.sat);
      }
      expect(subject.county.rank).toBeNull();
    });
    // another school, its classes and its teachers are not found for a school administrator
    const bureau = (await groups("jiaoyan", "level=class")).body.subjects[0].groups;
    const elsewhere = bureau.find((g: any) => g.schoolId !== school1Id);
    expect((await groups("school1", `level=class&schoolId=${elsewhere.schoolId}`)).status).toBe(404);
    expect((await groups("school1", `level=class&groupId=${elsewhere.id}`)).status).toBe(404);
    const otherTeacher = (await groups("jiaoyan", "level=teacher&subject=chinese")).body.subjects[0].groups.find(
      (g: any) => g.schoolId !== school1Id,
    );
    expect((await groups("school1", `level=teacher&groupId=${otherTeacher.id}`)).status).toBe(404);
    const students = await as("school1", "GET", `/api/exams/${examId}/students?pageSize=200`);
    expect(students.body.rows.length).toBeGreaterThan(0);
    for (const r of students.body.rows) {
      expect(r.total).toBeNull();
      expect(r.tScore).toBeNull();
      expect(["A", "B", "C", "D"]).toContain(r.totalLevel);
      expect(r.subjects.every((x: any) => x.score === null)).toBe(true);
      expect(r).not.toHaveProperty("rank");
    }
  });

  it("shows a teacher only their classes and their own teaching group", async () => {
    const a = await as("teacher1", "GET", `/api/exams/${examId}/analysis`);
    expect(a.status).toBe(200);
    expect(a.body.policy.view).toBe("teacher");
    const mine = await as("teacher1", "GET", `/api/registry/classes?year=${TEST_YEAR}`);
    const classes = (await groups("teacher1", "level=class")).body.subjects.at(-1).groups;
    expect(classes.map((c: any) => c.id)).toEqual(mine.body.rows.map((c: any) => c.id));
    const ofSchool = (await groups("school1", "level=class&subject=total")).body.subjects[0].groups;
    expect(ofSchool.length).toBeGreaterThanOrEqual(classes.length);
    const teachers = (await groups("teacher1", "level=teacher")).body.subjects;
    for (const subject of teachers) expect(subject.groups.length).toBeLessThanOrEqual(1);
    // a class the teacher does not teach, and another school, are not found
    const bureau = (await groups("jiaoyan", "level=class&subject=total")).body.subjects[0].groups;
    const notMine = bureau.find((c: any) => !classes.some((m: any) => m.id === c.id));
    expect((await groups("teacher1", `level=class&groupId=${notMine.id}`)).status).toBe(404);
    const otherSchool = bureau.find((c: any) => c.schoolId !== classes[0].schoolId);
    expect((await groups("teacher1", `level=class&schoolId=${otherSchool.schoolId}`)).status).toBe(404);
    const students = await as("teacher1", "GET", `/api/exams/${examId}/students?pageSize=200`);
    expect(students.body.total).toBe(mine.body.rows.reduce((n: number, c: any) => n + c.size, 0));
    expect(students.body.rows.every((r: any) => r.subjects.every((x: any) => x.score === null))).toBe(true);
  });

  it("gives the bureau scores, T scores and borderline flags but no individual rank", async () => {
    const students = await as("jiaoyan", "GET", `/api/exams/${examId}/students?pageSize=200`);
    const r = students.body.rows[0];
    expect(typeof r.total).toBe("number");
    expect(typeof r.tScore).toBe("number");
    expect(r).not.toHaveProperty("rank");
    expect(students.body.borderlineCounts.map((b: any) => b.name)).toEqual(["优秀临界", "及格临界"]);
  });

  it("pages the student list without gaps and flags exactly the students within a line's buffer", async () => {
    const list = (query: string) => as("jiaoyan", "GET", `/api/exams/${examId}/students?${query}`);
    const all = (await list("pageSize=200")).body;
    expect(all.total).toBe(all.rows.length);
    const first = (await list("page=1&pageSize=7")).body;
    const second = (await list("page=2&pageSize=7")).body;
    expect([...first.rows, ...second.rows]).toEqual(all.rows.slice(0, 14));
    expect(first.total).toBe(all.total);
    expect((await list(`page=${Math.ceil(all.total / 7) + 1}&pageSize=7`)).body.rows).toEqual([]);
    // each row's flags: line − buffer ≤ total < line; the counts are the flagged rows
    for (const band of all.borderlineCounts) {
      const flagged = all.rows.filter((r: any) => r.borderline.includes(band.name));
      expect(flagged.length, band.name).toBe(band.count);
      for (const r of all.rows) {
        const within = r.total !== null && r.total >= band.from && r.total < band.line;
        expect(r.borderline.includes(band.name), `${band.name} ${r.total}`).toBe(within);
      }
    }
    expect(all.rows.some((r: any) => r.borderline.length > 0)).toBe(true);
    // the register's names and masked numbers come with each page
    expect(second.rows.every((r: any) => r.name.length > 0 && r.studentNumber.includes("*"))).toBe(true);
    // a class's students are that class's, its total the class's count
    const { className, schoolName } = all.rows[0];
    const klass = (await groups("jiaoyan", "level=class&subject=total")).body.subjects[0].groups.find(
      (g: any) => g.name === className && g.schoolName === schoolName,
    );
    const ofClass = (await list(`classId=${klass.id}&pageSize=200`)).body;
    const expected = all.rows.filter((r: any) => r.className === className && r.schoolName === schoolName);
    expect(ofClass.rows).toEqual(expected);
    expect(ofClass.total).toBe(expected.length);
  });

  it("estimates value added against the mid-term for schools, classes and teachers, hiding small groups", async () => {
    const va = await as("leader", "GET", `/api/exams/${examId}/value-added`);
    expect(va.status).toBe(200);
    expect(va.body.baseline.id).toBe(baselineId);
    const total = va.body.subjects[0];
    expect(total.matched).toBeGreaterThan(0);
    expect(total.slope).toBeGreaterThan(0.8);
    for (const g of total.schools) {
      expect(g.n).toBeGreaterThan(0);
      if (g.n < 10) expect(g).toMatchObject({ hidden: true, estimate: null });
      else expect(g.low).toBeLessThanOrEqual(g.estimate);
    }
    const mine = await as("school1", "GET", `/api/exams/${examId}/value-added`);
    expect(mine.body.subjects[0].schools.map((g: any) => g.id)).toEqual([school1Id]);
    expect((await as("leader", "GET", `/api/exams/${baselineId}/value-added`)).status).toBe(409);
  });

  it("narrows value added to a subject, a level, a school or some groups, each the same figures as the whole", async () => {
    const va = (user: Parameters<typeof as>[0], query: string) =>
      as(user, "GET", `/api/exams/${examId}/value-added?${query}`);
    const whole = (await va("leader", "")).body;
    // worked out once and kept: the second answer is the first
    expect((await va("leader", "")).body).toEqual(whole);
    const total = whole.subjects.find((s: any) => s.code === "total");
    const chinese = whole.subjects.find((s: any) => s.code === "chinese");
    expect(chinese.teachers.length).toBeGreaterThan(1);
    const schools = (await va("leader", "subject=chinese&level=school")).body.subjects;
    expect(schools).toEqual([{ ...chinese, teachers: [] }]);
    const inSchool = await va("leader", `subject=total&level=class&schoolId=${school1Id}`);
    const classesOfSchool1 = (await groups("leader", `level=class&subject=total&schoolId=${school1Id}`)).body
      .subjects[0].groups;
    expect(inSchool.body.subjects[0].schools).toEqual([]);
    expect(inSchool.body.subjects[0].classes.map((g: any) => g.id)).toEqual(
      total.classes.filter((g: any) => classesOfSchool1.some((c: any) => c.id === g.id)).map((g: any) => g.id),
    );
    // each subject is worked out when first asked: from an empty cache, one subject first, then the rest
    clearSnapshotCache();
    expect((await va("leader", "subject=chinese")).body.subjects).toEqual([chinese]);
    expect((await va("leader", "")).body).toEqual(whole);
    const two = chinese.teachers.slice(0, 2);
    const page = await va("leader", `subject=chinese&level=teacher&groupIds=${two.map((g: any) => g.id).join(",")}`);
    expect(page.body.subjects[0].teachers).toEqual(two);
    expect(page.body.subjects[0]).toMatchObject({ matched: chinese.matched, slope: chinese.slope, schools: [] });
    // a school asks its own classes; another school's are not found
    const elsewhere = whole.subjects[0].schools.find((g: any) => g.id !== school1Id);
    expect((await va("school1", `level=class&schoolId=${elsewhere.id}`)).status).toBe(404);
    expect((await va("school1", `level=class&schoolId=${school1Id}`)).status).toBe(200);
    expect((await va("leader", "subject=art")).status).toBe(404);
    for (const [query, message] of [
      ["level=pupil", "层级应为"],
      ["schoolId=一中", "学校编号格式不正确"],
      ["groupIds=1,2", "组编号格式不正确"],
      [`groupIds=${Array.from({ length: 201 }, () => school1Id).join(",")}`, "一次最多查询200个组"],
    ]) {
      const bad = await va("leader", query!);
      expect(bad.status, query).toBe(400);
      expect(JSON.stringify(bad.body), query).toContain(message);
    }
  });

  it("analyses items: difficulty and 27%-group discrimination", async () => {
    const items = await as("jiaoyan", "GET", `/api/exams/${examId}/items?subject=math`);
    expect(items.status).toBe(200);
    expect(items.body.items).toHaveLength(2);
    for (const it of items.body.items) {
      expect(it.difficulty).toBeGreaterThan(0);
      expect(it.difficulty).toBeLessThanOrEqual(1);
      expect(typeof it.discrimination).toBe("number");
      expect(it.qualityLabel).toBeTruthy();
    }
    expect((await as("jiaoyan", "GET", `/api/exams/${examId}/items?subject=chinese`)).status).toBe(404);
    const mine = await as("school1", "GET", `/api/exams/${examId}/items?subject=math`);
    expect(mine.body.sat).toBeLessThan(items.body.sat);
    // the bureau's whole-cohort answer is kept: asked again, the same; one school's is that school's own figures
    expect((await as("leader", "GET", `/api/exams/${examId}/items?subject=math`)).body.items).toEqual(items.body.items);
    const ofSchool1 = await as("jiaoyan", "GET", `/api/exams/${examId}/items?subject=math&schoolId=${school1Id}`);
    expect({ sat: ofSchool1.body.sat, items: ofSchool1.body.items }).toEqual({
      sat: mine.body.sat,
      items: mine.body.items,
    });
    // another school's items are not found for a school, nor a school that is not in the exam for the bureau
    const otherSchool = (await groups("leader", "level=class&subject=total")).body.subjects[0].groups.find(
      (g: any) => g.schoolId !== school1Id,
    ).schoolId;
    const mathItems = (user: Parameters<typeof as>[0], query: string) =>
      as(user, "GET", `/api/exams/${examId}/items?subject=math&${query}`);
    expect((await mathItems("school1", `schoolId=${otherSchool}`)).status).toBe(404);
    expect((await mathItems("jiaoyan", `schoolId=${otherSchool}`)).status).toBe(200);
    expect((await mathItems("jiaoyan", "schoolId=00000000-0000-4000-8000-000000000000")).status).toBe(404);
    // a teacher's items count students of their own school only, and another school's are not found
    const taught = (await mathItems("teacher1", "")).body.sat;
    expect(taught).toBeGreaterThan(0);
    expect(taught).toBeLessThanOrEqual(mine.body.sat);
    expect((await mathItems("teacher1", `schoolId=${otherSchool}`)).status).toBe(404);
  });

  it("exports county tables and a school's Word report within scope", async () => {
    const xlsx = await download("leader", `/api/exams/${examId}/tables.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("总分")!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain("内部资料");
    expect(sheet.getRow(4).values).toContain("均分排序(内部)");
    const mineXlsx = await download("school1", `/api/exams/${examId}/tables.xlsx`);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(mineXlsx.bytes as unknown as ArrayBuffer);
    expect(wb2.getWorksheet("总分")!.getRow(4).values).not.toContain("均分排序(内部)");
    const tableAudits = await kit.database.db.select().from(auditLog).where(eq(auditLog.action, "exams.export_tables"));
    expect(tableAudits.filter((a) => a.targetId === examId)).toHaveLength(2);
    const docx = await download("school1", `/api/exams/${examId}/schools/${school1Id}/report.docx`);
    expect(docx.status).toBe(200);
    expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
    const theirs = await as("school2", "GET", "/api/auth/me");
    expect(
      (await download("school1", `/api/exams/${examId}/schools/${theirs.body.user.schoolId}/report.docx`)).status,
    ).toBe(404);
    expect((await download("teacher1", `/api/exams/${examId}/schools/${school1Id}/report.docx`)).status).toBe(404);
  });
});

describe("the demo county's exams", () => {
  it("has published exams with baselines, items that add up, and value added", async () => {
    const list = await as("leader", "GET", "/api/exams");
    const demo = list.body.rows.filter((r: any) => r.status === "published" && r.baselineExamId);
    expect(demo.map((r: any) => r.name)).toEqual(
      expect.arrayContaining(["八年级上学期期中质量检测", "六年级上学期期中质量检测"]),
    );
    const eighth = demo.find((r: any) => r.grade === 8);
    expect(eighth.graduating).toBe(false);
    const a = await as("leader", "GET", `/api/exams/${eighth.id}/analysis`);
    const total = a.body.subjects.at(-1);
    expect(total.county.sat).toBeGreaterThan(0);
    expect(total.county.sat).toBeLessThanOrEqual(total.county.enrolled);
    const items = await as("leader", "GET", `/api/exams/${eighth.id}/items?subject=math`);
    expect(items.body.items).toHaveLength(18);
    const meanOfItems = items.body.items.reduce((n: number, it: any) => n + it.mean, 0);
    expect(meanOfItems).toBeCloseTo(a.body.subjects[1].county.mean, 6);
    const va = await as("leader", "GET", `/api/exams/${eighth.id}/value-added`);
    expect(va.status).toBe(200);
    expect(va.body.subjects[0].matched).toBeGreaterThan(0);
    // a school's staff sees the graduating grade's scores, but levels only for grade 8
    const sixth = demo.find((r: any) => r.grade === 6);
    expect((await as("school1", "GET", `/api/exams/${sixth.id}/analysis`)).body.policy.mode).toBe("scores");
    expect((await as("school2", "GET", `/api/exams/${eighth.id}/analysis`)).body.policy.mode).toBe("levels");
  });
});
