import type { PreschoolConfig } from "./config";
import type { PreschoolCountyInput, RosterCohort } from "./inputs";
import { isInclusiveKind } from "./vocabulary";

/** Births (出生人口) of one township in one calendar year, entered by the county with its source. */
export interface BirthsInput {
  townCode: string;
  year: number;
  births: number;
}

/** One year of a township's plan: children aged 3–5, the places they need, and the gap. */
export interface PlanYear {
  schoolYear: number;
  /** children aged 3–5; null when the population (or a year's births) is missing */
  children: number | null;
  /** 录入 (the county's entered figure), 户籍名单 (counted in the household roster) or 出生数推算 (from births) */
  source: "录入" | "户籍名单" | "出生数推算" | null;
  /** places needed to reach the gross enrollment threshold: ⌈children × threshold⌉ */
  needed: number | null;
  /** needed − places; positive is a shortage (缺口), negative a surplus */
  gap: number | null;
}

export interface TownshipPlan {
  townCode: string;
  name: string;
  /** children in kindergarten now */
  enrolled: number;
  /** standard places: Σ over the township's classes of the class limit of its age band */
  places: number;
  /** of which in 普惠 kindergartens (public and recognised private) */
  inclusivePlaces: number;
  years: PlanYear[];
}

export interface PreschoolPlan {
  schoolYear: number;
  townships: TownshipPlan[];
  /** the county's totals per year (children null unless every township is known) */
  county: { schoolYear: number; children: number | null; places: number; needed: number | null; gap: number | null }[];
}

/**
 * Children aged 3–5 in school year Y from births: the births of calendar years Y−5, Y−4 and Y−3 (a child born in
 * year Y−3 is three by the autumn intake of year Y). Null when one of the three years is missing.
 *
 * @example childrenAged3to5FromBirths(new Map([[2022, 32], [2023, 35], [2024, 28]]), 2027) // => 95
 */
export function childrenAged3to5FromBirths(births: ReadonlyMap<number, number>, schoolYear: number): number | null {
  let sum = 0;
  for (const y of [schoolYear - 5, schoolYear - 4, schoolYear - 3]) {
    const b = births.get(y);
    if (b === undefined) return null;
    sum += b;
  }
  return sum;
}

/**
 * Children aged 3–5 on 31 August of school year Y in the household roster: the roster's children of the cohorts
 * Y−5, Y−4 and Y−3 (aged 5, 4 and 3 that day; see `RosterCohort`). The roster is a full list, so a cohort without
 * children counts 0. Every child of the next three years' count is already born when the roster of the current year
 * is drawn up (the youngest, cohort Y+3−3 = Y, turn 0 by 31 August of Y).
 *
 * @example childrenAged3to5FromRoster(new Map([[2021, 30], [2022, 32], [2023, 35]]), 2026) // => 97
 */
export function childrenAged3to5FromRoster(cohorts: ReadonlyMap<number, number>, schoolYear: number): number {
  let sum = 0;
  for (const c of [schoolYear - 5, schoolYear - 4, schoolYear - 3]) sum += cohorts.get(c) ?? 0;
  return sum;
}

/** The roster's cohorts by township. */
export function rosterCohortsByTown(cohorts: readonly RosterCohort[]): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const c of cohorts) {
    const m = out.get(c.townCode) ?? new Map<number, number>();
    m.set(c.cohort, (m.get(c.cohort) ?? 0) + c.children);
    out.set(c.townCode, m);
  }
  return out;
}

/**
 * Township by township (乡镇): children aged 3–5 now (the entered figure, or the roster's count) and in each of the
 * next `horizon` years (from the household roster when it lists children under 6, otherwise from births), the standard places of the township's kindergartens (class limit of each class's age band), the
 * places needed to reach the gross enrollment threshold (⌈children × threshold⌉) and the gap.
 *
 * @example townshipPlan(county, births, nationalPreschoolConfig).townships[0].years[0] // => { children: 100, needed: 85, gap: -5, … }
 */
export function townshipPlan(
  input: PreschoolCountyInput,
  births: readonly BirthsInput[],
  config: PreschoolConfig,
  horizon = 3,
): PreschoolPlan {
  const birthsByTown = new Map<string, Map<number, number>>();
  for (const b of births) {
    const m = birthsByTown.get(b.townCode) ?? new Map<number, number>();
    m.set(b.year, (m.get(b.year) ?? 0) + b.births);
    birthsByTown.set(b.townCode, m);
  }
  const placesByTown = new Map<string, { enrolled: number; places: number; inclusive: number }>();
  for (const k of input.kindergartens) {
    if (!k.townCode) continue;
    const p = placesByTown.get(k.townCode) ?? { enrolled: 0, places: 0, inclusive: 0 };
    let places = 0;
    for (const c of k.classes) places += config.classLimits[c.band];
    p.enrolled += k.children;
    p.places += places;
    if (k.kind !== null && isInclusiveKind(k.kind)) p.inclusive += places;
    placesByTown.set(k.townCode, p);
  }
  const roster =
    input.rosterCohorts && input.rosterCohorts.length > 0 ? rosterCohortsByTown(input.rosterCohorts) : null;
  const need = (children: number | null) =>
    children === null ? null : Math.ceil(children * config.grossEnrollmentMin - 1e-9);
  const townships = input.townships.map((t): TownshipPlan => {
    const p = placesByTown.get(t.townCode) ?? { enrolled: 0, places: 0, inclusive: 0 };
    const years: PlanYear[] = [];
    for (let k = 0; k <= horizon; k++) {
      const schoolYear = input.schoolYear + k;
      const children =
        k === 0
          ? t.population3to5
          : roster
            ? childrenAged3to5FromRoster(roster.get(t.townCode) ?? new Map(), schoolYear)
            : childrenAged3to5FromBirths(birthsByTown.get(t.townCode) ?? new Map(), schoolYear);
      const needed = need(children);
      years.push({
        schoolYear,
        children,
        source: children === null ? null : k === 0 ? (t.populationFrom ?? "录入") : roster ? "户籍名单" : "出生数推算",
        needed,
        gap: needed === null ? null : needed - p.places,
      });
    }
    return {
      townCode: t.townCode,
      name: t.name,
      enrolled: p.enrolled,
      places: p.places,
      inclusivePlaces: p.inclusive,
      years,
    };
  });
  let places = 0;
  for (const t of townships) places += t.places;
  const county = [];
  for (let k = 0; k <= horizon; k++) {
    let children: number | null = 0;
    for (const t of townships) {
      const c = t.years[k]?.children ?? null;
      children = children === null || c === null ? null : children + c;
    }
    if (townships.length === 0) children = null;
    const needed = need(children);
    county.push({
      schoolYear: input.schoolYear + k,
      children,
      places,
      needed,
      gap: needed === null ? null : needed - places,
    });
  }
  return { schoolYear: input.schoolYear, townships, county };
}
