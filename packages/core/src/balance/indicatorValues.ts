import type { BasicIndicator, Indicator, QualityIndicator } from "./indicators";
import type { StagePart } from "./stageParts";

export type IndicatorValues = Record<Indicator, number | null>;

const per100 = (count: number, students: number) => (100 * count) / students;

/**
 * The fifteen indicator values of a stage part: people per 100 students, stocks per student. Stock indicators are
 * null when the school has no conditions row for the year.
 *
 * @example indicatorValues(part).L1 // 100 × teachers above the required qualification / students
 */
export function indicatorValues(part: StagePart): IndicatorValues {
  const p = part.students;
  const c = part.counts;
  const s = part.stocks;
  return {
    L1: per100(c.aboveQualification, p),
    L2: per100(c.backbone, p),
    L3: per100(c.peArts, p),
    L4: s ? s.teachingArea / p : null,
    L5: s ? s.sportsArea / p : null,
    L6: s ? s.equipmentYuan / p : null,
    L7: s ? per100(s.multimediaRooms, p) : null,
    B1: s ? s.teachingArea / p : null,
    B2: s ? s.sportsArea / p : null,
    B3: s ? s.equipmentYuan / p : null,
    B4: s ? per100(s.computers, p) : null,
    B5: s ? s.books / p : null,
    B6: per100(c.teachers, p),
    B7: per100(c.aboveQualification, p),
    B8: per100(c.intermediateTitle, p),
  };
}

/** The quality indicators that come from the conditions row (stocks), not from people. */
export const stockIndicators: ReadonlySet<Indicator> = new Set<Indicator>([
  "L4",
  "L5",
  "L6",
  "L7",
  "B1",
  "B2",
  "B3",
  "B4",
  "B5",
] satisfies (QualityIndicator | BasicIndicator)[]);
