/**
 * Editing a draft's item structure (小题结构) on the real database: who may, every bad structure with its Chinese
 * message, item scores kept when only kinds or knowledge points change, moved when another subject's items change,
 * cleared only on request when they no longer fit; a published exam refuses, and a correction version may change
 * its items, which its publication records.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { type ExamsKit, openExamsKit, type RosterRow } from "./examsKit";

let kit: ExamsKit;
let examId: string;
let mine: RosterRow[];

const math = [
  { number: "1", maxScore: 40, kind: "objective" },
  { number: "2", maxScore: 60, kind: "subjective", knowledge: "应用题" },
];
const put = (u: Parameters<ExamsKit["as"]>[0], id: string, code: string, body: unknown) =>
  kit.as(u, "PUT", `/api/exams/${id}/subjects/${code}/items`, body);

/** Imports 语文 and 数学 with items 1 and 2 for the school's students: item 1 = i % 41, item 2 = i % 61. */
async function importMath(id: string) {
  const lines = ["学籍号,语文,数学,数学-1,数学-2"];
  for (const [i, r] of mine.entries()) lines.push(`${r.studentNumber},70,${(i % 41) + (i % 61)},${i % 41},${i % 61}`);
  const up = await kit.upload("school1", id, lines.join("\n"), "成绩.csv");
  expect(up.body.summary.errors).toBe(0);
  expect((await kit.as("school1", "POST", `/api/exams/${id}/imports/${up.body.job.id}/commit`)).status).toBe(200);
}

const itemMeans = async (id: string) =>
  (await kit.as("jiaoyan", "GET", `/api/exams/${id}/items?subject=math`)).body.items?.map((it: any) => it.mean);

beforeAll(async () => {
  kit = await openExamsKit();
  examId = (await kit.newExam({ name: "小题结构" })).id;
  mine = await kit.roster("school1", examId);
  await importMath(examId);
});
afterAll(() => kit.database.close());

describe("who may edit items", () => {
  it("refuses everyone but 教研室, and asks anonymous callers to sign in", async () => {
    for (const u of ["leader", "jcjy", "school1", "teacher1", "duxue", "admin"] as const) {
      expect((await put(u, examId, "math", { items: math })).status, u).toBe(403);
    }
    expect((await put(null, examId, "math", { items: math })).status).toBe(401);
  });

  it("answers 404 for a missing exam or a subject the exam does not have, 400 for a malformed id", async () => {
    const missing = await put("jiaoyan", "00000000-0000-4000-8000-000000000000", "math", { items: math });
    expect(missing.status).toBe(404);
    const subject = await put("jiaoyan", examId, "physics", { items: [] });
    expect(subject.status).toBe(404);
    expect(subject.body.error.message).toContain("考试中的该科目");
    expect((await put("jiaoyan", "x", "math", { items: math })).status).toBe(400);
  });
});

