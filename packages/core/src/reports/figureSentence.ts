import type { FigureDefinition } from "./catalogue";
import { figureChange } from "./figureChange";
import type { FigureValue } from "./figureValue";
import { formatFigure } from "./formatFigure";

/**
 * The sentence of a figure in the register of a Chinese work report (工作报告表述): the catalogue's template filled
 * with this year's value, then the change against last year when both years can be stated. A figure whose inputs
 * are incomplete gets no number: the sentence says what is missing.
 *
 * @example figureSentence(rectificationRate, { status: "ok", value: 98.3, numerator: 118, denominator: 120 }, null)
 * // => "发现问题120项,已整改118项,整改率98.3%。"
 * @example figureSentence(students, { status: "ok", value: 9120, numerator: null, denominator: null }, lastYear9000)
 * // => "全县中小学在校学生9120人,比上年增加120人。"
 * @example figureSentence(afterSchool, { status: "incomplete", missing: "课后服务数据尚未录入" }, null)
 * // => "【课后服务参加人数:数据不全(课后服务数据尚未录入),暂不表述】"
 */
export function figureSentence(def: FigureDefinition, current: FigureValue, previous: FigureValue | null): string {
  if (current.status !== "ok") return `【${def.name}:数据不全(${current.missing}),暂不表述】`;
  const countUnit = def.unit === "%" || def.unit === "系数" || def.unit === "差异系数" ? "" : def.unit;
  const body = def.template
    .replace("{value}", formatFigure(current.value, def.unit))
    .replace("{numerator}", current.numerator === null ? "" : `${current.numerator}`)
    .replace("{denominator}", current.denominator === null ? "" : `${current.denominator}${countUnit}`);
  const change = figureChange(current, previous, def.unit);
  return change ? `${body},${change.phrase}。` : `${body}。`;
}
