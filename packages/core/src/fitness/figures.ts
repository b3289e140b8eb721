import type { FitnessBand } from "./scoreStudent";
import { type BmiLevel, type FitnessComponent, fitnessItemLabels, type Sex } from "./standard";

/** A student's result as the figures read it. */
export interface FitnessResultRow {
  /** tested (已测), exempt (免测), deferred (缓测) */
  status: "tested" | "exempt" | "deferred";
  sex: Sex;
  grade: number;
  total: number | null;
  band: FitnessBand | null;
  bmiLevel: BmiLevel | null;
  /** single scores of the components measured */
  scores: Partial<Record<FitnessComponent, number>>;
}

export interface ItemFigure {
  component: FitnessComponent;
  /** students with a single score for the item */
  n: number;
  meanScore: number;
  /** share of those with a single score ≥ 60 */
  passRate: number;
}

/**
 * The figures of a group of students (a class, a school, a township, the county; a grade, a sex).
 * Denominators: `scored` (tested students with a complete total) for the band rates and the mean total; exempt
 * (免测), deferred (缓测) and incomplete students are counted but left out of every rate. BMI shares are over tested
 * students with a BMI. Rates are fractions (0–1), unrounded; the pages print percents with one decimal.
 */
export interface FitnessFigures {
  records: number;
  tested: number;
  exempt: number;
  deferred: number;
  incomplete: number;
  scored: number;
  excellent: number;
  good: number;
  pass: number;
  fail: number;
  /** (优秀 + 良好 + 及格) / scored */
  passRate: number | null;
  /** 良好 (80.0–89.9) / scored */
  goodRate: number | null;
  /** (优秀 + 良好) / scored */
  excellentGoodRate: number | null;
  /** 优秀 / scored */
  excellentRate: number | null;
  meanTotal: number | null;
  items: ItemFigure[];
  bmi: Record<BmiLevel, number>;
  bmiMeasured: number;
  overweightRate: number | null;
  obesityRate: number | null;
  /** the (up to) three components with the lowest mean single score, weakest first */
  weakest: FitnessComponent[];
}

const componentOrder: FitnessComponent[] = [
  "bmi",
  "vital",
  "run50",
  "sit_reach",
  "rope",
  "situp",
  "shuttle",
  "jump",
  "pullup",
  "run1000",
  "run800",
];

/**
 * The figures of a group of students (see `FitnessFigures` for the denominators).
 *
 * @example fitnessFigures([]).passRate // => null (no scored student)
 */
export function fitnessFigures(rows: Iterable<FitnessResultRow>): FitnessFigures {
  let records = 0;
  let tested = 0;
  let exempt = 0;
  let deferred = 0;
  let incomplete = 0;
  const bands = { excellent: 0, good: 0, pass: 0, fail: 0 };
  let totalSum = 0;
  const bmi: Record<BmiLevel, number> = { 低体重: 0, 正常: 0, 超重: 0, 肥胖: 0 };
  let bmiMeasured = 0;
  const C = componentOrder.length;
  const itemN = new Array<number>(C).fill(0);
  const itemTotal = new Array<number>(C).fill(0);
  const itemPass = new Array<number>(C).fill(0);
  for (const row of rows) {
    records++;
    if (row.status === "exempt") {
      exempt++;
      continue;
    }
    if (row.status === "deferred") {
      deferred++;
      continue;
    }
    tested++;
    if (row.total === null || row.band === null) incomplete++;
    else {
      bands[row.band]++;
      totalSum += row.total;
    }
    if (row.bmiLevel) {
      bmi[row.bmiLevel]++;
      bmiMeasured++;
    }
    const scores = row.scores;
    for (let c = 0; c < C; c++) {
      const s = scores[componentOrder[c] as FitnessComponent];
      if (s === undefined) continue;
      itemN[c] = (itemN[c] as number) + 1;
      itemTotal[c] = (itemTotal[c] as number) + s;
      if (s >= 60) itemPass[c] = (itemPass[c] as number) + 1;
    }
  }
  const scored = bands.excellent + bands.good + bands.pass + bands.fail;
  const rate = (n: number, d: number) => (d > 0 ? n / d : null);
  const items: ItemFigure[] = [];
  for (let c = 0; c < C; c++) {
    const n = itemN[c] as number;
    if (n === 0) continue;
    items.push({
      component: componentOrder[c] as FitnessComponent,
      n,
      meanScore: (itemTotal[c] as number) / n,
      passRate: (itemPass[c] as number) / n,
    });
  }
  const weakest = [...items]
    .sort(
      (a, b) => a.meanScore - b.meanScore || componentOrder.indexOf(a.component) - componentOrder.indexOf(b.component),
    )
    .slice(0, 3)
    .map((i) => i.component);
  return {
    records,
    tested,
    exempt,
    deferred,
    incomplete,
    scored,
    ...bands,
    passRate: rate(bands.excellent + bands.good + bands.pass, scored),
    goodRate: rate(bands.good, scored),
    excellentGoodRate: rate(bands.excellent + bands.good, scored),
    excellentRate: rate(bands.excellent, scored),
    meanTotal: scored > 0 ? totalSum / scored : null,
    items,
    bmi,
    bmiMeasured,
    overweightRate: rate(bmi.超重, bmiMeasured),
    obesityRate: rate(bmi.肥胖, bmiMeasured),
    weakest,
  };
}

