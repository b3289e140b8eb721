/**
 * The results import (体质测试成绩导入) on the shared pipeline (excel/importPipeline.ts): the columns schools already
 * keep, each row matched to the register (学籍号; or, without it, the school's 考号 kept from an earlier file — see core's
 * fitness/examNumber.ts; or 姓名 + 年级 + 班级 in the school), 免测/缓测 with
 * reason (and proof for 免测) kept apart from missing items, times as seconds, m′ss″ or 分.秒, and core's
 * plausibility checks. All or nothing: any error refuses the whole file, with a marked-up report.
 */
import { type auth, calendar, fitness, registry } from "@edubureau/core";
import { authorize, scopeOf } from "../auth/authorize";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import type { ImportSteps, SheetImporter } from "../excel/importPipeline";
import type { Sheet, SheetSpec } from "../excel/importSheet";
import { templateWorkbook } from "../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../excel/problemCollector";
import { forbidden } from "../http/errors";
import { type EnrolledStudent, enrolledStudents } from "../registry/fitnessIntake";
import { type MeasuredResult, writeScoredResults } from "./commands";
import { keptExamNumbers } from "./store";
import { fitnessResult } from "./tables";

const itemColumns = fitness.fitnessItems;
type ItemColumn = (typeof itemColumns)[number];
export const resultColumns = [
  "studentNumber",
  "examNumber",
  "name",
  "sex",
  "grade",
  "className",
  "status",
  "reason",
  "proof",
  "height",
  "weight",
  ...itemColumns,
] as const;
export type ResultColumn = (typeof resultColumns)[number];

export const resultSheet: SheetSpec<ResultColumn> = {
  kind: "results",
  sheetName: "体质测试成绩",
  rowNoun: "学生",
  splitHint: "请按年级分成几个文件上传",
  columns: resultColumns,
  headers: {
    studentNumber: "学籍号",
    examNumber: "考号",
    name: "姓名",
    sex: "性别",
    grade: "年级",
    className: "班级",
    status: "测试状态",
    reason: "免测/缓测原因",
    proof: "证明材料",
    height: "身高",
    weight: "体重",
    vital: "肺活量",
    run50: "50米跑",
    sit_reach: "坐位体前屈",
    rope: "1分钟跳绳",
    situp: "1分钟仰卧起坐",
    shuttle: "50米×8往返跑",
    jump: "立定跳远",
    pullup: "引体向上",
    run1000: "1000米跑",
    run800: "800米跑",
  },
  codeColumns: new Set(["studentNumber", "examNumber"]),
  dateColumns: new Set(),
  exampleColumn: "name",
};

const GRADE_NAMES: Record<string, number> = {
  一年级: 1,
  二年级: 2,
  三年级: 3,
  四年级: 4,
  五年级: 5,
  六年级: 6,
  七年级: 7,
  八年级: 8,
  九年级: 9,
  初一: 7,
  初二: 8,
  初三: 9,
  高一: 10,
  高二: 11,
  高三: 12,
};

function gradeOf(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return GRADE_NAMES[t] ?? null;
}

type Row = MeasuredResult & { rowNumber: number; schoolId: string };

/** The county's section imports any school's results; a school administrator their own school's. */
function importerScope(actor: auth.Actor): string | null {
  if (actor.role === "school_admin" && actor.schoolId && fitness.mayImportResults(actor, actor.schoolId))
    return actor.schoolId;
  if (actor.role === "section" && fitness.mayImportResults(actor, "")) return null;
  throw forbidden("fitness.importResults");
}

