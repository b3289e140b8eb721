import standard2014 from "./standard2014.json";

/** The test items of the standard (测试项目), in the order the national forms print them. BMI is computed, not tested. */
export const fitnessItems = [
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
] as const;
export type FitnessItem = (typeof fitnessItems)[number];
/** A weighted component of the standard score: the ten items and BMI. */
export type FitnessComponent = FitnessItem | "bmi";
export type Sex = "male" | "female";

/** Chinese names of the items, as the standard prints them. */
export const fitnessItemLabels: Record<FitnessComponent, string> = {
  bmi: "体重指数(BMI)",
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
};

/** Units of the measured values. Runs are in seconds (50 m to one decimal; 50 m × 8, 800 m and 1000 m whole). */
export const fitnessItemUnits: Record<FitnessItem, string> = {
  vital: "毫升",
  run50: "秒",
  sit_reach: "厘米",
  rope: "次",
  situp: "次",
  shuttle: "秒",
  jump: "厘米",
  pullup: "次",
  run1000: "秒",
  run800: "秒",
};

/** Items where a smaller value is better (the runs). */
export const lowerIsBetter: ReadonlySet<FitnessItem> = new Set(["run50", "shuttle", "run1000", "run800"]);

/** One level of an item table: the single score and the value that reaches it (null: a blank cell, unreachable). */
export interface StandardLevel {
  score: number;
  threshold: number | null;
  disputed?: boolean;
  alternatives?: { source: string; value: number }[];
  note?: string;
}

/** One BMI band (体重指数等级) of a grade and sex; min and max inclusive, null = open. */
export interface BmiBand {
  level: BmiLevel;
  score: number;
  min: number | null;
  max: number | null;
}
export type BmiLevel = "正常" | "低体重" | "超重" | "肥胖";
export const bmiLevels: readonly BmiLevel[] = ["低体重", "正常", "超重", "肥胖"];

/** A bonus table (加分表): points earned per amount beyond the 100-point value. */
export interface BonusTable {
  grades: number[];
  sexes: Sex[];
  table: { points: number; extra?: number; extra_seconds?: number }[];
  max_points: number;
}

type BySex<T> = Partial<Record<Sex, T>>;
type ByGrade<T> = Record<string, BySex<T>>;

/**
 * A version of the standard's tables, held as data: item tables, BMI bands, bonus tables and weights by grade
 * (1–12) and sex. The 2014 tables are the default; a county's corrections make a new version (see
 * `applyCorrections`), and every score names the version that computed it.
 */
export interface FitnessStandard {
  /** e.g. "GB2014", or "GB2014+3" after three corrections */
  version: string;
  name: string;
  items: Record<FitnessItem, ByGrade<StandardLevel[]>>;
  bmi: ByGrade<BmiBand[]>;
  bonus: Partial<Record<FitnessItem, BonusTable>>;
  weights: ByGrade<Partial<Record<FitnessComponent, number>>>;
}

/**
 * The default standard: the 2014 revision (教体艺〔2014〕5号) as compiled in `standard2014.json`, with its sources,
 * its confidence note and the disputed cells of grades 10–12 (the other value kept beside).
 *
 * @example defaultStandard().version // => "GB2014"
 */
export function defaultStandard(): FitnessStandard {
  return standard2014 as unknown as FitnessStandard;
}

/** The file's own notes: sources, confidence, blank cells and disputed cells, as shipped. */
export const standard2014Notes = {
  sourceNote: standard2014.source_note,
  sources: standard2014.source,
  confidence: standard2014.confidence,
  blankCells: standard2014.blank_cells,
  disputed: standard2014.disputed,
  scoringRule: standard2014.scoring_rule,
};

/** The components weighted for a grade and sex, with their weights in percent (summing to 100). */
export function weightsOf(
  standard: FitnessStandard,
  grade: number,
  sex: Sex,
): Partial<Record<FitnessComponent, number>> {
  return standard.weights[String(grade)]?.[sex] ?? {};
}

/** The test items required of a grade and sex (those with a weight), in the standard's order. */
export function requiredItems(standard: FitnessStandard, grade: number, sex: Sex): FitnessItem[] {
  const weights = weightsOf(standard, grade, sex);
  return fitnessItems.filter((item) => (weights[item] ?? 0) > 0);
}

/** The graduating grades: the last year of primary, junior and senior school. */
export const graduatingGrades: ReadonlySet<number> = new Set([6, 9, 12]);

/** The grades of the school stage a grade belongs to (1–6, 7–9, 10–12). */
export function stageGrades(grade: number): number[] {
  if (grade <= 6) return [1, 2, 3, 4, 5, 6];
  if (grade <= 9) return [7, 8, 9];
  return [10, 11, 12];
}
