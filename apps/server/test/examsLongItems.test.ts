/**
 * Long score files (one row per student × subject) with item scores, on the real database: item columns named by
 * item number ("1", "第2题") or by subject and number ("数学-1"), checked as the wide format checks them — each
 * item within its maximum, all items filled, items adding up to the subject score, none for an absent subject —
 * and the item analysis computed from what was imported.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExamsKit, openExamsKit, type RosterRow } from "./examsKit";

let kit: ExamsKit;
let examId: string;
let mine: RosterRow[];

beforeAll(async () => {
  kit = await openExamsKit();
  examId = (await kit.newExam({ name: "长表小题" })).id;
  mine = await kit.roster("school1", examId);
});
afterAll(() => kit.database.close());

describe("long files with item scores", () => {
  it("reports every bad item cell by row and column, in Chinese, and writes nothing", async () => {
    const [a, b, c, d, e, f, g] = mine;
    const lines = [
      "学籍号,科目,成绩,1,第2题,数学-1",
      `${a!.studentNumber},数学,70,45,25,`, // row 2: item 1 above its 40
      `${b!.studentNumber},数学,70,30,30,`, // row 3: 60 ≠ 70
      `${c!.studentNumber},数学,70,30,,`, // row 4: item 2 missing
      `${d!.studentNumber},语文,70,30,40,`, // row 5: 语文 has no items
      `${e!.studentNumber},数学,缺考,10,,`, // row 6: absent with an item score
      `${f!.studentNumber},数学,70,,,`, // row 7: no items: fine
      `${g!.studentNumber},数学,70,,,30`, // row 8: "数学-1" and "1" name the same item
    ];
    const res = await kit.upload("school1", examId, lines.join("\n"), "长表.csv");
    expect(res.status).toBe(201);
    expect(res.body.problems).toEqual([
      expect.objectContaining({ row: 1, column: "表头", message: "表头「1」与「数学-1」是同一列内容:请删去其中一列" }),
    ]);
    const fixed = lines.map((l) => l.replace(/,[^,]*$/, "")).slice(0, 7);
    const res2 = await kit.upload("school1", examId, fixed.join("\n"), "长表.csv");
    const at = (row: number) => res2.body.problems.filter((p: any) => p.row === row);
    expect(at(2)[0]).toMatchObject({ column: "1", value: "45", message: "分数 45 超过满分 40:请核对后改正" });
    expect(at(3)[0]).toMatchObject({
      column: "成绩",
      message: "数学各小题得分之和为 60,与科目成绩 70 不一致:请核对",
    });
    expect(at(4)[0].message).toBe("数学有 1 道小题未填分:请补全(得 0 分填 0)");
    expect(at(5).map((p: any) => p.column)).toEqual(["1", "第2题"]);
    expect(at(5)[0].message).toBe("语文没有设置小题结构:该格应留空,或请教研室在考试设置中添加小题");
    expect(at(6)[0].message).toBe("数学填为缺考,但有小题分:缺考的学生小题分应留空");
    expect(at(7)).toEqual([]);
    expect(res2.body.summary.errors).toBe(6);
    const commit = await kit.as("school1", "POST", `/api/exams/${examId}/imports/${res2.body.job.id}/commit`);
    expect(commit.status).toBe(409);
  });

  it("refuses an item number the row's subject does not have, and a subject-named item column on another subject's row", async () => {
    const lines = [
      "学籍号,科目,成绩,1,数学-2",
      `${mine[0]!.studentNumber},语文,70,,30`, // 数学-2 on a 语文 row
    ];
    const res = await kit.upload("school1", examId, lines.join("\n"), "长表.csv");
    expect(res.body.problems[0]).toMatchObject({
      row: 2,
      column: "数学-2",
      message: "本行科目是语文,「数学-2」列应留空(每行只填本行科目的小题分)",
    });
    const unknown = await kit.upload(
      "school1",
      examId,
      `学籍号,科目,成绩,3\n${mine[0]!.studentNumber},语文,70,\n`,
      "x.csv",
    );
    expect(unknown.body.problems[0]).toMatchObject({ column: "3", level: "warning" });
    expect(unknown.body.problems[0].message).toContain("该列已忽略");
  });

  it("imports a clean long xlsx with items and analyses the items from it", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("成绩");
    sheet.addRow(["学籍号", "姓名", "科目", "成绩", "第1题", "第2题"]);
    mine.forEach((r, i) => {
      const item1 = (i * 7) % 41;
      const item2 = (i * 11) % 61;
      sheet.addRow([r.studentNumber, r.name, "语文", 50 + (i % 50)]);
      sheet.addRow([r.studentNumber, r.name, "数学", item1 + item2, item1, item2]);
    });
    const up = await kit.upload("school1", examId, Buffer.from(await wb.xlsx.writeBuffer()), "长表.xlsx");
    expect(up.body.summary).toMatchObject({ layout: "long", errors: 0, warnings: 0, students: mine.length });
    expect(up.body.summary.subjects).toEqual(["语文", "数学"]);
    const commit = await kit.as("school1", "POST", `/api/exams/${examId}/imports/${up.body.job.id}/commit`);
    expect(commit.body).toEqual({ written: mine.length, added: 0 });
    const items = await kit.as("school1", "GET", `/api/exams/${examId}/items?subject=math`);
    expect(items.status).toBe(200);
    expect(items.body.sat).toBe(mine.length);
    const mean1 = mine.reduce((n, _, i) => n + ((i * 7) % 41), 0) / mine.length;
    expect(items.body.items[0].mean).toBeCloseTo(mean1, 6);
  });
});
