/**
 * The shape of the demo county: which schools exist, which grades they run, how many pupils per grade and how
 * large their classes are. Modelled on a small Inner Mongolian county of ~30 schools (seed 002): a county seat
 * with crowded urban schools (大班额), town central schools, village schools and teaching points (教学点).
 */
import type { Locality, Ownership, SchoolKind } from "@edubureau/core/registry";

/** A run of grades with the same intake per grade and class size. */
export interface GradeBand {
  from: number;
  to: number;
  /** pupils per grade (mean) */
  perGrade: number;
  /** mean class size; classes are formed at intake as round(pupils / classSize) */
  classSize: number;
}

export interface SchoolPlan {
  /** stable key inside the plan */
  key: string;
  /** name template: {县} county, {镇} town, {村} village */
  name: string;
  kind: SchoolKind;
  locality: Locality;
  ownership: Ownership;
  /** index into the county's towns; 0 is the county seat (城关镇) */
  town: number;
  bands: GradeBand[];
  /** a teaching point's central school, which takes its pupils after its last grade */
  parent?: string;
  /** share of 蒙古族 pupils when it differs from the county's */
  mongolShare?: number;
  /** pupils taught at home (送教上门) per grade: special school only, enrolled without a class */
  homebound?: number;
  /** extra pupils per class in the cohort that reaches the last grade in the latest year: legacy 超大班额 */
  legacyLarge?: number;
  /** year the school opened */
  opened: number;
}

export interface EventPlan {
  key: string;
  kind: "relocated" | "merged";
  /** the school merged into, or whose old site is taken over */
  other?: string;
  /** offset from the latest school year of the year the event happens in (in August, before term) */
  yearOffset: number;
  day: number;
  /** Chinese note; {other} is replaced by the other school's name */
  note: string;
}

export interface CountyPlan {
  schools: SchoolPlan[];
  events: EventPlan[];
  /** number of towns (乡镇), including the county seat */
  towns: [number, number];
}

const kg = (perGrade: number, classSize = 30): GradeBand[] => [{ from: -3, to: -1, perGrade, classSize }];
const band = (from: number, to: number, perGrade: number, classSize: number): GradeBand => ({
  from,
  to,
  perGrade,
  classSize,
});

function school(
  key: string,
  name: string,
  kind: SchoolKind,
  locality: Locality,
  town: number,
  opened: number,
  bands: GradeBand[],
  extra: Partial<SchoolPlan> = {},
): SchoolPlan {
  return { key, name, kind, locality, ownership: "public", town, opened, bands, ...extra };
}

