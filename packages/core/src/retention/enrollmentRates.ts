/**
 * Enrollment rates from the household roster and the register (入学率, methods.md §3).
 *
 * - Primary net enrollment rate (小学学龄儿童净入学率) = roster children aged 6–11 in primary school
 *   ÷ roster children aged 6–11.
 * - Junior gross enrollment rate (初中毛入学率) = junior pupils (grades 7–9) ÷ roster children aged 12–14. At county
 *   level the numerator is every junior pupil of the county's register (whatever their age or household, as the
 *   national form counts "all junior students") plus roster children attending junior school outside the county or
 *   taught at home; at township level only the township's roster children (aged 6–14) in junior school.
 * - Compulsory-age enrollment rate (义务教育适龄儿童入学率) = roster children aged 6–14 in school ÷ roster children
 *   aged 6–14.
 *
 * Decisions: ages as of 31 August of the school year; a child enrolled outside the county with the receiving school
 * named, or taught at home (送教上门), counts as enrolled (numerator), in the stage recorded, or by age when none is;
 * a child deceased, emigrated or deferred with a medical certificate leaves the denominator; a roster gap stays in
 * the denominator; a roster child under 6 (学龄前) is in no rate at all. Rates are percentages rounded half up to two decimals, no cap.
 */
import { JUNIOR_AGES, PRIMARY_AGES } from "./ageOnCensusDay";
import { type Ratio, ratio } from "./ratio";
import { explanationEffect, isSchoolAgeOutcome, type RosterOutcome, type Stage } from "./rosterComparison";

export interface EnrollmentRates {
  primaryNet: Ratio;
  juniorGross: Ratio;
  compulsory: Ratio;
}

function stageOf(outcome: RosterOutcome): Stage | "other" | null {
  if (outcome.kind === "enrolled") return outcome.stage;
  if (outcome.kind === "explained" && explanationEffect[outcome.explanation.kind] === "in_school") {
    return outcome.explanation.stage ?? (outcome.age <= PRIMARY_AGES.to ? "primary" : "junior");
  }
  return null;
}

/**
 * The three enrollment rates of one unit from its roster outcomes.
 *
 * @param outcomes - the unit's roster children compared with the register (compareRosterToRegister)
 * @param registerJuniorPupils - county level: every junior pupil (grades 7–9, 在读 or 休学) of the county's register;
 *   the numerator is then these plus the roster children in junior school outside the register. Omitted for a
 *   township: the numerator is the township's roster children in junior school.
 * @example enrollmentRates([{ kind: "enrolled", age: 7, stage: "primary", placement }, { kind: "gap", age: 8 }]).primaryNet.rate // => 50
 */
export function enrollmentRates(outcomes: Iterable<RosterOutcome>, registerJuniorPupils?: number): EnrollmentRates {
  let pNum = 0;
  let pDen = 0;
  let jNum = registerJuniorPupils ?? 0;
  let jDen = 0;
  let cNum = 0;
  let cDen = 0;
  for (const o of outcomes) {
    if (!isSchoolAgeOutcome(o)) continue;
    const excluded = o.kind === "explained" && explanationEffect[o.explanation.kind] === "excluded";
    const stage = stageOf(o);
    if (stage === "junior" && (registerJuniorPupils === undefined || o.kind === "explained")) jNum++;
    if (excluded) continue;
    cDen++;
    if (stage !== null) cNum++;
    if (o.age >= PRIMARY_AGES.from && o.age <= PRIMARY_AGES.to) {
      pDen++;
      if (stage === "primary") pNum++;
    }
    if (o.age >= JUNIOR_AGES.from && o.age <= JUNIOR_AGES.to) jDen++;
  }
  return { primaryNet: ratio(pNum, pDen), juniorGross: ratio(jNum, jDen), compulsory: ratio(cNum, cDen) };
}
