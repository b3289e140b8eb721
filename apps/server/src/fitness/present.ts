/** Presenters of fitness: rows and core results → responses. 学籍号 always masked; no resident ID is ever read. */
import { fitness } from "@edubureau/core";
import type { z } from "@hono/zod-openapi";
import type * as s from "./schemas";
import type { ResultRow } from "./store";

type Figure = z.infer<typeof s.figureSchema>;

/** Rates and means to six decimals: enough for any percent printed, and no float noise on the wire. */
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const r6n = (x: number | null) => (x === null ? null : r6(x));

export function presentFigures(f: fitness.FitnessFigures): Figure {
  return {
    ...f,
    passRate: r6n(f.passRate),
    goodRate: r6n(f.goodRate),
    excellentGoodRate: r6n(f.excellentGoodRate),
    excellentRate: r6n(f.excellentRate),
    meanTotal: r6n(f.meanTotal),
    overweightRate: r6n(f.overweightRate),
    obesityRate: r6n(f.obesityRate),
    items: f.items.map((i) => ({
      ...i,
      meanScore: r6(i.meanScore),
      passRate: r6(i.passRate),
      label: fitness.fitnessItemLabels[i.component],
    })),
    weakest: f.weakest.map((c) => fitness.fitnessItemLabels[c]),
  };
}

/** A run time as schools write it: 3′55″ for the long runs, 8.6 for 50 m. */
export function displayValue(component: fitness.FitnessComponent, value: number | null): string {
  if (value === null) return "—";
  if (component === "run1000" || component === "run800" || component === "shuttle") {
    const m = Math.floor(value / 60);
    const sec = Math.round((value - m * 60) * 10) / 10;
    return `${m}′${String(sec).padStart(2, "0")}″`;
  }
  return String(value);
}

const sexLabel = (sex: fitness.Sex) => (sex === "male" ? "男" : "女");

export { sexLabel };

/** Advice for an item scored below 60 (or the weakest), for the report card. */
export const itemAdvice: Record<fitness.FitnessComponent, string> = {
  bmi: "合理膳食,少吃高油高糖零食,保证每天1小时户外活动和充足睡眠。",
  vital: "多做慢跑、游泳、跳绳等有氧运动,练习深呼吸和吹气球,提高心肺功能。",
  run50: "练习高抬腿、后蹬跑和30米加速跑,每周2–3次,提高速度和起跑反应。",
  sit_reach: "每天做坐位体前屈、压腿等拉伸练习10分钟,动作缓慢,持之以恒。",
  rope: "每天跳绳3组、每组1分钟,先求连贯再求速度,注意手腕发力。",
  situp: "练习仰卧起坐、平板支撑等腹部力量练习,每天2–3组。",
  shuttle: "练习折返跑和变速跑,注意转身技术,提高速度耐力。",
  jump: "练习蛙跳、摆臂起跳和纵跳,加强腿部爆发力和上下肢协调。",
  pullup: "从斜身引体、悬垂开始,逐步增加引体向上次数,加强上肢和背部力量。",
  run1000: "坚持每周3次以上、每次20分钟以上的中长跑练习,学会匀速跑和呼吸节奏。",
  run800: "坚持每周3次以上、每次20分钟以上的中长跑练习,学会匀速跑和呼吸节奏。",
};

export interface Labels {
  schools: Map<string, string>;
  classes: Map<string, { name: string }>;
  students: Map<string, { name: string; studentNumber: string }>;
}

export function presentResult(r: ResultRow, labels: Labels): z.infer<typeof s.resultRowSchema> {
  const st = labels.students.get(r.studentId);
  return {
    id: r.id,
    testYear: r.testYear,
    schoolId: r.schoolId,
    schoolName: labels.schools.get(r.schoolId) ?? "",
    className: r.classId ? (labels.classes.get(r.classId)?.name ?? null) : null,
    grade: r.grade,
    sex: r.sex,
    name: st?.name ?? "",
    studentNumber: st?.studentNumber ?? "",
    status: r.status,
    exemptReason: r.exemptReason,
    bmi: r.bmi,
    bmiLevel: r.bmiLevel,
    standardScore: r.standardScore,
    bonus: r.bonus,
    total: r.total,
    band: r.band,
    bandLabel: r.band ? fitness.fitnessBandLabels[r.band] : null,
    missing: r.missing.map((c) => fitness.fitnessItemLabels[c]),
    standardVersion: r.standardVersion,
  };
}

/**
 * Every figure of a student's result explained: value → threshold reached → single score → weight → weighted
 * points, from the version of the tables in force on the run's date.
 */
export function presentComponents(r: ResultRow, standard: fitness.FitnessStandard) {
  const scored = fitness.scoreStudent(standard, {
    grade: r.grade,
    sex: r.sex,
    heightCm: r.heightCm,
    weightKg: r.weightKg,
    values: r.values,
  });
  const weights = fitness.weightsOf(standard, r.grade, r.sex);
  const order: fitness.FitnessComponent[] = ["bmi", ...fitness.requiredItems(standard, r.grade, r.sex)];
  const components = order.map((component) => {
    const c = scored.components.find((x) => x.component === component);
    const label = fitness.fitnessItemLabels[component];
    const unit = component === "bmi" ? "千克/米²" : fitness.fitnessItemUnits[component];
    const weight = weights[component] ?? 0;
    const value = component === "bmi" ? r.bmi : (r.values[component] ?? null);
    if (!c)
      return {
        component,
        label,
        unit,
        value,
        display: displayValue(component, value),
        threshold: null,
        score: null,
        weight,
        weighted: null,
        nextThreshold: null,
        nextScore: null,
        explanation: `${label}缺测,总分无法计算`,
        advice: null,
      };
    const lower = component !== "bmi" && fitness.lowerIsBetter.has(component);
    const explanation =
      component === "bmi"
        ? `BMI ${c.value}(${r.heightCm} 厘米、${r.weightKg} 千克)属“${scored.bmiLevel}”→ ${c.score} 分 × 权重 ${weight}% = ${round2(c.weighted)}`
        : c.threshold === null
          ? `${displayValue(component, c.value)} 未达到10分标准 → 0 分 × 权重 ${weight}% = 0`
          : `${displayValue(component, c.value)} ${lower ? "不慢于" : "达到"} ${displayValue(component, c.threshold)} → ${c.score} 分 × 权重 ${weight}% = ${round2(c.weighted)}`;
    return {
      component,
      label,
      unit,
      value: c.value,
      display: displayValue(component, c.value),
      threshold: c.threshold,
      score: c.score,
      weight,
      weighted: round2(c.weighted),
      nextThreshold: c.nextThreshold,
      nextScore: c.nextScore,
      explanation,
      advice: c.score < 60 || (component === "bmi" && c.score < 100) ? itemAdvice[component] : null,
    };
  });
  const bonus = scored.bonus.map((b) => ({ ...b, label: fitness.fitnessItemLabels[b.item] }));
  const explanation =
    scored.standardScore === null
      ? `缺测 ${scored.missing.map((m) => fitness.fitnessItemLabels[m]).join("、")},不计总分(成绩不完整)`
      : `标准分 = Σ 单项得分 × 权重 = ${scored.standardScore}(保留一位小数)` +
        (scored.bonusPoints > 0 ? `;加分 ${scored.bonusPoints}` : ";无加分") +
        `;总分 ${scored.total},${fitness.fitnessBandLabels[scored.band ?? "fail"]}` +
        (standard.version !== r.standardVersion
          ? `(说明按 ${standard.version} 计算,成绩由 ${r.standardVersion} 评定)`
          : "");
  return { components, bonus, explanation };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
