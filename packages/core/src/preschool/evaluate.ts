import type { PreschoolConfig } from "./config";
import type { KindergartenInput, PreschoolCountyInput } from "./inputs";
import { ageBandLabels, isInclusiveKind, isPublicKind } from "./vocabulary";

/** The indicators of the county evaluation, in the order the report lists them. */
export const preschoolIndicatorLabels = {
  gross_enrollment: "学前三年毛入园率",
  inclusive_coverage: "普惠性幼儿园覆盖率",
  public_share: "公办园在园幼儿占比",
  class_within_limit: "班额达标班级占比",
  children_per_teacher: "专任教师与幼儿比",
  certified_teachers: "专任教师持证率",
  certified_principals: "园长持证率",
  pay_share: "公办园非在编教师平均工资占在编教师比例",
  funding: "生均财政拨款(补助)达标园占比",
  building_standard: "园舍与户外场地达标园占比",
  rural_central: "乡镇公办中心园覆盖率",
  satisfaction: "社会认可度",
} as const;
export type PreschoolIndicatorKey = keyof typeof preschoolIndicatorLabels;
export const preschoolIndicatorKeys = Object.keys(preschoolIndicatorLabels) as PreschoolIndicatorKey[];

/** What pulls an indicator down: a kindergarten (or a township), with the figure that does it. */
export interface PullingDown {
  id: string;
  name: string;
  /** its own value of the indicator, where it has one */
  value: number | null;
  /** what is wrong, in words: "小(1)班 28 人(上限 25)" */
  note: string;
}

export interface PreschoolIndicator {
  key: PreschoolIndicatorKey;
  label: string;
  /** a share (0..1) or, for children_per_teacher, children per teacher; null when an input is missing */
  value: number | null;
  /** the data behind the value: numerator and denominator in the indicator's own units */
  numerator: number | null;
  denominator: number | null;
  /** "share": value ≥ threshold; "ratio": value ≤ threshold (children per teacher) */
  form: "share" | "ratio";
  threshold: number;
  status: "pass" | "fail" | "missing";
  /** what is missing, in words (the indicator prints this instead of a number) */
  missing: string | null;
  /** how the figure is counted, for the method note */
  method: string;
  pulling: PullingDown[];
}

export interface PreschoolEvaluation {
  schoolYear: number;
  asOf: string;
  /** all children in kindergarten (attached classes included) on the statistics date */
  children: number;
  kindergartens: number;
  indicators: PreschoolIndicator[];
  passed: number;
  failed: number;
  missing: number;
}

const EPS = 1e-12;

function share(
  key: PreschoolIndicatorKey,
  numerator: number,
  denominator: number,
  threshold: number,
  method: string,
  pulling: PullingDown[],
  missing: string | null = null,
): PreschoolIndicator {
  const known = missing === null && denominator > 0;
  const value = known ? numerator / denominator : null;
  return {
    key,
    label: preschoolIndicatorLabels[key],
    value,
    numerator: known ? numerator : null,
    denominator: known ? denominator : null,
    form: "share",
    threshold,
    status: value === null ? "missing" : value + EPS >= threshold ? "pass" : "fail",
    missing: value === null ? (missing ?? "没有可计算的数据") : null,
    method,
    pulling: value === null ? [] : pulling,
  };
}

const namesOf = (list: { name: string }[]) => {
  const names = list.slice(0, 5).map((k) => k.name);
  return list.length > 5 ? `${names.join("、")}等 ${list.length} 所` : names.join("、");
};
const worstFirst = (list: (PullingDown & { weight: number })[]): PullingDown[] =>
  list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.weight - a.p.weight || a.i - b.i)
    .map(({ p: { weight: _w, ...rest } }) => rest);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/**
 * The county evaluation of universal and affordable preschool (学前教育普及普惠, 教督〔2020〕1号, methods.md §11):
 * twelve indicators, each with its value, the data behind it, its threshold, pass/fail, and the kindergartens (or
 * townships) that pull it down. An indicator whose input is missing says what is missing and has no value.
 *
 * Conventions: children are everyone on a kindergarten roll on the statistics date, of any age, attached classes
 * of primary schools included; shares are compared unrounded (the page rounds to one decimal); a boundary value
 * passes (50 % public share meets "≥ 50 %", 15 children a teacher meets "≤ 1:15").
 *
 * @example evaluatePreschool(county, nationalPreschoolConfig).indicators[0] // => { key: "gross_enrollment", value: 0.88, status: "pass", … }
 */
