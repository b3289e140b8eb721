/** Figures as the cockpit, the report and the exports present them: value, last year, change, trend, sentence. */
import { auth, reports } from "@edubureau/core";
import type { FigureTable } from "./figures";

/** The years of a cockpit's sparkline: the report year and the four before it, oldest first. */
export function trendYears(year: number): number[] {
  return [year - 4, year - 3, year - 2, year - 1, year];
}

export function presentDefinition(f: reports.FigureDefinition) {
  return {
    key: f.key,
    name: f.name,
    group: f.group,
    groupLabel: reports.reportGroupLabels[f.group],
    capability: f.capability,
    capabilityLabel: auth.capabilityLabels[f.capability],
    unit: f.unit,
    numerator: f.numerator,
    denominator: f.denominator,
    asOf: f.asOf,
    excludes: f.excludes,
    footnote: reports.footnoteOf(f),
    higherIsBetter: f.higherIsBetter,
  };
}

const missingYear: reports.FigureValue = { status: "incomplete", missing: "尚未计算" };

/** One figure of a table for a year, with last year's value, the change, the five-year trend and the sentence. */
export function presentFigure(f: reports.FigureDefinition, table: FigureTable, year: number) {
  const perYear = table.get(f.key);
  const current = perYear?.get(year) ?? missingYear;
  const previous = perYear?.get(year - 1) ?? null;
  const ok = current.status === "ok";
  const prevOk = previous?.status === "ok" ? previous : null;
  return {
    key: f.key,
    name: f.name,
    unit: f.unit,
    status: current.status,
    value: ok ? current.value : null,
    display: ok ? reports.formatFigure(current.value, f.unit) : null,
    numerator: ok ? current.numerator : null,
    denominator: ok ? current.denominator : null,
    missing: ok ? null : current.missing,
    previous: prevOk ? prevOk.value : null,
    previousDisplay: prevOk ? reports.formatFigure(prevOk.value, f.unit) : null,
    change: reports.figureChange(current, previous, f.unit),
    higherIsBetter: f.higherIsBetter,
    trend: trendYears(year).map((y) => {
      const v = perYear?.get(y);
      return { year: y, value: v?.status === "ok" ? v.value : null };
    }),
    sentence: reports.figureSentence(f, current, previous),
  };
}
export type PresentedFigure = ReturnType<typeof presentFigure>;
