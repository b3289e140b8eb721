import type { FigureUnit } from "./catalogue";

/**
 * A figure's value as a work report writes it: counts with their measure word, percentages with one decimal
 * (dropped when whole), coefficients and ratios with up to two decimals.
 *
 * @example formatFigure(2417, "人") // => "2417人"
 * @example formatFigure(98.3, "%") // => "98.3%"
 * @example formatFigure(100, "%") // => "100%"
 * @example formatFigure(13.456, "系数") // => "13.46"
 */
export function formatFigure(value: number, unit: FigureUnit): string {
  if (unit === "%") return `${trimmed(value, 1)}%`;
  if (unit === "系数") return trimmed(value, 2);
  return `${Math.round(value)}${unit}`;
}

function trimmed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