export function evaluatePreschool(input: PreschoolCountyInput, config: PreschoolConfig): PreschoolEvaluation {
  const kgs = input.kindergartens;
  let children = 0;
  for (const k of kgs) children += k.children;
  const indicators: PreschoolIndicator[] = [
    grossEnrollment(input, children, config),
    ...coverage(kgs, children, config),
    classWithinLimit(kgs, config),
    childrenPerTeacher(kgs, children, config),
    certifiedTeachers(kgs, config),
    certifiedPrincipals(kgs, config),
    payShare(kgs, config),
    funding(kgs, config),
    buildingStandard(kgs, config),
    ruralCentral(input, config),
    share(
      "satisfaction",
      input.satisfaction ?? 0,
      1,
      config.satisfactionMin,
      "社会认可度调查结果(录入,注明来源)",
      [],
      input.satisfaction === null ? "尚未录入社会认可度调查结果" : null,
    ),
  ];
  return {
    schoolYear: input.schoolYear,
    asOf: input.asOf,
    children,
    kindergartens: kgs.filter((k) => !k.attached).length,
    indicators,
    passed: indicators.filter((i) => i.status === "pass").length,
    failed: indicators.filter((i) => i.status === "fail").length,
    missing: indicators.filter((i) => i.status === "missing").length,
  };
}

function grossEnrollment(input: PreschoolCountyInput, children: number, config: PreschoolConfig) {
  let population = 0;
  const lacking: string[] = [];
  for (const t of input.townships) {
    if (t.population3to5 === null) lacking.push(t.name);
    else population += t.population3to5;
  }
  const missing =
    lacking.length > 0
      ? `${lacking.join("、")}尚未录入 3–5 周岁人口`
      : input.townships.length === 0 || population === 0
        ? "尚未录入 3–5 周岁人口"
        : children === 0
          ? "没有在园幼儿"
          : null;
  // townships below the threshold pull the county down
  const enrolledByTown = new Map<string, number>();
  for (const k of input.kindergartens) {
    if (k.townCode) enrolledByTown.set(k.townCode, (enrolledByTown.get(k.townCode) ?? 0) + k.children);
  }
  const pulling = worstFirst(
    input.townships
      .filter((t) => (t.population3to5 ?? 0) > 0)
      .map((t) => {
        const rate = (enrolledByTown.get(t.townCode) ?? 0) / (t.population3to5 as number);
        return { id: t.townCode, name: t.name, value: rate, note: `乡镇入园率 ${pct(rate)}`, weight: -rate };
      })
      .filter((p) => p.value + EPS < config.grossEnrollmentMin),
  );
  return share(
    "gross_enrollment",
    children,
    population,
    config.grossEnrollmentMin,
    "在园幼儿数(任何年龄,含小学附设幼儿班)÷ 3–5 周岁人口数(各乡镇录入数;未录入的乡镇取户籍名单中的人数)",
    pulling,
    missing,
  );
}