/** A county of ~30 schools and ~20,000 pupils (scale "county"). */
export const countyPlan: CountyPlan = {
  towns: [8, 10],
  schools: [
    school("kg1", "{县}第一幼儿园", "kindergarten", "urban", 0, 1978, kg(150)),
    school("kg2", "{县}第二幼儿园", "kindergarten", "urban", 0, 1992, kg(130)),
    school("kg3", "{县}第三幼儿园", "kindergarten", "urban", 0, 2011, kg(180, 32)),
    school("kg4", "{县}阳光幼儿园", "kindergarten", "urban", 0, 2013, kg(90, 28), { ownership: "private" }),
    school("p1", "{县}第一小学", "primary", "urban", 0, 1952, [band(1, 6, 350, 53)], { legacyLarge: 14 }),
    school("p2", "{县}第二小学", "primary", "urban", 0, 1965, [band(1, 6, 250, 50)]),
    school("p3", "{县}第三小学", "primary", "urban", 0, 1987, [band(1, 6, 180, 45)]),
    school("p4", "{县}育才小学", "primary", "urban", 0, 2008, [band(1, 6, 80, 40)], { ownership: "private" }),
    school("p5", "{镇}中心小学", "primary", "town", 0, 1958, [band(1, 6, 125, 42)]),
    school("p6", "{镇}中心小学", "primary", "town", 1, 1956, [band(1, 6, 90, 40)]),
    school("p7", "{镇}中心小学", "primary", "town", 2, 1960, [band(1, 6, 75, 38)]),
    school("p8", "{镇}中心小学", "primary", "town", 3, 1962, [band(1, 6, 70, 36)]),
    school("p9", "{镇}中心小学", "primary", "town", 4, 1964, [band(1, 6, 60, 32)]),
    school("p10", "{镇}{村}小学", "primary", "rural", 2, 1970, [band(1, 6, 18, 20)]),
    school("p11", "{镇}{村}小学", "primary", "rural", 5, 1968, [band(1, 6, 25, 25)]),
    school("tp1", "{镇}{村}教学点", "teaching_point", "rural", 3, 1975, [band(1, 3, 4, 12)], { parent: "p8" }),
    school("tp2", "{镇}{村}教学点", "teaching_point", "rural", 4, 1972, [band(1, 4, 9, 12)], { parent: "p9" }),
    school("tp3", "{镇}{村}教学点", "teaching_point", "rural", 1, 1969, [band(1, 4, 16, 20)], { parent: "p6" }),
    school("j1", "{县}第二中学", "junior", "urban", 0, 1958, [band(7, 9, 330, 53)], { legacyLarge: 7 }),
    school("j2", "{县}第三中学", "junior", "urban", 0, 1979, [band(7, 9, 200, 50)]),
    school("j3", "{镇}中学", "junior", "town", 1, 1968, [band(7, 9, 160, 46)]),
    school("j4", "{镇}中学", "junior", "town", 2, 1971, [band(7, 9, 140, 45)]),
    school("n1", "{县}实验学校", "nine_year", "urban", 0, 2009, [band(1, 6, 240, 51), band(7, 9, 240, 52)]),
    school("n2", "{县}蒙古族学校", "nine_year", "urban", 0, 1956, [band(1, 6, 70, 35), band(7, 9, 70, 35)], {
      mongolShare: 0.85,
    }),
    school("n3", "{镇}九年一贯制学校", "nine_year", "town", 5, 1966, [band(1, 6, 55, 28), band(7, 9, 70, 35)]),
    school("c1", "{县}第一中学", "complete_secondary", "urban", 0, 1946, [band(7, 9, 250, 55), band(10, 12, 350, 50)]),
    school("s1", "{县}综合高级中学", "senior", "urban", 0, 1985, [band(10, 12, 300, 50)]),
    school("v1", "{县}职业中学", "vocational", "urban", 0, 1983, [band(10, 12, 330, 45)]),
    school("sp1", "{县}特殊教育学校", "special", "urban", 0, 2012, [band(1, 9, 8, 8)], { homebound: 1 }),
  ],
  events: [
    { key: "p1", kind: "relocated", yearOffset: -1, day: 15, note: "整体搬迁至城南新区新建校舍,校名不变" },
    { key: "j1", kind: "relocated", other: "p1", yearOffset: -1, day: 20, note: "搬迁至原{other}校址" },
    {
      key: "p10",
      kind: "merged",
      other: "p7",
      yearOffset: 0,
      day: 20,
      note: "布局调整,撤并至{other},学生和教职工整体并入",
    },
  ],
};

/** Four small schools of different kinds, for fast integration tests (scale "tiny"). */
export const tinyPlan: CountyPlan = {
  towns: [8, 8],
  schools: [
    school("kg1", "{县}第一幼儿园", "kindergarten", "urban", 0, 1978, kg(22, 25)),
    school("p1", "{县}第一小学", "primary", "urban", 0, 1952, [band(1, 6, 26, 30)]),
    school("tp1", "{镇}{村}教学点", "teaching_point", "rural", 1, 1975, [band(1, 3, 5, 12)], { parent: "p1" }),
    school("j1", "{县}第二中学", "junior", "urban", 0, 1958, [band(7, 9, 56, 30)]),
  ],
  events: [
    { key: "p1", kind: "relocated", yearOffset: -1, day: 15, note: "整体搬迁至城南新区新建校舍,校名不变" },
    { key: "j1", kind: "relocated", other: "p1", yearOffset: -1, day: 20, note: "搬迁至原{other}校址" },
  ],
};

/** Number of counties generated for scale "city" (about 50 times the county). */
export const CITY_COUNTIES = 50;