const steps: ImportSteps<ResultColumn, Row> = {
  tables: [fitnessResult],
  async validate(db: Db | Tx, actor, sheet: Sheet<ResultColumn>, ctx) {
    const schoolId = importerScope(actor);
    const roster = await enrolledStudents(db, actor.regionCode, schoolId, ctx.schoolYear);
    const byNumber = new Map(roster.map((s) => [s.studentNumber, s]));
    const byName = new Map<string, EnrolledStudent[]>();
    for (const s of roster) {
      const k = `${s.name}|${s.grade}|${s.className ?? ""}`;
      byName.set(k, [...(byName.get(k) ?? []), s]);
    }
    const byId = new Map(roster.map((s) => [s.studentId, s]));
    const findExamNumber = fitness.examNumberLookup(
      await keptExamNumbers(db, actor.regionCode, schoolId),
      new Set(byId.keys()),
    );
    const std = fitness.defaultStandard();
    const p = problemCollector(sheet, resultSheet);
    const candidates: Row[] = [];
    const where = schoolId ? "本校" : "全县";
    for (const row of sheet.rows) {
      p.addRow(row, []);
      const v = (c: ResultColumn) => (row.input[c] ?? "").trim();
      const add = (c: ResultColumn, message: string, level: "error" | "warning" = "error") =>
        p.add(row.rowNumber, c, message, level);
      // the student
      let s: EnrolledStudent | undefined;
      const grade = v("grade") ? gradeOf(v("grade")) : null;
      if (v("grade") && grade === null) add("grade", "年级应为 1–12 或“七年级”“高一”这样的写法,请改正");
      const examNumber = fitness.normalizeFitnessExamNumber(v("examNumber"));
      const byExamNumber = examNumber && !v("studentNumber") ? findExamNumber(examNumber) : null;
      if (v("studentNumber")) {
        s = byNumber.get(v("studentNumber"));
        if (!s)
          add(
            "studentNumber",
            `学籍号在${where}${ctx.schoolYear}学年的在校学籍中找不到:请核对学籍号,转入的学生请先在学籍中办理转入`,
          );
      } else if (byExamNumber?.kind === "found") s = byId.get(byExamNumber.studentId);
      else if (byExamNumber?.kind === "ambiguous")
        add(
          "examNumber",
          `考号 ${examNumber} 在${where}${byExamNumber.testYear}学年登记给了 ${byExamNumber.students} 名学生,无法确定是谁:请填写学籍号`,
        );
      else if (v("name") && grade !== null) {
        const found = byName.get(`${v("name")}|${grade}|${v("className")}`) ?? [];
        if (found.length === 1) s = found[0];
        else
          add(
            examNumber ? "examNumber" : "studentNumber",
            found.length === 0
              ? examNumber
                ? `考号 ${examNumber} 在${where}还没有登记(此前的文件没有同时填写这个考号和学籍号),按姓名、年级、班级也找不到这名学生:请填写学籍号`
                : `请填写学籍号:按姓名、年级、班级在${where}学籍中找不到这名学生`
              : "请填写学籍号:同班有重名学生,无法按姓名确定",
          );
      } else if (examNumber)
        add(
          "examNumber",
          `考号 ${examNumber} 在${where}还没有登记(此前的文件没有同时填写这个考号和学籍号):请填写学籍号,或姓名、年级和班级`,
        );
      else add("studentNumber", "请填写学籍号(或考号,或姓名、年级和班级)");
      if (!s) continue;
      if (v("name") && v("name") !== s.name) add("name", `姓名与学籍不一致(学籍为“${s.name}”):请核对是否填错行`);
      const sex: fitness.Sex = s.gender === "F" ? "female" : "male";
      if (v("sex") && !["男", "女"].includes(v("sex"))) add("sex", "性别应填“男”或“女”");
      else if (v("sex") && (v("sex") === "女") !== (sex === "female"))
        add("sex", `性别与学籍不一致(学籍为${sex === "female" ? "女" : "男"}):请核对是否填错行`);
      if (grade !== null && grade !== s.grade)
        add("grade", `年级与学籍不一致(学籍为${s.grade}年级):请核对是否填错行或学年`);
      // status
      const statusText = v("status") || "已测";
      const status =
        statusText === "已测" ? "tested" : statusText === "免测" ? "exempt" : statusText === "缓测" ? "deferred" : null;
      if (!status) {
        add("status", "测试状态应为“已测”“免测”或“缓测”(空白视为已测)");
        continue;
      }
      if (status !== "tested" && !v("reason")) add("reason", `${statusText}须填写原因,如“骨折术后康复期”`);
      if (status === "exempt" && !v("proof")) add("proof", "免测须注明证明材料,如“县人民医院诊断证明”,并留存原件");
      // values
      const num = (c: ResultColumn, label: string, unit: string): number | null => {
        const t = v(c);
        if (!t) return null;
        const n = Number(t);
        if (!Number.isFinite(n)) {
          add(c, `${label}应为数字(单位:${unit}),请删除文字和单位`);
          return null;
        }
        return n;
      };
      const heightCm = num("height", "身高", "厘米");
      const weightKg = num("weight", "体重", "千克");
      const values: Partial<Record<fitness.FitnessItem, number>> = {};
      for (const item of itemColumns) {
        const t = v(item);
        if (!t) continue;
        const label = fitness.fitnessItemLabels[item];
        const n = fitness.lowerIsBetter.has(item) ? fitness.parseRunTime(t, item) : Number(t);
        if (n === null || !Number.isFinite(n)) {
          add(
            item as ItemColumn,
            fitness.lowerIsBetter.has(item)
              ? `${label}应为秒数(如 ${item === "run50" ? "8.6" : "235"})或分秒(如 3′55″、3.55)`
              : `${label}应为数字(单位:${fitness.fitnessItemUnits[item]}),请删除文字和单位`,
          );
          continue;
        }
        values[item] = n;
      }
      if (status !== "tested") {
        if (Object.keys(values).length > 0)
          add("status", `${statusText}学生填写了测试成绩:成绩不会计入,请核对测试状态`, "warning");
        candidates.push({
          rowNumber: row.rowNumber,
          schoolId: s.schoolId,
          studentId: s.studentId,
          classId: s.classId,
          grade: s.grade,
          sex,
          status,
          examNumber: examNumber || null,
          exemptReason: v("reason") || null,
          exemptProof: v("proof") || null,
          heightCm: null,
          weightKg: null,
          values: {},
        });
        continue;
      }
      const required = fitness.requiredItems(std, s.grade, sex);
      const m = { grade: s.grade, sex, heightCm, weightKg, values };
      for (const problem of fitness.checkMeasurement(m, required)) {
        add(
          problem.field === "heightCm" ? "height" : problem.field === "weightKg" ? "weight" : problem.field,
          problem.message,
        );
      }
      const missing = [
        ...(heightCm === null ? ["身高"] : []),
        ...(weightKg === null ? ["体重"] : []),
        ...required.filter((i) => values[i] === undefined).map((i) => fitness.fitnessItemLabels[i]),
      ];
      if (missing.length > 0)
        add(
          "status",
          `缺测 ${missing.join("、")}:该生将列为“成绩不完整”,不计总分;如属免测、缓测请填写测试状态`,
          "warning",
        );
      candidates.push({
        rowNumber: row.rowNumber,
        schoolId: s.schoolId,
        studentId: s.studentId,
        classId: s.classId,
        grade: s.grade,
        sex,
        status,
        examNumber: examNumber || null,
        heightCm,
        weightKg,
        values,
      });
    }
    markDuplicatesInFile(
      candidates,
      (r) => r.rowNumber,
      (r) => r.studentId,
      "studentNumber",
      { label: "学生", fix: "同一学生只保留一行" },
      (row, col, message) => p.add(row, col, message),
    );
    markDuplicatesInFile(
      candidates,
      (r) => r.rowNumber,
      (r) => r.examNumber ?? null,
      "examNumber",
      { label: "考号", fix: "一个考号只能对应一名学生,请核对" },
      (row, col, message) => p.add(row, col, message),
    );
    // a 考号 kept this year for a student who is not in the file cannot be given to another
    const inFile = new Set(candidates.map((c) => c.studentId));
    for (const c of candidates) {
      if (!c.examNumber) continue;
      const held = findExamNumber(c.examNumber);
      if (held.kind !== "found" || held.testYear !== ctx.schoolYear) continue;
      if (held.studentId === c.studentId || inFile.has(held.studentId)) continue;
      const other = byId.get(held.studentId);
      p.add(
        c.rowNumber,
        "examNumber",
        `考号 ${c.examNumber} 本学年已登记给另一名学生(${other?.name ?? ""},学籍号 ${registry.maskStudentNumber(other?.studentNumber ?? "")}):一个考号只能对应一名学生,请核对`,
      );
    }
    return p.finish(candidates, (r) => r.rowNumber);
  },
  async write(tx, actor, rows, ctx) {
    const bySchool = new Map<string, Row[]>();
    for (const r of rows) bySchool.set(r.schoolId, [...(bySchool.get(r.schoolId) ?? []), r]);
    const testDate = calendar.beijingDate(ctx.now);
    const versions = new Set<string>();
    let scored = 0;
    for (const [schoolId, list] of bySchool) {
      const run = await writeScoredResults(
        tx,
        {
          regionCode: actor.regionCode,
          schoolId,
          testYear: ctx.schoolYear,
          testDate,
          source: "import",
          fileName: ctx.jobId,
          createdBy: actor.userId,
          now: ctx.now,
        },
        list,
      );
      versions.add(run.version);
      scored += run.scored;
    }
    return { schools: bySchool.size, scored, versions: [...versions] };
  },
};