function coverage(kgs: KindergartenInput[], children: number, config: PreschoolConfig): PreschoolIndicator[] {
  const unknown = kgs.filter((k) => k.kind === null && k.children > 0);
  const missing = unknown.length > 0 ? `${namesOf(unknown)}尚未填报办园性质` : children === 0 ? "没有在园幼儿" : null;
  let inclusive = 0;
  let pub = 0;
  for (const k of kgs) {
    if (k.kind === null) continue;
    if (isInclusiveKind(k.kind)) inclusive += k.children;
    if (isPublicKind(k.kind)) pub += k.children;
  }
  const pullers = (keep: (k: KindergartenInput) => boolean, what: string) =>
    worstFirst(
      kgs
        .filter((k) => k.kind !== null && !keep(k) && k.children > 0)
        .map((k) => ({
          id: k.schoolId,
          name: k.name,
          value: null,
          note: `${what} ${k.children} 人`,
          weight: k.children,
        })),
    );
  return [
    share(
      "inclusive_coverage",
      inclusive,
      children,
      config.inclusiveCoverageMin,
      "公办园与认定的普惠性民办园在园幼儿数 ÷ 全部在园幼儿数",
      pullers((k) => isInclusiveKind(k.kind as never), "非普惠性民办园在园幼儿"),
      missing,
    ),
    share(
      "public_share",
      pub,
      children,
      config.publicShareMin,
      "公办园(教育部门办、其他部门办、集体办,含公办小学附设幼儿班)在园幼儿数 ÷ 全部在园幼儿数",
      pullers((k) => isPublicKind(k.kind as never), "民办园在园幼儿"),
      missing,
    ),
  ];
}

function classWithinLimit(kgs: KindergartenInput[], config: PreschoolConfig) {
  let classes = 0;
  let within = 0;
  const pulling: (PullingDown & { weight: number })[] = [];
  for (const k of kgs) {
    const over: string[] = [];
    for (const c of k.classes) {
      if (c.children <= 0) continue;
      classes++;
      const limit = config.classLimits[c.band];
      if (c.children <= limit) within++;
      else over.push(`${c.name} ${c.children} 人(上限 ${limit})`);
    }
    if (over.length > 0) {
      pulling.push({ id: k.schoolId, name: k.name, value: over.length, note: over.join(";"), weight: over.length });
    }
  }
  const limits = (Object.keys(ageBandLabels) as (keyof typeof ageBandLabels)[])
    .map((b) => `${ageBandLabels[b]} ${config.classLimits[b]}`)
    .join("、");
  return share(
    "class_within_limit",
    within,
    classes,
    config.classWithinLimitShareMin,
    `不超过班额上限(${limits} 人)的班级数 ÷ 有幼儿的班级数`,
    worstFirst(pulling),
    classes === 0 ? "没有班级数据" : null,
  );
}

function childrenPerTeacher(kgs: KindergartenInput[], children: number, config: PreschoolConfig): PreschoolIndicator {
  let teachers = 0;
  for (const k of kgs) teachers += k.fullTimeTeachers;
  const max = config.childrenPerTeacherMax;
  const pulling = worstFirst(
    kgs
      .filter((k) => k.children > 0 && (k.fullTimeTeachers === 0 || k.children / k.fullTimeTeachers > max + EPS))
      .map((k) => {
        const ratio = k.fullTimeTeachers > 0 ? k.children / k.fullTimeTeachers : null;
        return {
          id: k.schoolId,
          name: k.name,
          value: ratio,
          note: ratio === null ? `${k.children} 名幼儿,没有专任教师` : `1:${ratio.toFixed(1)}`,
          weight: ratio ?? Number.POSITIVE_INFINITY,
        };
      }),
  );
  const known = teachers > 0 && children > 0;
  const value = known ? children / teachers : null;
  return {
    key: "children_per_teacher",
    label: preschoolIndicatorLabels.children_per_teacher,
    value,
    numerator: known ? children : null,
    denominator: known ? teachers : null,
    form: "ratio",
    threshold: max,
    status: value === null ? "missing" : value <= max + EPS ? "pass" : "fail",
    missing: value === null ? (children === 0 ? "没有在园幼儿" : "没有专任教师数据") : null,
    method: `在园幼儿数 ÷ 专任教师数(全县合计),不高于 ${max} 即“1:${max}”以内`,
    pulling: value === null ? [] : pulling,
  };
}

