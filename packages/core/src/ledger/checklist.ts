/**
 * Checklists (检查清单): the items an inspection type checks, each with a category and a severity, and the results
 * filled in per target. The county configures its own templates; `defaultChecklists` gives a starting set for every
 * kind, taken from the usual contents of these checks.
 */
import { type CheckResult, checkResult, type InspectionKind, type Severity, severity } from "./vocabulary";

/** One check item of a template (检查项目). */
export interface ChecklistItem {
  /** stable within the template, e.g. "F01" */
  code: string;
  /** e.g. 消防安全, 食品安全 */
  category: string;
  text: string;
  severity: Severity;
}

/** The result of one item at one target. */
export interface ChecklistEntry {
  code: string;
  result: CheckResult;
  note?: string;
}

export interface ChecklistProblem {
  /** where: "items[2].code", "results[0].result" */
  field: string;
  message: string;
}

/**
 * Problems with a checklist template, in Chinese; empty when it may be saved. Codes must be present and unique,
 * every item needs a category, a text and a known severity.
 *
 * @example checklistTemplateProblems([{ code: "F01", category: "消防安全", text: "灭火器在有效期内", severity: "major" }]) // => []
 */
export function checklistTemplateProblems(items: readonly ChecklistItem[]): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  if (items.length === 0) problems.push({ field: "items", message: "检查清单至少需要一个检查项目" });
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = `第${i + 1}项`;
    const code = item.code?.trim() ?? "";
    if (!code) problems.push({ field: `items[${i}].code`, message: `${at}缺少编号` });
    else if (seen.has(code))
      problems.push({ field: `items[${i}].code`, message: `${at}的编号“${code}”与前面的项目重复` });
    seen.add(code);
    if (!item.category?.trim()) problems.push({ field: `items[${i}].category`, message: `${at}缺少类别` });
    if (!item.text?.trim()) problems.push({ field: `items[${i}].text`, message: `${at}缺少检查内容` });
    if (!severity.codes.includes(item.severity)) {
      problems.push({ field: `items[${i}].severity`, message: `${at}的严重程度应为一般、较大或重大` });
    }
  });
  return problems;
}

/**
 * Problems with a target's filled checklist against its template: unknown items, items answered twice, results
 * other than pass/fail/na, and a failed item without a note saying what was found.
 *
 * @example checklistResultProblems(template, [{ code: "F01", result: "fail" }])
 * // => [{ field: "results[0].note", message: "“F01 灭火器在有效期内”不符合,请写明发现的问题" }]
 */
export function checklistResultProblems(
  template: readonly ChecklistItem[],
  results: readonly ChecklistEntry[],
): ChecklistProblem[] {
  const byCode = new Map(template.map((item) => [item.code, item]));
  const problems: ChecklistProblem[] = [];
  const seen = new Set<string>();
  results.forEach((entry, i) => {
    const item = byCode.get(entry.code);
    if (!item) {
      problems.push({ field: `results[${i}].code`, message: `检查项目“${entry.code}”不在该检查类型的清单中` });
      return;
    }
    if (seen.has(entry.code)) {
      problems.push({ field: `results[${i}].code`, message: `检查项目“${entry.code}”填写了两次` });
    }
    seen.add(entry.code);
    if (!checkResult.codes.includes(entry.result)) {
      problems.push({
        field: `results[${i}].result`,
        message: `“${item.code} ${item.text}”的结果应为符合、不符合或不适用`,
      });
    } else if (entry.result === "fail" && !(entry.note && entry.note.trim().length >= 2)) {
      problems.push({ field: `results[${i}].note`, message: `“${item.code} ${item.text}”不符合,请写明发现的问题` });
    }
  });
  return problems;
}

/** A summary of a filled checklist: items checked, passed, failed, not applicable, and not yet filled. */
export interface ChecklistSummary {
  total: number;
  pass: number;
  fail: number;
  na: number;
  unfilled: number;
}

/**
 * Counts a target's results against its template (unknown codes are ignored).
 *
 * @example summarizeChecklist(threeItems, [{ code: "F01", result: "pass" }, { code: "F02", result: "fail", note: "…" }])
 * // => { total: 3, pass: 1, fail: 1, na: 0, unfilled: 1 }
 */