/** A percent with one decimal, or "—" when there is no denominator. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000 + 1e-9) / 10).toFixed(1)}%`;
}

/**
 * The schools whose pass rate is below the county's, lowest first (schools with no scored student are left out).
 *
 * @example schoolsBelowCounty([{ id: "a", figures: fa }], county) // => [{ id: "a", … }] when fa.passRate < county.passRate
 */
export function schoolsBelowCounty<T extends { figures: FitnessFigures }>(
  schools: readonly T[],
  county: FitnessFigures,
): T[] {
  if (county.passRate === null) return [];
  const c = county.passRate;
  return schools
    .filter((s) => s.figures.passRate !== null && (s.figures.passRate as number) < c)
    .sort((a, b) => (a.figures.passRate as number) - (b.figures.passRate as number));
}

/**
 * The sentence for the work report (工作报告), from the county's figures.
 *
 * @example workReportSentence("某县", 2025, county, 3)
 * // => "2025学年,某县共有 … 名学生参加国家学生体质健康标准测试,…"
 */
export function workReportSentence(
  countyName: string,
  testYear: number,
  f: FitnessFigures,
  schoolsBelow: number,
): string {
  if (f.scored === 0) return `${testYear}学年,${countyName}尚无完整的学生体质健康测试成绩。`;
  const weak = f.weakest.map((c) => fitnessItemLabels[c]).join("、");
  return (
    `${testYear}学年,${countyName}共有 ${f.tested} 名学生参加国家学生体质健康标准测试` +
    `(免测 ${f.exempt} 人、缓测 ${f.deferred} 人),有效成绩 ${f.scored} 人,` +
    `及格率 ${percent(f.passRate)},优良率 ${percent(f.excellentGoodRate)},优秀率 ${percent(f.excellentRate)};` +
    `超重率 ${percent(f.overweightRate)}、肥胖率 ${percent(f.obesityRate)};` +
    (weak ? `${weak}是相对薄弱的项目;` : "") +
    `及格率低于全县水平的学校有 ${schoolsBelow} 所。`
  );
}

/** The conventions of every figure, as the method note prints them (also the export's notes sheet). */
export const fitnessMethodNotes: string[] = [
  "评分依据《国家学生体质健康标准(2014年修订)》(教体艺〔2014〕5号)各年级、性别单项评分表;县里更正过的表格形成新版本(如 GB2014+2),每个成绩注明评分所用的版本。",
  "单项得分:越大越好的项目取成绩达到的最高档;跑类项目(50米跑、50米×8往返跑、800米跑、1000米跑)取用时不超过的最高档;低于10分档记0分;空白档不可达到。",
  "标准分 = Σ 单项得分 × 权重,保留一位小数(四舍五入);总分 = 标准分 + 加分(加分只计超过100分标准值的部分)。",
  "等级:优秀 ≥ 90.0,良好 80.0–89.9,及格 60.0–79.9,不及格 ≤ 59.9(按含加分的总分)。",
  "BMI = 体重(千克) ÷ 身高(米)²,保留一位小数后对照BMI评分表。",
  "缺测任一必测项目的学生不计总分,列为“成绩不完整”,不进入任何比率;免测、缓测学生单独计数,不进入比率分母。",
  "及格率 = 总分 ≥ 60 的人数 ÷ 有效成绩人数(已测且成绩完整);优良率 = 总分 ≥ 80 的人数 ÷ 有效成绩人数;优秀率 = 总分 ≥ 90 的人数 ÷ 有效成绩人数;良好率只计 80.0–89.9 分段。",
  "超重率、肥胖率的分母为已测且有身高体重的学生。比率以百分数显示,保留一位小数。",
  "薄弱项目:平均单项得分最低的三个项目。",
  "毕业成绩(六、九、十二年级)= 毕业当年总分 × 50% + 本学段其他学年总分的平均值 × 50%,保留一位小数(四舍五入)。其他学年指本学段更早的测试学年(小学一至五年级、初中七至八年级、高中十至十一年级,留级重读的学年也算),只计有总分的学年(免测、缓测、成绩不完整的学年不计),在本县其他学校测得的成绩同样计入。",
  "本学段没有其他学年成绩的学生(如外县转入),按毕业当年总分计,人数单列为“仅毕业当年”;毕业当年免测、缓测或成绩不完整的学生没有毕业成绩,单列为“无毕业成绩”,不进入毕业成绩的比率。毕业成绩的及格率、优良率、优秀率以有毕业成绩的人数为分母。",
];