function certifiedTeachers(kgs: KindergartenInput[], config: PreschoolConfig) {
  let teachers = 0;
  let certified = 0;
  for (const k of kgs) {
    teachers += k.fullTimeTeachers;
    certified += Math.min(k.certifiedTeachers, k.fullTimeTeachers);
  }
  const pulling = worstFirst(
    kgs
      .filter((k) => k.certifiedTeachers < k.fullTimeTeachers)
      .map((k) => {
        const lacking = k.fullTimeTeachers - k.certifiedTeachers;
        return {
          id: k.schoolId,
          name: k.name,
          value: k.certifiedTeachers / k.fullTimeTeachers,
          note: `${lacking} 名专任教师无教师资格证`,
          weight: lacking,
        };
      }),
  );
  return share(
    "certified_teachers",
    certified,
    teachers,
    config.certifiedTeacherShareMin,
    "持有教师资格证的专任教师数 ÷ 专任教师数",
    pulling,
    teachers === 0 ? "没有专任教师数据" : null,
  );
}

function certifiedPrincipals(kgs: KindergartenInput[], config: PreschoolConfig) {
  const own = kgs.filter((k) => !k.attached);
  const unknown = own.filter((k) => k.principalCertified === null);
  const yes = own.filter((k) => k.principalCertified === true).length;
  const pulling = own
    .filter((k) => k.principalCertified === false)
    .map((k) => ({ id: k.schoolId, name: k.name, value: 0, note: "园长未取得任职资格" }));
  return share(
    "certified_principals",
    yes,
    own.length,
    config.certifiedPrincipalShareMin,
    "园长取得任职资格的幼儿园数 ÷ 幼儿园数(小学附设幼儿班不计)",
    pulling,
    unknown.length > 0 ? `${namesOf(unknown)}尚未填报园长任职资格` : own.length === 0 ? "没有幼儿园" : null,
  );
}

function payShare(kgs: KindergartenInput[], config: PreschoolConfig) {
  // public kindergartens only (attached classes' teachers are paid as the primary school's)
  let est = 0;
  let estPay = 0;
  let non = 0;
  let nonPay = 0;
  const unknown: KindergartenInput[] = [];
  const rows: { k: KindergartenInput; ratio: number | null }[] = [];
  for (const k of kgs) {
    if (k.attached || k.kind === null || !isPublicKind(k.kind)) continue;
    const lacksEst = k.establishedTeachers > 0 && k.establishedPayFen === null;
    const lacksNon = k.nonEstablishedTeachers > 0 && k.nonEstablishedPayFen === null;
    if (lacksEst || lacksNon) {
      unknown.push(k);
      continue;
    }
    est += k.establishedTeachers;
    estPay += k.establishedTeachers * (k.establishedPayFen ?? 0);
    non += k.nonEstablishedTeachers;
    nonPay += k.nonEstablishedTeachers * (k.nonEstablishedPayFen ?? 0);
    if (k.nonEstablishedTeachers > 0 && k.establishedTeachers > 0) {
      rows.push({ k, ratio: (k.nonEstablishedPayFen as number) / (k.establishedPayFen as number) });
    }
  }
  const missing =
    unknown.length > 0
      ? `${namesOf(unknown)}尚未填报在编、非在编教师平均工资`
      : est === 0 || non === 0
        ? "公办园没有同时有在编和非在编教师的工资数据"
        : null;
  const pulling = worstFirst(
    rows
      .filter((r) => (r.ratio as number) + EPS < config.payShareMin)
      .map((r) => ({
        id: r.k.schoolId,
        name: r.k.name,
        value: r.ratio,
        note: `非在编为在编的 ${pct(r.ratio as number)}`,
        weight: -(r.ratio as number),
      })),
  );
  // the indicator is a ratio of two averages; numerator and denominator are the averages in fen
  const ind = share(
    "pay_share",
    non > 0 ? nonPay / non : 0,
    est > 0 ? estPay / est : 0,
    config.payShareMin,
    "公办园非在编专任教师月平均工资 ÷ 在编专任教师月平均工资(按人数加权,小学附设幼儿班不计)",
    pulling,
    missing,
  );
  return ind;
}

