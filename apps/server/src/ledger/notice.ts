/**
 * The notice (情况通报) of one inspection round as a Word document: what was inspected, by whom, the common
 * problems (共性问题) and the individual ones (个性问题) by unit, the rectification requirements, and the list of
 * findings with their deadlines and current states.
 */
import { ledger } from "@edubureau/core";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import { wordRun } from "../export/wordParts";
import { ledgerStateText } from "./export";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface NoticeFinding {
  targetName: string;
  scope: string;
  commonGroup?: string | null;
  category: string;
  description: string;
  severityLabel: string;
  deadline: string;
  stateLabel: string;
  deadlineStatus: string;
  daysOverdue: number;
  closedOn: string | null;
  measures: string;
}

export interface NoticeInput {
  inspection: {
    title: string;
    typeName: string;
    kindLabel: string;
    inspectedOn: string;
    inspectors: string[];
    selfInspection: boolean;
    summary: string;
  };
  targets: { name: string; summary: { total: number; pass: number; fail: number; na: number; unfilled: number } }[];
  findings: NoticeFinding[];
  today: string;
}

const FONT = "仿宋";
const body = (text: string, options: { indent?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    spacing: { line: 400 },
    indent: options.indent === false ? undefined : { firstLine: 640 },
    children: [wordRun({ text, font: FONT, size: 30, bold: options.bold })],
  });
const heading = (text: string) =>
  new Paragraph({
    spacing: { before: 200, line: 400 },
    indent: { firstLine: 640 },
    children: [wordRun({ text, font: "黑体", size: 30 })],
  });

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [wordRun({ text, font: FONT, size: 22, bold })] })],
  });

/** The common problems once each (with the units they were found at), then the individual ones by unit. */
function problemParagraphs(findings: readonly NoticeFinding[]): Paragraph[] {
  const out: Paragraph[] = [];
  const common = new Map<string, NoticeFinding[]>();
  const individual: NoticeFinding[] = [];
  for (const f of findings) {
    if (f.scope === "common") {
      const key = f.commonGroup ?? `${f.category}|${f.description}`;
      common.set(key, [...(common.get(key) ?? []), f]);
    } else individual.push(f);
  }
  out.push(heading(`(一)共性问题(${common.size}项)`));
  if (common.size === 0) out.push(body("本次检查未发现共性问题。"));
  [...common.values()].forEach((group, i) => {
    const first = group[0]!;
    out.push(
      body(
        `${i + 1}. 【${first.category}】${first.description}(${first.severityLabel};涉及${group.map((g) => g.targetName).join("、")})。`,
      ),
    );
  });
  out.push(heading(`(二)个性问题(${individual.length}项)`));
  if (individual.length === 0) out.push(body("本次检查未发现个性问题。"));
  const byUnit = new Map<string, NoticeFinding[]>();
  for (const f of individual) byUnit.set(f.targetName, [...(byUnit.get(f.targetName) ?? []), f]);
  for (const [unit, list] of byUnit) {
    out.push(body(`${unit}:${list.map((f, i) => `${i + 1}. 【${f.category}】${f.description}`).join(";")}。`));
  }
  return out;
}

function findingTable(findings: readonly NoticeFinding[]): Table {
  const widths = [6, 20, 44, 14, 16];
  const header = new TableRow({
    tableHeader: true,
    children: ["序号", "单位", "问题", "整改时限", "状态"].map((t, i) => cell(t, widths[i] ?? 10, true)),
  });
  const rows = findings.map(
    (f, i) =>
      new TableRow({
        children: [
          String(i + 1),
          f.targetName,
          `【${f.category}】${f.description}`,
          f.deadline,
          ledgerStateText(f),
        ].map((t, j) => cell(t, widths[j] ?? 10)),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [header, ...rows],
  });
}

/** The notice as .docx bytes. */
export async function noticeDocument(input: NoticeInput): Promise<Buffer> {
  const { inspection, targets, findings } = input;
  const counted = findings.filter((f) => f.stateLabel !== ledger.findingState.labels.withdrawn);
  const items = targets.reduce((n, t) => n + t.summary.total - t.summary.unfilled, 0);
  const failed = targets.reduce((n, t) => n + t.summary.fail, 0);
  const closed = counted.filter((f) => f.closedOn).length;
  const who = inspection.selfInspection ? "学校自查" : `${inspection.inspectors.join("、")}组成检查组`;

  const doc = new Document({
    creator: "EduBureau",
    title: `关于${inspection.title}情况的通报`,
    sections: [
      {
        properties: { page: { margin: { top: 2000, bottom: 1800, left: 1600, right: 1500 } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [wordRun({ text: `关于${inspection.title}情况的通报`, font: "方正小标宋简体", size: 40 })],
          }),
          body("各中小学校、幼儿园,各相关单位:", { indent: false }),
          body(
            `${chineseDate(inspection.inspectedOn)},${who}对${targets.map((t) => t.name).join("、")}` +
              `共${targets.length}个单位开展了${inspection.typeName}(${inspection.kindLabel})。现将有关情况通报如下:`,
          ),
          heading("一、基本情况"),
          body(
            `本次检查共查看检查项目${items}项次,不符合${failed}项次,发现问题${counted.length}项` +
              `(截至${chineseDate(input.today)},已整改销号${closed}项)。${inspection.summary}`,
          ),
          heading("二、发现的问题"),
          ...problemParagraphs(counted),
          heading("三、整改要求"),
          body("(一)各单位要高度重视,对照问题清单逐项制定整改措施,明确责任人和整改时限,建立问题台账,实行对账销号。"),
          body("(二)整改完成后,请在平台上传整改前后照片或整改报告等佐证材料并提交复查;确需延期的,须说明理由并经批准。"),
          body("(三)逾期未完成整改的,将予以通报并约谈单位负责人。"),
          heading("四、问题清单"),
          findingTable(counted),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 600 },
            children: [wordRun({ text: "教育局", font: FONT, size: 30 })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [wordRun({ text: chineseDate(input.today), font: FONT, size: 30 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