/** The fitness results importer (capability "fitness": audit actions fitness.import_upload, fitness.import). */
export const resultsImporter: SheetImporter = {
  capability: "fitness",
  spec: resultSheet,
  label: "体质测试成绩",
  yearly: true,
  allOrNothing: true,
  steps: steps as unknown as ImportSteps<string, unknown>,
  template: async (_db, _actor, year, county) =>
    templateWorkbook(resultSheet, {
      county,
      guide: {
        studentNumber: { required: "必填(或填考号,或姓名、年级、班级)", how: "全国学籍号,与学籍一致", width: 22 },
        examNumber: {
          required: "选填",
          how: "学校自编考号;与学籍号同填一次后,之后的文件可只填考号",
          width: 14,
        },
        name: { required: "必填", how: "与学籍一致", width: 10 },
        sex: { required: "必填", how: "男 或 女", width: 6 },
        grade: { required: "必填", how: "1–12,或 一年级…九年级、高一…高三", width: 8 },
        className: { required: "选填", how: "如 三(2)班", width: 10 },
        status: { required: "选填", how: "已测(空白)、免测 或 缓测", width: 10 },
        reason: { required: "免测、缓测必填", how: "如 骨折术后康复期", width: 18 },
        proof: { required: "免测必填", how: "如 县人民医院诊断证明(原件学校留存)", width: 20 },
        height: { required: "必填", how: "厘米,如 145.2(不要填米)", width: 8 },
        weight: { required: "必填", how: "千克,如 38.5", width: 8 },
        vital: { required: "必测", how: "毫升,如 1850", width: 8 },
        run50: { required: "必测", how: "秒,保留一位小数,如 9.8", width: 8 },
        sit_reach: { required: "必测", how: "厘米,可为负数,如 6.5", width: 10 },
        rope: { required: "1–6年级必测", how: "次", width: 10 },
        situp: { required: "3–6年级、7–12年级女生必测", how: "次", width: 12 },
        shuttle: { required: "5–6年级必测", how: "秒,或 1′45″ / 1.45", width: 12 },
        jump: { required: "7–12年级必测", how: "厘米", width: 10 },
        pullup: { required: "7–12年级男生必测", how: "次", width: 10 },
        run1000: { required: "7–12年级男生必测", how: "3′55″、3.55(分.秒)或 235(秒)", width: 12 },
        run800: { required: "7–12年级女生必测", how: "3′40″、3.40(分.秒)或 220(秒)", width: 12 },
      },
      lists: [{ title: "测试状态", values: ["已测", "免测", "缓测"], columns: ["status"] }],
      example: {
        studentNumber: "G110105201501010011",
        examNumber: "0301",
        name: "示例张三",
        sex: "男",
        grade: "3",
        className: "三(1)班",
        status: "已测",
        reason: "",
        proof: "",
        height: "135.2",
        weight: "30.5",
        vital: "1650",
        run50: "10.1",
        sit_reach: "8.5",
        rope: "120",
        situp: "35",
        shuttle: "",
        jump: "",
        pullup: "",
        run1000: "",
        run800: "",
      },
      notes: [
        `每行填写一名学生在 ${year} 学年的测试成绩,只填该年级、性别的必测项目。`,
        "跑类项目可填秒数,也可填 3′55″ 或 3.55(分.秒);身高填厘米、体重填千克。",
        "全部行通过校验才会导入(不能只导入部分行);再次导入同一学生会替换其本学年成绩。",
        "考号:某个文件同时填写了学籍号和考号后,系统记住这个考号;以后的文件(如补测、测试仪导出)可只填考号。一个考号只能对应一名学生;全县导入时各校考号相同的,须填学籍号。",
      ],
    }),
};

/** Refuses anyone who may not import results (the section's staff for any school, a school for its own). */
export function authorizeResultsImport(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "fitness");
  importerScope(a);
  scopeOf(a, "fitness");
  return a;
}
