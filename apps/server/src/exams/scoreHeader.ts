/**
 * The header row of a score file, read against the exam: which column identifies the student (学籍号 and/or 考号),
 * whether the file is wide (one row per student, a column per subject and per item "数学-1") or long (one row per
 * student × subject: 科目, 成绩, and optionally a column per item number — "1", "第1题", "17(2)" — holding the item
 * score of the row's subject), and the problems of the header itself.
 */
import { exams as core } from "@edubureau/core";
import type { ImportProblem } from "../excel/problems";
import type { ExamRow } from "./store";

export type Layout = "wide" | "long";

/** A column bound to one subject: its score (item −1) or one of its items (the flattened item index). */
export interface SubjectColumn {
  index: number;
  header: string;
  subject: number;
  item: number;
}

/** A long file's item column: the item with this number of whichever subject the row is for. */
export interface ItemNumberColumn {
  index: number;
  header: string;
  number: string;
}

export interface ScoreHeader {
  layout: Layout;
  /** 学籍号 column, −1 when absent */
  numberCol: number;
  /** 考号 column, −1 when absent */
  examNumberCol: number;
  nameCol: number;
  /** long files: 科目 and 成绩 */
  subjectCol: number;
  scoreCol: number;
  columns: SubjectColumn[];
  itemColumns: ItemNumberColumn[];
  /** the flattened item index of each subject's first item, and the number of items in all */
  itemBase: number[];
  itemTotal: number;
  problems: ImportProblem[];
}

export const NUMBER_HEADERS = ["全国学籍号", "学籍号", "学生学籍号"];
export const EXAM_NUMBER_HEADERS = ["考号", "准考证号"];
/** The import template's masked 学籍号 column: for checking by eye, never matched. */
export const CHECK_NUMBER_HEADER = "学籍号(核对用)";
const IGNORED = new Set(["学校", "班级", "序号", CHECK_NUMBER_HEADER, ""]);

/** The index of the exam's subject a text names (by name or register code), −1 for none. */
export function subjectIndexOf(row: ExamRow, text: string): number {
  return row.subjects.findIndex((s) => s.name === text || s.code === text.toLowerCase());
}

/** Reads the header of a score table against the exam. */
export function readScoreHeader(row: ExamRow, header: string[]): ScoreHeader {
  const problems: ImportProblem[] = [];
  const fileProblem = (message: string) =>
    problems.push({ row: 1, column: "表头", value: "", message, level: "error" });
  const numberCol = header.findIndex((h) => NUMBER_HEADERS.includes(h));
  const examNumberCol = header.findIndex((h) => EXAM_NUMBER_HEADERS.includes(h));
  const nameCol = header.indexOf("姓名");
  const subjectCol = header.indexOf("科目");
  const scoreCol = header.findIndex((h) => h === "成绩" || h === "分数");
  const layout: Layout = subjectCol >= 0 && scoreCol >= 0 ? "long" : "wide";
  const ignored = (h: string) =>
    problems.push({
      row: 1,
      column: h,
      value: h,
      message: `表头「${h}」不是本次考试的科目或小题(科目:${row.subjects.map((s) => s.name).join("、")};小题写作「数学-1」${layout === "long" ? ",长表也可只写题号「1」" : ""}):该列已忽略`,
      level: "warning",
    });
  const itemBase: number[] = [];
  let itemTotal = 0;
  for (const s of row.subjects) {
    itemBase.push(itemTotal);
    itemTotal += s.items?.length ?? 0;
  }
  if (numberCol < 0 && examNumberCol < 0) {
    fileProblem(
      "表头中没有「学籍号」列(也没有「考号」列):请使用成绩模板,或在第一行加上「学籍号」列(全国学籍号,19位)或「考号」列(考号名单中的7位考号)",
    );
  }
  const known = new Set([numberCol, examNumberCol, nameCol, subjectCol, scoreCol]);
  const columns: SubjectColumn[] = [];
  const itemColumns: ItemNumberColumn[] = [];
  const taken = new Map<string, string>();
  const take = (key: string, h: string) => {
    const first = taken.get(key);
    if (first !== undefined) fileProblem(`表头「${first}」与「${h}」是同一列内容:请删去其中一列`);
    taken.set(key, h);
  };
  const allNumbers = new Set(row.subjects.flatMap((s) => (s.items ?? []).map((it) => core.itemNumberKey(it.number))));
  header.forEach((h, index) => {
    if (known.has(index) || IGNORED.has(h) || EXAM_NUMBER_HEADERS.includes(h) || NUMBER_HEADERS.includes(h)) return;
    const k = subjectIndexOf(row, h);
    if (k >= 0 && layout === "wide") {
      take(`${k}:-1`, h);
      columns.push({ index, header: h, subject: k, item: -1 });
      return;
    }
    const m = /^(.+?)[-—_](?:第)?([^-—_]+?)(?:题)?$/.exec(h);
    const ks = m ? subjectIndexOf(row, m[1]!) : -1;
    const items = ks >= 0 ? (row.subjects[ks]!.items ?? []) : [];
    const it = m ? items.findIndex((x) => core.itemNumberKey(x.number) === core.itemNumberKey(m[2]!)) : -1;
    if (ks >= 0 && it >= 0) {
      take(`${ks}:${it}`, h);
      columns.push({ index, header: h, subject: ks, item: itemBase[ks]! + it });
      return;
    }
    const number = core.itemNumberKey(h);
    if (layout === "long" && allNumbers.has(number)) {
      take(`#${number}`, h);
      itemColumns.push({ index, header: h, number });
      return;
    }
    ignored(h);
  });
  for (const c of itemColumns) {
    const same = columns.find(
      (d) =>
        d.item >= 0 &&
        core.itemNumberKey(row.subjects[d.subject]!.items![d.item - itemBase[d.subject]!]!.number) === c.number,
    );
    if (same) fileProblem(`表头「${c.header}」与「${same.header}」是同一列内容:请删去其中一列`);
  }
  if (layout === "wide") {
    if (!columns.some((c) => c.item === -1) && problems.every((p) => p.level !== "error")) {
      fileProblem(
        `表头中没有本次考试的科目列:请使用成绩模板,科目列名为 ${row.subjects.map((s) => `「${s.name}」`).join("")}`,
      );
    }
    const orphan = columns.find((c) => c.item >= 0 && !columns.some((d) => d.item === -1 && d.subject === c.subject));
    if (orphan) {
      const name = row.subjects[orphan.subject]!.name;
      fileProblem(`有「${name}」的小题分,但没有该科目的总分列:请加上「${name}」列`);
    }
  }
  return {
    layout,
    numberCol,
    examNumberCol,
    nameCol,
    subjectCol,
    scoreCol,
    columns,
    itemColumns,
    itemBase,
    itemTotal,
    problems,
  };
}
