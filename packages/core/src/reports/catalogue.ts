import type { Capability } from "../auth/roles";
import { capabilityFigures } from "./catalogueCapabilities";

/** The chapters of a bureau's year-end work report (年度工作总结), in the order a report reads. */
export const reportGroupLabels = {
  popularisation: "教育普及",
  balance: "均衡发展",
  quality: "教育质量",
  workforce: "队伍建设",
  safety: "安全与督导",
  admissions: "招生入学",
  services: "服务保障",
} as const;
export type ReportGroup = keyof typeof reportGroupLabels;
export const reportGroups = Object.keys(reportGroupLabels) as ReportGroup[];

/** How a figure's value is written: a count with its measure word, a percentage, or a coefficient. */
export type FigureUnit = "所" | "人" | "个" | "次" | "项" | "册" | "%" | "系数" | "差异系数";

/**
 * One entry of the figure catalogue (指标目录): what the figure counts and how, so that the cockpit, the work
 * report and the exports state only defined figures (methods.md §12).
 */
export interface FigureDefinition {
  /** stable key, `<capability>.<name>` */
  key: string;
  /** the figure's name in a report, e.g. 整改率 */
  name: string;
  group: ReportGroup;
  /** the capability whose records the figure is computed from */
  capability: Capability;
  unit: FigureUnit;
  /** what is counted (分子), or the whole of a count */
  numerator: string;
  /** what it is divided by (分母); null for a count */
  denominator: string | null;
  /** the date the figure is counted at (统计时点) */
  asOf: string;
  /** what is left out (不计入) */
  excludes: string;
  /**
   * The sentence in the register of a work report, with `{value}` (the formatted value), `{numerator}` and
   * `{denominator}`; the change against last year is appended by `figureSentence`.
   */
  template: string;
  /** a rise is good news (true), bad news (false), or neither (null): the cockpit colours the change by it */
  higherIsBetter: boolean | null;
}

const SEPT = "统计年度9月1日(学年初统计时点)";
const CAL = "统计年度1月1日至12月31日,截至报告生成日";

/**
 * The figure catalogue: every headline figure the platform can state. A figure not in this list does not appear
 * in the cockpit, the report or an export.
 */
