import type { PreschoolConfig } from "./config";
import { evaluatePreschool, type PreschoolEvaluation, type PreschoolIndicatorKey } from "./evaluate";
import type { KindergartenInput, PreschoolCountyInput } from "./inputs";
import { isPublicKind } from "./vocabulary";

/** One change a what-if tries (模拟测算); the register is never altered. */
export type PreschoolAdjustment =
  /** this private kindergarten is recognised as 普惠性民办园 */
  | { type: "recognise"; schoolId: string }
  /** this township gets a new public kindergarten with so many places */
  | { type: "newPublic"; townCode: string; places: number };

export interface PreschoolWhatIf {
  before: PreschoolEvaluation;
  after: PreschoolEvaluation;
  /** indicators whose pass/fail changed */
  changed: { key: PreschoolIndicatorKey; before: string; after: string }[];
  newKindergartens: { townCode: string; name: string; places: number; children: number }[];
  /** adjustments that cannot apply, each naming its position and the fix; when any, `after` equals `before` */
  problems: { index: number; message: string }[];
  /** the county as adjusted (for the township plan after the change) */
  adjusted: PreschoolCountyInput;
}

/**
 * The evaluation recomputed after some adjustments. A recognised kindergarten counts as 普惠 from then on and, unless
 * it reports a subsidy, receives the province's 普惠 subsidy standard. A new
 * public kindergarten takes children of its township who are not yet in kindergarten (population aged 3–5 minus
 * children already enrolled there), up to its places; it takes no children from other kindergartens. It enters the
 * coverage indicators, the gross enrollment rate and the teacher indicators (staffed at the ratio limit, ⌈children ÷
 * 15⌉ certified teachers); it has no classes yet and is left out of the principal, pay, funding and building
 * indicators.
 *
 * @example preschoolWhatIf(county, [{ type: "recognise", schoolId: "K3" }], config).after.indicators[1].value // => 1
 */
export function preschoolWhatIf(
  input: PreschoolCountyInput,
  adjustments: readonly PreschoolAdjustment[],
  config: PreschoolConfig,
): PreschoolWhatIf {
  const before = evaluatePreschool(input, config);
  const problems: { index: number; message: string }[] = [];
  const kgs: KindergartenInput[] = input.kindergartens.map((k) => ({ ...k }));
  const byId = new Map(kgs.map((k) => [k.schoolId, k]));
  const towns = new Map(input.townships.map((t) => [t.townCode, t]));
  const newKindergartens: PreschoolWhatIf["newKindergartens"] = [];
  adjustments.forEach((a, index) => {
    const at = `第 ${index + 1} 项:`;
    if (a.type === "recognise") {
      const k = byId.get(a.schoolId);
      if (!k) problems.push({ index, message: `${at}找不到这所幼儿园,请从列表中选择` });
      else if (k.kind === null) problems.push({ index, message: `${at}${k.name}尚未填报办园性质,请先填报` });
      else if (isPublicKind(k.kind))
        problems.push({ index, message: `${at}${k.name}已是公办园,无需认定为普惠性民办园` });
      else if (k.kind === "inclusive_private") problems.push({ index, message: `${at}${k.name}已认定为普惠性民办园` });
      else {
        k.kind = "inclusive_private";
        // a recognised kindergarten receives the 普惠 subsidy at the standard unless it reports one
        k.fundingPerChildFen ??= config.inclusiveSubsidyPerChildYuan * 100;
      }
      return;
    }
    const town = towns.get(a.townCode);
    if (!town) {
      problems.push({ index, message: `${at}找不到这个乡镇,请从列表中选择` });
      return;
    }
    if (!(Number.isInteger(a.places) && a.places >= 30 && a.places <= 1000)) {
      problems.push({ index, message: `${at}学位数应为 30 到 1000 的整数(如 120)` });
      return;
    }
    let enrolled = 0;
    for (const k of kgs) if (k.townCode === a.townCode) enrolled += k.children;
    const unserved = Math.max(0, (town.population3to5 ?? 0) - enrolled);
    const children = Math.min(a.places, unserved);
    const name = `${town.name}新建公办园`;
    newKindergartens.push({ townCode: a.townCode, name, places: a.places, children });
    kgs.push({
      schoolId: `new:${index}`,
      name,
      townCode: a.townCode,
      kind: "education_public",
      attached: true, // kept out of the principal, pay, funding and building indicators
      ruralCentral: false,
      children,
      classes: [],
      // staffed at the ratio limit with certified teachers
      fullTimeTeachers: Math.ceil(children / config.childrenPerTeacherMax),
      certifiedTeachers: Math.ceil(children / config.childrenPerTeacherMax),
      principalCertified: null,
      establishedTeachers: 0,
      establishedPayFen: null,
      nonEstablishedTeachers: 0,
      nonEstablishedPayFen: null,
      fundingPerChildFen: null,
      buildingArea: null,
      playArea: null,
    });
  });
  if (problems.length > 0)
    return { before, after: before, changed: [], newKindergartens: [], problems, adjusted: input };
  const adjusted = { ...input, kindergartens: kgs };
  const after = evaluatePreschool(adjusted, config);
  const changed = after.indicators
    .map((i, n) => ({ key: i.key, before: before.indicators[n]?.status ?? "missing", after: i.status }))
    .filter((c) => c.before !== c.after);
  return { before, after, changed, newKindergartens, problems, adjusted };
}