function funding(kgs: KindergartenInput[], config: PreschoolConfig) {
  const examined = kgs.filter((k) => !k.attached && k.kind !== null && isInclusiveKind(k.kind));
  const unknown = examined.filter((k) => k.fundingPerChildFen === null);
  let meets = 0;
  const pulling: (PullingDown & { weight: number })[] = [];
  for (const k of examined) {
    if (k.fundingPerChildFen === null) continue;
    const pub = isPublicKind(k.kind as never);
    const standardFen = (pub ? config.publicFundingPerChildYuan : config.inclusiveSubsidyPerChildYuan) * 100;
    if (k.fundingPerChildFen >= standardFen) meets++;
    else {
      const yuan = k.fundingPerChildFen / 100;
      pulling.push({
        id: k.schoolId,
        name: k.name,
        value: yuan,
        note: `${pub ? "生均财政拨款" : "生均补助"} ${yuan} 元(标准 ${standardFen / 100} 元)`,
        weight: standardFen - k.fundingPerChildFen,
      });
    }
  }
  return share(
    "funding",
    meets,
    examined.length,
    1,
    `公办园生均财政拨款不低于 ${config.publicFundingPerChildYuan} 元/年、普惠性民办园生均补助不低于 ${config.inclusiveSubsidyPerChildYuan} 元/年的园数 ÷ 公办园与普惠性民办园数`,
    worstFirst(pulling),
    unknown.length > 0
      ? `${namesOf(unknown)}尚未填报生均财政拨款(补助)`
      : examined.length === 0
        ? "没有公办园或普惠性民办园"
        : null,
  );
}

function buildingStandard(kgs: KindergartenInput[], config: PreschoolConfig) {
  const own = kgs.filter((k) => !k.attached && k.children > 0);
  const unknown = own.filter((k) => k.buildingArea === null || k.playArea === null);
  let meets = 0;
  const pulling: (PullingDown & { weight: number })[] = [];
  for (const k of own) {
    if (k.buildingArea === null || k.playArea === null) continue;
    const building = k.buildingArea / k.children;
    const play = k.playArea / k.children;
    const notes: string[] = [];
    if (building + EPS < config.buildingAreaPerChild)
      notes.push(`生均园舍 ${building.toFixed(2)} m²(标准 ${config.buildingAreaPerChild})`);
    if (play + EPS < config.playAreaPerChild)
      notes.push(`生均户外场地 ${play.toFixed(2)} m²(标准 ${config.playAreaPerChild})`);
    if (notes.length === 0) meets++;
    else pulling.push({ id: k.schoolId, name: k.name, value: null, note: notes.join(";"), weight: notes.length });
  }
  return share(
    "building_standard",
    meets,
    own.length,
    config.buildingStandardShareMin,
    `生均园舍建筑面积不低于 ${config.buildingAreaPerChild} m²且生均户外活动场地不低于 ${config.playAreaPerChild} m²的幼儿园数 ÷ 有在园幼儿的幼儿园数(小学附设幼儿班不计)`,
    worstFirst(pulling),
    unknown.length > 0 ? `${namesOf(unknown)}尚未填报园舍或户外场地面积` : own.length === 0 ? "没有幼儿园" : null,
  );
}

function ruralCentral(input: PreschoolCountyInput, _config: PreschoolConfig) {
  const townships = input.townships.filter((t) => !t.urban);
  const withCentral = new Set(
    input.kindergartens
      .filter((k) => k.ruralCentral && !k.attached && k.kind !== null && isPublicKind(k.kind) && k.townCode)
      .map((k) => k.townCode as string),
  );
  const pulling = townships
    .filter((t) => !withCentral.has(t.townCode))
    .map((t) => ({ id: t.townCode, name: t.name, value: 0, note: "没有公办中心幼儿园" }));
  return share(
    "rural_central",
    townships.length - pulling.length,
    townships.length,
    1,
    "有公办中心幼儿园的乡镇数 ÷ 农村乡镇数(街道和城区不计)",
    pulling,
    townships.length === 0 ? "没有乡镇" : null,
  );
}
