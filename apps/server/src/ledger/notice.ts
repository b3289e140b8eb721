/**
 * The notice (情况通报) of one inspection round as a Word document: what was inspected, by whom, the common
 * problems (共性问题) and the individual ones (个性问题) by unit, the rectification requirements, and the list of
 * findings with their deadlines and current states.
 */
import { ledger } from "@edubureau/core";
import { AlignmentType, Paragraph } from "docx";
import { bureauName, chineseDate, wordDocument, wordHeading, wordRun, wordTable, wordTitle } from "../export/wordParts";
import { ledgerStateText } from "./export";

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
  /** the county's name (北原县): the notice is signed by its education bureau */
  countyName: string;
}

const FONT = "仿宋";
const body = (text: string, options: { indent?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    spacing: { line: 400 },
    indent: options.indent === false ? undefined : { firstLine: 640 },
    children: [wordRun({ text, font: FONT, size: 30, bold: options.bold })],
  });
/** A first-level heading (一、) in 黑体, a second-level one ((一)) in 楷体; both kept with what follows. */
const heading = (text: string) => wordHeading(text, { font: "黑体", size: 30, indent: 640, bold: false });
const subheading = (text: string) => wordHeading(text, { font: "楷体", size: 30, indent: 640, bold: false });

/**
 * An inspector as the notice names them: a unit and a name written with a middle dot, a slash or a dash between them
 * ("督导室·刘强") become "督导室 刘强"; a name alone stays as it is.
 *
 * @example inspectorName("督导室·刘强") // "督导室 刘强"
 */
export function inspectorName(entry: string): string {
  return entry
    .trim()
    .split(/\s*[·•・/|]\s*|\s+-\s+|\s+/)
    .filter(Boolean)
    .join(" ");
}

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
  out.push(subheading(`(一)共性问题(${common.size}项)`));
  if (common.size === 0) out.push(body("本次检查未发现共性问题。"));
  [...common.values()].forEach((group, i) => {
    const first = group[0]!;
    out.push(
      body(
        `${i + 1}. 【${first.category}】${first.description}(${first.severityLabel};涉及${group.map((g) => g.targetName).join("、")})。`,
      ),
    );
  });
  out.push(subheading(`(二)个性问题(${individual.length}项)`));
  if (individual.length === 0) out.push(body("本次检查未发现个性问题。"));
  const byUnit = new Map<string, NoticeFinding[]>();
  for (const f of individual) byUnit.set(f.targetName, [...(byUnit.get(f.targetName) ?? []), f]);
  for (const [unit, list] of byUnit) {
    out.push(body(`${unit}:${list.map((f, i) => `${i + 1}. 【${f.category}】${f.description}`).join(";")}。`));
  }
  return out;
}

/** The list of findings: unit, problem, deadline and state; dates and states never broken across lines. */
function findingTable(findings: readonly NoticeFinding[]) {
  return wordTable(
    ["序号", "单位", "问题", "整改时限", "状态"],
    findings.map((f, i) => [i + 1, f.targetName, `【${f.category}】${f.description}`, f.deadline, ledgerStateText(f)]),
    { font: FONT, size: 22 },
  );
}

/**
 * What the inspection did, in one sentence: the checklist's items and failures when a checklist was filled, the units
 * inspected otherwise; the problems found and how many are closed.
 */
export function basicFacts(input: Pick<NoticeInput, "targets" | "today">, counted: number, closed: number): string {
  const items = input.targets.reduce((n, t) => n + t.summary.total - t.summary.unfilled, 0);
  const failed = input.targets.reduce((n, t) => n + t.summary.fail, 0);
  const checked =
    items > 0
      ? `本次检查共查看检查项目${items}项次,不符合${failed}项次`
      : `本次检查共检查${input.targets.length}个单位`;
  const found =
    counted > 0
      ? `,发现问题${counted}项(截至${chineseDate(input.today)},已整改销号${closed}项)。`
      : ",未发现需要整改的问题。";
  return checked + found;
}

/** The notice as .docx bytes, signed by the county's education bureau with the date of the export. */
export async function noticeDocument(input: NoticeInput): Promise<Buffer> {
  const { inspection, targets, findings } = input;
  const counted = findings.filter((f) => f.stateLabel !== ledger.findingState.labels.withdrawn);
  const closed = counted.filter((f) => f.closedOn).length;
  const bureau = bureauName(input.countyName);
  const type = inspection.typeName.trim() || inspection.kindLabel;
  const units = `${targets.map((t) => t.name).join("、")}${targets.length > 1 ? `共${targets.length}个单位` : ""}`;
  const opening = inspection.selfInspection
    ? `${chineseDate(inspection.inspectedOn)},${units}开展了${type.includes("自查") ? type : `${type}自查`}。`
    : `${chineseDate(inspection.inspectedOn)},${bureau}组织检查组(成员:${inspection.inspectors.map(inspectorName).join("、")})对${units}开展了${type}。`;
  const title = `关于${inspection.title}情况的通报`;

  return wordDocument({
    title,
    countyName: input.countyName,
    font: FONT,
    children: [
      wordTitle(title, { font: "方正小标宋简体", size: 40, bold: false }),
      body("各中小学校、幼儿园,各相关单位:", { indent: false }),
      body(`${opening}现将有关情况通报如下:`),
      heading("一、基本情况"),
      body(`${basicFacts(input, counted.length, closed)}${inspection.summary}`),
      heading("二、发现的问题"),
      ...problemParagraphs(counted),
      ...(counted.length > 0
        ? [
            heading("三、整改要求"),
            body("(一)各单位要高度重视,对照问题清单逐项制定整改措施,明确责任人和整改时限,建立问题台账,实行对账销号。"),
            body(
              "(二)整改完成后,请在平台上传整改前后照片或整改报告等佐证材料并提交复查;确需延期的,须说明理由并经批准。",
            ),
            body("(三)逾期未完成整改的,将予以通报并约谈单位负责人。"),
            heading("四、问题清单"),
            findingTable(counted),
          ]
        : [heading("三、工作要求"), body("各单位要巩固检查成果,坚持常态化自查自纠,发现问题及时整改、及时报告。")]),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 600 },
        keepNext: true,
        keepLines: true,
        children: [wordRun({ text: bureau, font: FONT, size: 30 })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [wordRun({ text: chineseDate(input.today), font: FONT, size: 30 })],
      }),
    ],
  });
}
