import { type FitnessItem, fitnessItemLabels, fitnessItemUnits, type Sex } from "./standard";

/**
 * Reads a time as schools write it, in seconds: plain seconds ("235", "8.6"), m′ss″ ("3′55″", "3'55\"", "3分55秒"),
 * or 分.秒 ("3.55") for the long runs (800 m, 1000 m, 50 m × 8), where a value under 20 with a dot is minutes and
 * seconds. Returns null when the text is not a time (seconds of 60 or more in m′ss″, letters).
 *
 * @example parseRunTime("3′55″", "run1000") // => 235
 * @example parseRunTime("3.55", "run1000") // => 235
 * @example parseRunTime("8.6", "run50") // => 8.6
 */
export function parseRunTime(text: string, item: FitnessItem): number | null {
  const s = text.trim().replace(/\s+/g, "");
  if (s === "") return null;
  const ms = /^(\d+)(?:′|'|’|分)(\d{1,2}(?:\.\d+)?)(?:″|"|”|''|秒)?$/.exec(s);
  if (ms) {
    const sec = Number(ms[2]);
    if (sec >= 60) return null;
    return Number(ms[1]) * 60 + sec;
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  const long = item === "run1000" || item === "run800" || item === "shuttle";
  if (long && s.includes(".") && n < 20) {
    const [min, frac = ""] = s.split(".");
    const sec = Number(frac.padEnd(2, "0").slice(0, 2));
    if (frac.length > 2 || sec >= 60) return null;
    return Number(min) * 60 + sec;
  }
  return n;
}

/** Bounds a measured value must lie within to be believed (inclusive). */
export const plausibleRanges: Record<FitnessItem | "heightCm" | "weightKg", [number, number]> = {
  heightCm: [90, 220],
  weightKg: [12, 200],
  vital: [300, 9000],
  run50: [5.5, 25],
  sit_reach: [-30, 40],
  rope: [0, 300],
  situp: [0, 90],
  shuttle: [70, 300],
  jump: [50, 350],
  pullup: [0, 50],
  run1000: [150, 720],
  run800: [140, 720],
};

export interface MeasurementProblem {
  field: FitnessItem | "heightCm" | "weightKg";
  message: string;
}

/**
 * Plausibility checks (合理性检查) of one student's values: each within its believable range, with the likely slip
 * named (a height in metres, a weight in grams, a 50 m in minutes), and items matching the sex and grade (a girl
 * runs 800 m, a boy 1000 m; pull-ups are boys', grades 7–12). Returns the problems, empty when plausible.
 *
 * @example checkMeasurement({ grade: 7, sex: "female", heightCm: 1.58, weightKg: 45, values: { run1000: 250 } }, ["vital", …])
 * // => [{ field: "heightCm", message: "身高 1.58 像是以米填写…" }, { field: "run1000", message: "女生不测1000米跑…" }]
 */
export function checkMeasurement(
  m: {
    grade: number;
    sex: Sex;
    heightCm: number | null;
    weightKg: number | null;
    values: Partial<Record<FitnessItem, number | null>>;
  },
  itemsOfGrade: readonly FitnessItem[],
): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  if (m.heightCm != null) {
    const [lo, hi] = plausibleRanges.heightCm;
    if (m.heightCm > 0 && m.heightCm < 2.5)
      problems.push({
        field: "heightCm",
        message: `身高 ${m.heightCm} 像是以米填写,身高单位是厘米,请改为 ${Math.round(m.heightCm * 1000) / 10}`,
      });
    else if (m.heightCm < lo || m.heightCm > hi)
      problems.push({
        field: "heightCm",
        message: `身高 ${m.heightCm} 厘米不合理(应在 ${lo}–${hi} 厘米之间),请核对后重填`,
      });
  }
  if (m.weightKg != null) {
    const [lo, hi] = plausibleRanges.weightKg;
    if (m.weightKg > 1000)
      problems.push({
        field: "weightKg",
        message: `体重 ${m.weightKg} 像是以克填写,体重单位是千克,请改为 ${m.weightKg / 1000}`,
      });
    else if (m.weightKg < lo || m.weightKg > hi)
      problems.push({
        field: "weightKg",
        message: `体重 ${m.weightKg} 千克不合理(应在 ${lo}–${hi} 千克之间),请核对后重填`,
      });
  }
  for (const [key, value] of Object.entries(m.values) as [FitnessItem, number | null | undefined][]) {
    if (value == null) continue;
    const label = fitnessItemLabels[key];
    if ((key === "run1000" || key === "pullup") && m.sex === "female") {
      problems.push({
        field: key,
        message: `女生不测${label},请改填${key === "run1000" ? "800米跑" : "1分钟仰卧起坐"},或核对该生性别`,
      });
      continue;
    }
    if (key === "run800" && m.sex === "male") {
      problems.push({ field: key, message: `男生不测${label},请改填1000米跑,或核对该生性别` });
      continue;
    }
    if (!itemsOfGrade.includes(key)) {
      problems.push({ field: key, message: `${m.grade}年级不测${label},请删除该值或核对年级` });
      continue;
    }
    const [lo, hi] = plausibleRanges[key];
    if (value < lo || value > hi) {
      const unit = fitnessItemUnits[key];
      const hint =
        key === "run50" && value < lo
          ? `,50米跑 ${value} 秒快于世界纪录,请核对是否漏了小数点或填错列`
          : key === "vital" && value < lo && value > 0
            ? ",肺活量单位是毫升,请核对是否以升填写"
            : "";
      problems.push({
        field: key,
        message: `${label} ${value} ${unit}不合理(应在 ${lo}–${hi} ${unit}之间)${hint},请核对后重填`,
      });
    }
  }
  return problems;
}