describe("bad structures", () => {
  it("refuses each with the field and the fix in Chinese", async () => {
    const cases: [unknown, string][] = [
      [
        [{ ...math[0], maxScore: 30 }, math[1]],
        "「数学」各小题满分之和为 90,与科目满分 100 不一致:请调整小题分值,使合计等于 100",
      ],
      [[math[0], { ...math[1], number: "1" }], "「数学」题号「1」重复(第 1 道小题已用):每道小题的题号应不同"],
      [[{ ...math[0], number: "1-1" }, math[1]], "不能含「-」「_」或空格"],
      [[{ ...math[0], number: " " }, math[1]], "请填写题号"],
      [[{ ...math[0], maxScore: -40 }, math[1]], "小题满分应大于 0"],
      [[{ ...math[0], kind: "essay" }, math[1]], "题型应为 objective(客观题)或 subjective(主观题)"],
      [[{ ...math[0], knowledge: "知".repeat(201) }, math[1]], "知识点过长"],
    ];
    for (const [items, message] of cases) {
      const res = await put("jiaoyan", examId, "math", { items });
      expect(res.status, message).toBe(400);
      const messages = [res.body.error.message, ...(res.body.error.details ?? []).map((d: any) => d.message)];
      expect(messages.join(";"), message).toContain(message);
    }
    expect((await put("jiaoyan", examId, "math", { items: "1,2" })).status).toBe(400);
  });

  it("applies the same rules when an exam is created with items", async () => {
    const res = await kit.as("jiaoyan", "POST", "/api/exams", {
      name: "题号不合规",
      heldOn: "2027-01-10",
      schoolYear: 2026,
      term: 1,
      grade: kit.grade,
      subjects: [{ code: "math", name: "数学", fullMarks: 100, items: [{ ...math[0], number: "第1题" }, math[1]] }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ field: "subjects.0.items" });
    expect(res.body.error.message).toContain("不要写「第」「题」字");
  });
});

describe("item scores through structure changes", () => {
  it("keeps item scores when only kinds and knowledge points change, and audits the change", async () => {
    const before = await itemMeans(examId);
    expect(before).toEqual([expect.any(Number), expect.any(Number)]);
    const items = [
      { ...math[0], knowledge: "有理数、整式" },
      { ...math[1], kind: "objective" },
    ];
    const res = await put("jiaoyan", examId, "math", { items });
    expect(res.status).toBe(200);
    expect(res.body.subjects[1].items).toEqual(items);
    expect(await itemMeans(examId)).toEqual(before);
    const audit = await kit.database.db.select().from(auditLog).where(eq(auditLog.action, "exams.update_items"));
    expect(audit.at(-1)).toMatchObject({ targetId: examId, beforeDigest: expect.any(String) });
    expect(audit.at(-1)!.details).toEqual({ subject: "math", items: 2, clearedItemScores: 0 });
  });

  it("moves the other subjects' item scores when a subject before them gets items", async () => {
    const before = await itemMeans(examId);
    const chinese = [
      { number: "1", maxScore: 30, kind: "objective" },
      { number: "2", maxScore: 70, kind: "subjective", knowledge: "作文" },
    ];
    const res = await put("jiaoyan", examId, "chinese", { items: chinese });
    expect(res.status).toBe(200);
    expect(await itemMeans(examId)).toEqual(before);
    const withChinese = await kit.as("jiaoyan", "GET", `/api/exams/${examId}/items?subject=chinese`);
    expect(withChinese.body.items.map((it: any) => it.mean)).toEqual([null, null]);
    expect((await put("jiaoyan", examId, "chinese", { items: [] })).status).toBe(200);
    expect(await itemMeans(examId)).toEqual(before);
  });

  it("clears a subject's item scores that no longer fit only when asked, keeping the subject scores", async () => {
    const changed = [
      { number: "1", maxScore: 50, kind: "objective" },
      { number: "2", maxScore: 50, kind: "subjective" },
    ];
    const refused = await put("jiaoyan", examId, "math", { items: changed });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("EXAM_ITEM_SCORES_EXIST");
    expect(refused.body.error.message).toBe(
      `已有 ${mine.length} 名学生导入了「数学」的小题分:修改题号、分值或题数后这些小题分将被清除(科目成绩保留),确认后请重新导入小题分`,
    );
    const analysis = async () => (await kit.as("jiaoyan", "GET", `/api/exams/${examId}/analysis`)).body.subjects[1];
    const mathBefore = await analysis();
    const done = await put("jiaoyan", examId, "math", { items: changed, discardItemScores: true });
    expect(done.status).toBe(200);
    expect(await itemMeans(examId)).toEqual([null, null]);
    const mathAfter = await analysis();
    expect(mathAfter.county).toMatchObject({ sat: mathBefore.county.sat, mean: mathBefore.county.mean });
    const audit = await kit.database.db.select().from(auditLog).where(eq(auditLog.action, "exams.update_items"));
    expect(audit.at(-1)!.details).toMatchObject({ clearedItemScores: mine.length });
  });
});

describe("published exams", () => {
  it("refuses to change a published version; a correction may, and its publication names the subject", async () => {
    const id = (await kit.newExam({ name: "小题更正" })).id;
    await importMath(id);
    expect((await kit.as("jiaoyan", "POST", `/api/exams/${id}/publish`)).status).toBe(200);
    const refused = await put("jiaoyan", id, "math", { items: math });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("已发布,不能再修改:如需更正,请「新建更正版本」");
    const corr = await kit.as("jiaoyan", "POST", `/api/exams/${id}/corrections`, { note: "数学第2题分值更正" });
    const items = [
      { number: "1", maxScore: 40, kind: "objective" },
      { number: "2", maxScore: 30, kind: "subjective" },
      { number: "3", maxScore: 30, kind: "subjective" },
    ];
    expect((await put("jiaoyan", corr.body.id, "math", { items, discardItemScores: true })).status).toBe(200);
    const pub = await kit.as("jiaoyan", "POST", `/api/exams/${corr.body.id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.changes).toMatchObject({ previousVersion: 1, itemsChanged: ["数学"] });
    const first = await kit.as("jiaoyan", "GET", `/api/exams/${id}`);
    expect(first.body.exam.subjects[1].items).toHaveLength(2);
  });
});
