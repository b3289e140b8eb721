/**
 * The import of 高考 and 中考 results as the admissions office returns them (录取结果导入), on the shared pipeline:
 * per candidate 考生号, 学籍号 (to match the register), 是否参考, 总分, 录取层次 and 录取学校. The name is read only
 * to check the match and is not kept; a candidate whose 学籍号 is not among the county's 高三 (高考) or 初三 (中考) students
 * of the school year before the exam is kept unmatched (a warning) and left out of the rates. 招生办 imports; all or nothing; importing the same
 * 考生号 again replaces its row.
 */
import { type auth, reports } from "@edubureau/core";
import { takeOffered } from "../db/bulkInsert";
import type { ImportSteps, SheetImporter } from "../excel/importPipeline";
import type { Sheet, SheetSpec } from "../excel/importSheet";
import { templateWorkbook } from "../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../excel/problemCollector";
import { forbidden } from "../http/errors";
import { graduatingStudents } from "../registry/examCandidatesIntake";
import { reportExamResult } from "./tables";

/** Refuses anyone but 招生办. */
export function examResultsImportActor(actor: auth.Actor): auth.Actor {
  if (!reports.mayImportExamResults(actor)) throw forbidden("write:admissions");
  return actor;
}

const columns = ["candidateNumber", "studentNumber", "name", "sat", "totalScore", "tier", "admittedSchool"] as const;
type Column = (typeof columns)[number];
type Row = {
  rowNumber: number;
  candidateNumber: string;
  studentId: string | null;
  schoolId: string | null;
  sat: boolean;
  totalScore: number | null;
  tier: reports.AdmissionTier;
  admittedSchool: string | null;
};