export function summarizeChecklist(
  template: readonly ChecklistItem[],
  results: readonly ChecklistEntry[],
): ChecklistSummary {
  const codes = new Set(template.map((t) => t.code));
  const answered = new Map<string, CheckResult>();
  for (const r of results) if (codes.has(r.code)) answered.set(r.code, r.result);
  let pass = 0;
  let fail = 0;
  let na = 0;
  for (const result of answered.values()) {
    if (result === "pass") pass++;
    else if (result === "fail") fail++;
    else na++;
  }
  return { total: template.length, pass, fail, na, unfilled: template.length - answered.size };
}

const item = (code: string, category: string, text: string, sev: Severity): ChecklistItem => ({
  code,
  category,
  text,
  severity: sev,
});

/** A starting checklist for every kind of inspection; the county edits its own copies. */
export const defaultChecklists: Record<InspectionKind, readonly ChecklistItem[]> = {
  hazard: [
    item("F01", "消防安全", "灭火器、消火栓配置齐全且在有效期内", "major"),
    item("F02", "消防安全", "疏散通道、安全出口畅通,应急照明和疏散指示完好", "critical"),
    item("F03", "消防安全", "电气线路无私拉乱接,配电室符合要求", "major"),
    item("L01", "防雷安全", "防雷设施经检测合格并在有效期内", "major"),
    item("C01", "食品安全", "食堂持证经营,从业人员持健康证上岗", "critical"),
    item("C02", "食品安全", "食品留样 48 小时、索证索票和出入库台账齐全", "major"),
    item("B01", "校舍安全", "校舍无裂缝、渗漏等安全隐患,危房已停用", "critical"),
    item("P01", "周边安全", "校门口“护学岗”、硬质隔离和视频监控到位", "major"),
    item("P02", "周边安全", "围墙完好,无外来人员随意进出", "minor"),
    item("Y01", "防欺凌", "防欺凌工作机制、排查记录和心理辅导台账完整", "major"),
  ],
  supervision: [
    item("S01", "办学行为", "按国家课程方案开齐开足课程", "major"),
    item("S02", "办学行为", "作业总量和时长符合规定", "minor"),
    item("S03", "办学行为", "不按成绩分班,不公布学生成绩排名", "major"),
    item("S04", "学校管理", "课后服务规范开展并公示", "minor"),
    item("S05", "学校管理", "五项管理(作业、睡眠、手机、读物、体质)落实", "minor"),
    item("S06", "队伍建设", "教师师德师风建设和有偿补课治理到位", "major"),
  ],
  fee: [
    item("M01", "收费项目", "收费项目、标准经批准并公示", "major"),
    item("M02", "代收费", "代收费遵循自愿原则,按实结算并公示", "major"),
    item("M03", "违规收费", "无强制征订教辅、无借机乱收费", "critical"),
    item("M04", "票据管理", "使用规定票据,收支有账可查", "minor"),
  ],
  statistics: [
    item("T01", "数据质量", "学生数与学籍系统一致,无虚报、瞒报", "critical"),
    item("T02", "数据质量", "教职工数与人事档案一致", "major"),
    item("T03", "数据质量", "办学条件数据有台账、有依据", "major"),
    item("T04", "统计管理", "统计人员明确,报表按时报送", "minor"),
  ],
  teaching: [
    item("J01", "备课", "教案完整,集体备课有记录", "minor"),
    item("J02", "上课", "按课表上课,无随意调课、占课", "major"),
    item("J03", "作业", "作业分层设计,批改及时", "minor"),
    item("J04", "辅导", "学困生辅导有计划、有记录", "minor"),
    item("J05", "评价", "考试次数符合规定,成绩实行等级评价", "major"),
  ],
  tutoring: [
    item("X01", "证照资质", "办学许可证、营业执照齐全且在有效期内", "critical"),
    item("X02", "从业人员", "教师具备相应资质,无在职中小学教师兼职", "critical"),
    item("X03", "收费管理", "收费纳入监管,无一次性收取超过3个月费用", "major"),
    item("X04", "场所安全", "消防设施和疏散通道符合要求", "critical"),
    item("X05", "培训内容", "无超纲超前培训,培训时间符合规定", "major"),
  ],
};
