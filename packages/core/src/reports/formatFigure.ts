import type { FigureUnit } from "./catalogue";

/**
 * A figure's value as a work report writes it: counts with their measure word, percentages with up to two decimals
 * (trailing zeros dropped, so a capability's two-decimal rate reads as on its page), ratios with up to two decimals,
 * difference coefficients (差异系数) with four, as the balance page prints them.
 *
 * @example formatFigure(2417, "人") // => "2417人"
 * @example formatFigure(98.3, "%") // => "98.3%"
 * @example formatFigure(100, "%") // => "100%"
 * @example formatFigure(13.456, "系数") // => "13.46"
 * @example formatFigure(0.274, "差异系数") // => "0.2740"
 */
export function formatFigure(value: number, unit: FigureUnit): string {
  if (unit === "%") return `${trimmed(value, 2)}%`;
  if (unit === "差异系数") return value.toFixed(4);
  if (unit === "系数") return trimmed(value, 2);
  return `${Math.round(value)}${unit}`;
}

function trimmed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