function importerOf(exam: reports.ExamResultKind): SheetImporter {
  const label = reports.examResultLabels[exam];
  const maxScore = exam === "gaokao" ? 750 : 1000;
  const spec: SheetSpec<Column> = {
    kind: exam,
    sheetName: `${label}录取结果`,
    rowNoun: "考生",
    splitHint: "请按学校分成几个文件上传",
    columns,
    headers: {
      candidateNumber: "考生号",
      studentNumber: "学籍号",
      name: "姓名",
      sat: "是否参考",
      totalScore: "总分",
      tier: "录取层次",
      admittedSchool: "录取学校",
    },
    codeColumns: new Set(["candidateNumber", "studentNumber"]),
    dateColumns: new Set(),
    exampleColumn: "name",
  };
  const tiers = reports.tiersOfExam[exam].map((t) => reports.admissionTierLabels[t]);
  const steps: ImportSteps<Column, Row> = {
    tables: [reportExamResult],
    async validate(db, actor, sheet: Sheet<Column>, ctx) {
      examResultsImportActor(actor);
      // the candidates sat in June of the year: on the roll of the school year that began the September before
      const grade = exam === "gaokao" ? 12 : 9;
      const roster = (await graduatingStudents(db, actor.regionCode, ctx.schoolYear - 1)).filter(
        (s) => s.grade === grade,
      );
      const byNumber = new Map(roster.map((s) => [s.studentNumber, s]));
      const p = problemCollector(sheet, spec);
      const rows: Row[] = [];
      for (const row of sheet.rows) {
        p.addRow(row, []);
        const v = (c: Column) => (row.input[c] ?? "").trim();
        const add = (c: Column, message: string, level: "error" | "warning" = "error") =>
          p.add(row.rowNumber, c, message, level);
        const candidateNumber = v("candidateNumber");
        if (!candidateNumber) add("candidateNumber", "请填写考生号(招生考试机构回传的考生号)");
        else if (candidateNumber.length > 30) add("candidateNumber", "考生号过长(最多 30 位),请核对");
        let s = v("studentNumber") ? byNumber.get(v("studentNumber")) : undefined;
        if (!v("studentNumber")) add("studentNumber", "未填写学籍号:该考生不计入升学率,请补填学籍号", "warning");
        else if (!s)
          add(
            "studentNumber",
            `学籍号在本县${ctx.schoolYear - 1}学年${grade === 12 ? "高三" : "初三"}的学籍中找不到:该考生不计入升学率,请核对学籍号`,
            "warning",
          );
        if (s && v("name") && v("name") !== s.name) {
          add("name", "姓名与学籍不一致:请核对是否填错行");
          s = undefined;
        }
        const satText = v("sat") || "是";
        if (satText !== "是" && satText !== "否") add("sat", "是否参考应填“是”或“否”(空白视为是)");
        const sat = satText !== "否";
        let totalScore: number | null = null;
        if (v("totalScore")) {
          const n = Number(v("totalScore"));
          if (!Number.isFinite(n) || n < 0 || n > maxScore) add("totalScore", `总分应为 0 到 ${maxScore} 之间的数字`);
          else totalScore = n;
        } else if (sat) add("totalScore", "参考考生请填写总分");
        const tier = reports.admissionTierOf(exam, v("tier"));
        if (!tier) add("tier", `录取层次应为 ${tiers.join("、")} 之一(从下拉列表中选择;未录取可留空)`);
        else if (!sat && tier !== "none") add("tier", "未参考的考生不能有录取层次,请核对是否参考");
        if (tier && tier !== "none" && !v("admittedSchool")) add("admittedSchool", "已录取的考生请填写录取学校");
        if (v("admittedSchool").length > 100) add("admittedSchool", "录取学校名称过长(最多 100 字)");
        if (!candidateNumber || !tier) continue;
        rows.push({
          rowNumber: row.rowNumber,
          candidateNumber,
          studentId: s?.studentId ?? null,
          schoolId: s?.schoolId ?? null,
          sat,
          totalScore,
          tier,
          admittedSchool: v("admittedSchool") || null,
        });
      }
      markDuplicatesInFile(
        rows,
        (r) => r.rowNumber,
        (r) => r.candidateNumber,
        "candidateNumber",
        { label: "考生号", fix: "同一考生只保留一行" },
        (row, col, message) => p.add(row, col, message),
      );
      return p.finish(rows, (r) => r.rowNumber);
    },
    async write(tx, actor, rows, ctx) {
      if (rows.length === 0) return { candidates: 0 };
      const t = reportExamResult;
      await tx
        .insert(t)
        .values(
          rows.map(({ rowNumber: _, ...r }) => ({
            ...r,
            regionCode: actor.regionCode,
            year: ctx.schoolYear,
            exam,
            updatedBy: actor.userId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })),
        )
        .onConflictDoUpdate({
          target: [t.regionCode, t.year, t.exam, t.candidateNumber],
          set: takeOffered(t, [
            "studentId",
            "schoolId",
            "sat",
            "totalScore",
            "tier",
            "admittedSchool",
            "updatedBy",
            "updatedAt",
          ]),
        });
      return { exam, candidates: rows.length, unmatched: rows.filter((r) => r.studentId === null).length };
    },
  };
  return {
    capability: "reports",
    spec,
    label: `${label}录取结果`,
    yearly: true,
    allOrNothing: true,
    steps: steps as unknown as ImportSteps<string, unknown>,
    template: async (_db, _actor, year, county) =>
      templateWorkbook(spec, {
        county,
        guide: {
          candidateNumber: { required: "必填", how: "招生考试机构回传的考生号", width: 16 },
          studentNumber: { required: "必填", how: "学籍号,用于匹配学籍;匹配不到的考生不计入升学率", width: 20 },
          name: { required: "选填", how: "仅用于核对,不保存", width: 10 },
          sat: { required: "选填", how: "是 或 否(空白为是)", width: 10 },
          totalScore: { required: "参考必填", how: `0–${maxScore}`, width: 8 },
          tier: { required: "必填", how: `${tiers.join("、")}(未录取可留空)`, width: 14 },
          admittedSchool: { required: "录取时必填", how: "录取学校全称", width: 24 },
        },
        lists: [
          { title: "是否", values: ["是", "否"], columns: ["sat"] },
          { title: "录取层次", values: tiers, columns: ["tier"] },
        ],
        example: {
          candidateNumber: exam === "gaokao" ? "26152599000001" : "2615259900001",
          studentNumber: "(填写学籍号)",
          name: "示例考生",
          sat: "是",
          totalScore: exam === "gaokao" ? "532" : "612",
          tier: exam === "gaokao" ? "本科" : "重点高中",
          admittedSchool: exam === "gaokao" ? "示例大学" : "示例县第一中学",
        },
        notes: [
          `每行一名考生:${year} 年${label}的成绩与录取结果,按招生考试机构回传的名单填写。`,
          exam === "gaokao"
            ? "本科升学率 = 参考并被本科(含本科一批)录取的考生 ÷ 参考考生,均只计按学籍号匹配到学籍的考生,保留一位小数。"
            : "重点高中录取率 = 参考并被重点高中录取的考生 ÷ 参考考生,均只计按学籍号匹配到学籍的考生,保留一位小数。",
          "姓名仅用于核对是否填错行,不保存;全部行通过校验才会导入,再次导入同一考生号会替换原结果。",
        ],
      }),
  };
}

export const gaokaoImporter = importerOf("gaokao");
export const zhongkaoImporter = importerOf("zhongkao");
