import type { FigureUnit } from "./catalogue";
import type { FigureValue } from "./figureValue";
import { formatFigure } from "./formatFigure";

/** The change of a figure against last year, as a report reads it. */
export interface FigureChange {
  /** this year's value minus last year's; percentages in percentage points */
  delta: number;
  direction: "up" | "down" | "same";
  /** "比上年增加120人", "比上年提高0.3个百分点", "与上年持平" */
  phrase: string;
}

/**
 * This year's value against last year's. Null when either year cannot be stated, so that no change is printed
 * against an incomplete figure.
 *
 * @example figureChange(ok(98.3), ok(98), "%")?.phrase // => "比上年提高0.3个百分点"
 * @example figureChange(ok(12), ok(14), "所")?.phrase // => "比上年减少2所"
 * @example figureChange(ok(5), { status: "incomplete", missing: "…" }, "次") // => null
 */
export function figureChange(
  current: FigureValue,
  previous: FigureValue | null,
  unit: FigureUnit,
): FigureChange | null {
  if (current.status !== "ok" || !previous || previous.status !== "ok") return null;
  const precision = unit === "%" || unit === "系数" ? 100 : unit === "差异系数" ? 10_000 : 1;
  const delta = Math.round((current.value - previous.value) * precision) / precision;
  if (delta === 0) return { delta, direction: "same", phrase: "与上年持平" };
  const up = delta > 0;
  const size = Math.abs(delta);
  if (unit === "%")
    return {
      delta,
      direction: up ? "up" : "down",
      phrase: `比上年${up ? "提高" : "下降"}${formatFigure(size, "系数")}个百分点`,
    };
  if (unit === "系数" || unit === "差异系数")
    return {
      delta,
      direction: up ? "up" : "down",
      phrase: `比上年${up ? "上升" : "下降"}${formatFigure(size, unit)}`,
    };
  return { delta, direction: up ? "up" : "down", phrase: `比上年${up ? "增加" : "减少"}${formatFigure(size, unit)}` };
}
