import type { AgeBand, KindergartenKind } from "./vocabulary";

/** One class of a kindergarten (or of a primary school's attached preschool classes) on the statistics date. */
export interface PreschoolClassInput {
  classId: string;
  name: string;
  band: AgeBand;
  /** children on the roll of the class on the statistics date */
  children: number;
}

/**
 * A kindergarten, or the attached preschool classes of a primary school (附设幼儿班), as of the statistics date
 * (1 September of the school year). Figures the kindergarten has not reported are null; the indicators that need
 * them then say what is missing instead of printing a number.
 */
export interface KindergartenInput {
  schoolId: string;
  name: string;
  townCode: string | null;
  /** kind (办园性质); null when not reported */
  kind: KindergartenKind | null;
  /** attached classes of a primary school (附设幼儿班) rather than a kindergarten */
  attached: boolean;
  /** the township's public central kindergarten (乡镇公办中心园) */
  ruralCentral: boolean;
  /** children in kindergarten on the statistics date, of any age */
  children: number;
  classes: PreschoolClassInput[];
  /** full-time teachers (专任教师) teaching preschool on the statistics date */
  fullTimeTeachers: number;
  /** of whom hold a teacher's certificate (教师资格证) */
  certifiedTeachers: number;
  /** the principal holds 园长任职资格; null when not reported (not asked of attached classes) */
  principalCertified: boolean | null;
  /** established (在编) and non-established (非在编) full-time teachers, with their average monthly pay in fen */
  establishedTeachers: number;
  establishedPayFen: number | null;
  nonEstablishedTeachers: number;
  nonEstablishedPayFen: number | null;
  /** per-child public funding (public) or 普惠 subsidy (recognised private) in fen a year; null when not reported */
  fundingPerChildFen: number | null;
  /** building floor area and outdoor play area, m²; null when not reported */
  buildingArea: number | null;
  playArea: number | null;
}

/** A township (乡镇/街道) of the county with its population aged 3–5 on the statistics date. */
export interface TownshipInput {
  townCode: string;
  name: string;
  /** an urban sub-district or the county seat (街道/城区), not a rural township (乡镇) */
  urban: boolean;
  /** population aged 3–5 (entered by the county with its source, or counted in the household roster); null if none */
  population3to5: number | null;
  /** where the population comes from: the county's entered figure (录入, the default) or the household roster */
  populationFrom?: "录入" | "户籍名单";
}

/**
 * Children of the household roster (户籍名单, imported by 控辍保学) by township and birth cohort: `cohort` is the
 * school year in which the child is 0 on 31 August, so the child's age on 31 August of year Y is Y − cohort.
 */
export interface RosterCohort {
  townCode: string;
  cohort: number;
  children: number;
}

/** Everything the evaluation of one county and school year reads. */
export interface PreschoolCountyInput {
  schoolYear: number;
  /** the statistics date the figures are as of (YYYY-09-01) */
  asOf: string;
  kindergartens: KindergartenInput[];
  townships: TownshipInput[];
  /** public satisfaction from a survey (0..1) with its source; null when no survey was entered */
  satisfaction: number | null;
  /**
   * the household roster's children aged 0–5 by township and cohort, when the roster lists children under 6 (then
   * it gives the forecast instead of births); absent or empty otherwise
   */
  rosterCohorts?: RosterCohort[];
}