export const figureCatalogue: readonly FigureDefinition[] = [
  {
    key: "registry.schools",
    name: "学校数",
    group: "popularisation",
    capability: "registry",
    unit: "所",
    numerator: "学籍系统中状态为“开办”的中小学校(含教学点)",
    denominator: null,
    asOf: SEPT,
    excludes: "已撤并、停办的学校;幼儿园(见学前教育)",
    template: "全县共有中小学校{value}",
    higherIsBetter: null,
  },
  {
    key: "registry.students",
    name: "在校学生数",
    group: "popularisation",
    capability: "registry",
    unit: "人",
    numerator: "统计学年在籍(状态为在读)的中小学生",
    denominator: null,
    asOf: SEPT,
    excludes: "休学、转出、毕业、死亡注销的学生;幼儿",
    template: "全县中小学在校学生{value}",
    higherIsBetter: null,
  },
  {
    key: "registry.classes",
    name: "教学班数",
    group: "popularisation",
    capability: "registry",
    unit: "个",
    numerator: "统计学年有在读学生的中小学教学班",
    denominator: null,
    asOf: SEPT,
    excludes: "无在读学生的班级;幼儿园班级",
    template: "共开设教学班{value}",
    higherIsBetter: null,
  },
  {
    key: "registry.largeClassShare",
    name: "大班额比例",
    group: "balance",
    capability: "registry",
    unit: "%",
    numerator: "56人及以上的教学班(大班额与超大班额)",
    denominator: "有在读学生的教学班",
    asOf: SEPT,
    excludes: "未分班的学生;无在读学生的班级;幼儿园班级",
    template: "大班额比例为{value}({numerator}个班)",
    higherIsBetter: false,
  },
  {
    key: "registry.superLargeClasses",
    name: "超大班额数",
    group: "balance",
    capability: "registry",
    unit: "个",
    numerator: "66人及以上的教学班",
    denominator: null,
    asOf: SEPT,
    excludes: "未分班的学生;幼儿园班级",
    template: "超大班额{value}",
    higherIsBetter: false,
  },
  {
    key: "registry.teachers",
    name: "专任教师数",
    group: "workforce",
    capability: "registry",
    unit: "人",
    numerator: "统计学年任职状态为在岗、岗位类别为专任教师的教职工(含学籍系统登记的幼儿园专任教师)",
    denominator: null,
    asOf: SEPT,
    excludes: "行政、教辅、工勤人员;离岗、退休人员;代课人员未登记任职的",
    template: "全县专任教师{value}",
    higherIsBetter: true,
  },
  {
    key: "registry.studentTeacherRatio",
    name: "生师比",
    group: "workforce",
    capability: "registry",
    unit: "系数",
    numerator: "学籍系统登记的全部在读学生(含幼儿园在园幼儿,与专任教师的范围一致)",
    denominator: "专任教师数",
    asOf: SEPT,
    excludes: "休学、转出、毕业的学生;非专任教师",
    template: "全县生师比为{value}:1",
    higherIsBetter: false,
  },
  {
    key: "ledger.inspections",
    name: "督导检查次数",
    group: "safety",
    capability: "ledger",
    unit: "次",
    numerator: "检查日期在统计年度内的各类督导、安全检查(一次检查多所学校计一次)",
    denominator: null,
    asOf: CAL,
    excludes: "检查日期在统计年度以外的检查",
    template: "开展各类督导检查{value}",
    higherIsBetter: null,
  },
  {
    key: "ledger.findings",
    name: "发现问题数",
    group: "safety",
    capability: "ledger",
    unit: "项",
    numerator: "提出日期在统计年度内的问题(含已撤销以外的全部问题)",
    denominator: null,
    asOf: CAL,
    excludes: "已撤销的问题;上年提出的问题",
    template: "发现问题{value}",
    higherIsBetter: null,
  },
  {
    key: "ledger.rectificationRate",
    name: "整改率",
    group: "safety",
    capability: "ledger",
    unit: "%",
    numerator: "统计年度内提出、截至统计时点已整改销号的问题",
    denominator: "统计年度内提出的问题(不含已撤销)",
    asOf: CAL,
    excludes: "已撤销的问题;上年提出、本年整改的问题计入其提出年度(报告中注明)",
    template: "发现问题{denominator}项,已整改{numerator}项,整改率{value}",
    higherIsBetter: true,
  },
  {
    key: "ledger.overdue",
    name: "逾期未整改问题数",
    group: "safety",
    capability: "ledger",
    unit: "项",
    numerator: "统计年度内提出、截至统计时点超过整改期限仍未销号的问题",
    denominator: null,
    asOf: CAL,
    excludes: "已撤销的问题;期限内的未整改问题",
    template: "逾期未整改问题{value}",
    higherIsBetter: false,
  },
  {
    key: "reports.afterSchoolParticipation",
    name: "课后服务参加人数",
    group: "services",
    capability: "reports",
    unit: "人",
    numerator: "参加课后服务的学生人数(句中另述开展课后服务、即参加学生至少1人的学校数)",
    denominator: null,
    asOf: "统计学年秋季学期(如2026学年为2026年秋季学期),按导入的课后服务数据",
    excludes: "春季学期数据(单独保存,不计入);幼儿园;任一开办的中小学校未填报秋季学期时整项数据不全",
    template: "{numerator}所学校参加课后服务,共{value}",
    higherIsBetter: true,
  },
  {
    key: "reports.libraryBooksAdded",
    name: "新增图书册数",
    group: "services",
    capability: "reports",
    unit: "册",
    numerator: "统计年度内各中小学校新增(采购、捐赠)图书册数之和",
    denominator: null,
    asOf: "统计年度1月1日至12月31日,按导入的学校年度统计数",
    excludes: "报废、剔旧图书(不抵减);幼儿园;任一开办的中小学校未填报当年时整项数据不全",
    template: "补充图书{value}",
    higherIsBetter: true,
  },
  {
    key: "reports.gaokaoUndergraduateRate",
    name: "高考本科升学率",
    group: "quality",
    capability: "reports",
    unit: "%",
    numerator: "实际参考并被本科层次(本科一批、本科)录取的考生",
    denominator: "实际参加当年高考的考生(招生考试机构回传成绩、按学籍号匹配到学籍者)",
    asOf: "统计年度(高考当年)录取结束,按招生办导入的录取结果;保留一位小数",
    excludes: "报名未参考者;未匹配到学籍的考生单列不计",
    template: "高考考生{denominator}人,本科升学率{value}",
    higherIsBetter: true,
  },
  {
    key: "reports.zhongkaoKeySchoolRate",
    name: "中考重点高中录取率",
    group: "quality",
    capability: "reports",
    unit: "%",
    numerator: "实际参考并被重点高中录取的考生",
    denominator: "实际参加当年中考的考生(按学籍号匹配到学籍者)",
    asOf: "统计年度(中考当年)录取结束,按招生办导入的录取结果;保留一位小数",
    excludes: "报名未参考者;未匹配到学籍的考生单列不计",
    template: "中考考生{denominator}名,{numerator}名被重点中学录取,录取率{value}",
    higherIsBetter: true,
  },
  ...capabilityFigures,
];

const byKey = new Map(figureCatalogue.map((f) => [f.key, f]));

/**
 * A catalogue entry by key, or null when the key names no defined figure.
 *
 * @example figureByKey("ledger.rectificationRate")?.name // => "整改率"
 * @example figureByKey("nope") // => null
 */
export function figureByKey(key: string): FigureDefinition | null {
  return byKey.get(key) ?? null;
}

/**
 * The catalogue's figures computed from one capability's records: the ones a write there makes stale.
 *
 * @example figuresOfCapability("ledger").map((f) => f.key) // => ["ledger.inspections", "ledger.findings", ...]
 */
export function figuresOfCapability(capability: string): FigureDefinition[] {
  return figureCatalogue.filter((f) => f.capability === capability);
}

/**
 * The footnote of a figure in a report (口径说明): numerator, denominator, as-of date and exclusions in one line.
 *
 * @example footnoteOf(figureByKey("registry.students")!) // => "在校学生数:统计学年在籍…;统计时点:…;不计入:…"
 */
export function footnoteOf(f: FigureDefinition): string {
  const ratio = f.denominator ? `分子为${f.numerator},分母为${f.denominator}` : f.numerator;
  return `${f.name}:${ratio};统计时点:${f.asOf};不计入:${f.excludes}。`;
}
