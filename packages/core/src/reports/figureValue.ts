/**
 * A figure's value for one county (or school) and year (指标值), or the reason it cannot be stated: a figure whose
 * inputs are incomplete says so instead of printing a number.
 */
export type FigureValue =
  | {
      status: "ok";
      value: number;
      /** the count above the line, when the figure is a ratio */
      numerator: number | null;
      /** the count below the line, when the figure is a ratio */
      denominator: number | null;
    }
  | { status: "incomplete"; missing: string };

/**
 * A count as a figure value.
 *
 * @example countValue(12) // => { status: "ok", value: 12, numerator: null, denominator: null }
 */
export function countValue(n: number): FigureValue {
  return { status: "ok", value: n, numerator: null, denominator: null };
}

/**
 * A percentage (numerator ÷ denominator × 100, rounded to one decimal) as a figure value; an empty denominator is
 * incomplete input, not 0 %.
 *
 * @example percentValue(118, 120, "无问题") // => { status: "ok", value: 98.3, numerator: 118, denominator: 120 }
 * @example percentValue(0, 0, "本年未发现问题") // => { status: "incomplete", missing: "本年未发现问题" }
 */
export function percentValue(numerator: number, denominator: number, whenEmpty: string): FigureValue {
  if (denominator <= 0) return { status: "incomplete", missing: whenEmpty };
  return { status: "ok", value: Math.round((numerator / denominator) * 1000) / 10, numerator, denominator };
}

/**
 * A figure whose inputs the platform does not hold.
 *
 * @example missingValue("课后服务数据尚未录入") // => { status: "incomplete", missing: "课后服务数据尚未录入" }
 */
export function missingValue(missing: string): FigureValue {
  return { status: "incomplete", missing };
}
