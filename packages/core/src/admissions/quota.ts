/**
 * Quota places to junior schools (指标到校, methods.md §7): a share (≥ 50% by default) of a high-quality senior
 * school's plan is divided among the county's junior schools in proportion to a published base (graduates, enrolled
 * or registered students), optionally weighting rural schools, by the largest-remainder method with a stated
 * tie-break; each junior school's places then go by score above a floor line, and places not taken return to open
 * admission. No randomness: the arithmetic is published and anyone can redo it (docs/verifiable-draws.md §7).
 */
import type { Problem } from "./classAllocation";

export const QUOTA_ALGORITHM = "edubureau/quota-places";
export const QUOTA_VERSION = 1;

export type QuotaBaseKind = "graduates" | "enrolled" | "registered";

export const quotaBaseLabels: Record<QuotaBaseKind, string> = {
  graduates: "应届毕业生数",
  enrolled: "在校生数",
  registered: "学籍人数",
};

export interface QuotaJuniorSchool {
  /** school code (10-digit national code, or any unique code) */
  code: string;
  name: string;
  /** the base: number of graduates, enrolled or registered students */
  base: number;
  rural: boolean;
}

export interface QuotaCandidate {
  /** anonymized candidate code */
  code: string;
  /** the junior school's code */
  school: string;
  /** total score (中考总分) */
  score: number;
  /** tie-break scores in the published order (e.g. 语数外总分, 数学), compared only when totals are equal */
  tieScores: number[];
}

export interface QuotaInput {
  algorithm: typeof QUOTA_ALGORITHM;
  version: typeof QUOTA_VERSION;
  kind: "quota";
  code: string;
  title: string;
  eventTime: string;
  seniorSchool: { code: string; name: string };
  /** the senior school's enrollment plan (招生计划) */
  plan: number;
  /** percent of the plan allocated to junior schools, 50–100 by default rules */
  sharePercent: number;
  baseKind: QuotaBaseKind;
  /** weight of a rural school's base in percent (100 = no weighting, 120 = counts 1.2×) */
  ruralWeightPercent: number;
  /** sorted by code */
  juniorSchools: QuotaJuniorSchool[];
  /** the floor line (最低控制线): a candidate needs at least this score */
  floorLine: number;
  /** the names of the tie-break scores, in order */
  tieBreakNames: string[];
  /** sorted by code; empty when only the allocation is published */
  candidates: QuotaCandidate[];
}

export interface QuotaSchoolRow {
  code: string;
  name: string;
  base: number;
  rural: boolean;
  /** base × weight / 100, kept exact as base × weight (hundredths) */
  weightedBase: number;
  /** exact share as a fraction: numerator / denominator places */
  exactNumerator: number;
  exactDenominator: number;
  /** exact share rounded to 4 decimals, for reading */
  exact: number;
  /** whole places before remainders */
  floor: number;
  /** 1-based rank of the remainder among all schools (largest first, ties broken as stated) */
  remainderRank: number;
  /** 1 when this school got one of the remaining places */
  extra: number;
  places: number;
  /** admission within the school: admitted candidate codes in order, places not taken */
  admitted: string[];
  eligible: number;
  returned: number;
}

export interface QuotaResult {
  algorithm: typeof QUOTA_ALGORITHM;
  version: typeof QUOTA_VERSION;
  code: string;
  inputDigest: string;
  plan: number;
  sharePercent: number;
  /** places allocated to junior schools: ceil(plan × share / 100) */
  quotaTotal: number;
  totalWeightedBase: number;
  /** places handed out by remainders */
  remainderPlaces: number;
  schools: QuotaSchoolRow[];
  /** quota places not taken, returned to open admission */
  returnedPlaces: number;
  /** places for open admission: plan − quota + returned */
  openPlaces: number;
}

/** Builds the input document with schools and candidates sorted by code. */
export function quotaInput(props: Omit<QuotaInput, "algorithm" | "version" | "kind">): QuotaInput {
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    algorithm: QUOTA_ALGORITHM,
    version: QUOTA_VERSION,
    kind: "quota",
    code: props.code,
    title: props.title,
    eventTime: props.eventTime,
    seniorSchool: { code: props.seniorSchool.code, name: props.seniorSchool.name },
    plan: props.plan,
    sharePercent: props.sharePercent,
    baseKind: props.baseKind,
    ruralWeightPercent: props.ruralWeightPercent,
    juniorSchools: props.juniorSchools
      .map((s) => ({ code: s.code, name: s.name, base: s.base, rural: s.rural }))
      .sort(byCode),
    floorLine: props.floorLine,
    tieBreakNames: [...props.tieBreakNames],
    candidates: props.candidates
      .map((c) => ({ code: c.code, school: c.school, score: c.score, tieScores: [...c.tieScores] }))
      .sort(byCode),
  };
}

/**
 * Problems that stop the quota computation, each naming the field and the fix.
 *
 * @example quotaProblems({ ...input, sharePercent: 40 }) // => [{ field: "sharePercent", message: "…不低于 50%…" }]
 */
export function quotaProblems(input: QuotaInput): Problem[] {
  const p: Problem[] = [];
  const int = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!int(input.plan, 1, 100_000)) p.push({ field: "plan", message: "招生计划应为 1–100000 的整数" });
  if (!int(input.sharePercent, 50, 100)) {
    p.push({ field: "sharePercent", message: "分配到校比例应为 50–100 的整数(政策要求不低于 50%)" });
  }
  if (!int(input.ruralWeightPercent, 100, 300)) {
    p.push({ field: "ruralWeightPercent", message: "农村学校加权应为 100–300 的整数(100 表示不加权)" });
  }
  if (input.juniorSchools.length === 0) p.push({ field: "juniorSchools", message: "请至少列出一所初中学校" });
  const codes = new Set<string>();
  input.juniorSchools.forEach((s, i) => {
    const who = `第 ${i + 1} 所初中(${s.name || s.code})`;
    if (!s.code.trim()) p.push({ field: `juniorSchools.${i}.code`, message: `${who}缺少学校代码` });
    else if (codes.has(s.code)) p.push({ field: `juniorSchools.${i}.code`, message: `${who}的学校代码重复` });
    codes.add(s.code);
    if (!int(s.base, 0, 100_000))
      p.push({ field: `juniorSchools.${i}.base`, message: `${who}的分配基数应为 0–100000 的整数` });
  });
  if (input.juniorSchools.every((s) => s.base === 0)) {
    p.push({ field: "juniorSchools", message: "所有初中的分配基数都为 0,无法按比例分配" });
  }
  if (!Number.isFinite(input.floorLine)) p.push({ field: "floorLine", message: "最低控制线应为数字" });
  const seen = new Set<string>();
  input.candidates.forEach((c, i) => {
    const who = `第 ${i + 1} 名考生(${c.code || "无编号"})`;
    if (!c.code.trim() || seen.has(c.code))
      p.push({ field: `candidates.${i}.code`, message: `${who}的编号为空或重复` });
    seen.add(c.code);
    if (!codes.has(c.school))
      p.push({ field: `candidates.${i}.school`, message: `${who}的初中学校代码 ${c.school} 不在分配名单中` });
    if (!Number.isFinite(c.score)) p.push({ field: `candidates.${i}.score`, message: `${who}的总分应为数字` });
    if (c.tieScores.length !== input.tieBreakNames.length || c.tieScores.some((x) => !Number.isFinite(x))) {
      p.push({
        field: `candidates.${i}.tieScores`,
        message: `${who}应有 ${input.tieBreakNames.length} 项同分比较成绩`,
      });
    }
  });
  return p;
}

/**
 * Computes the quota allocation and the admission within each junior school.
 *
 * Allocation: Q = ⌈plan × share / 100⌉; weighted base W_i = base_i × (rural ? weight : 100); exact share
 * Q × W_i / ΣW; each school first gets ⌊exact⌋, and the Q − Σ⌊exact⌋ remaining places go one each to the largest
 * remainders. Ties between equal remainders: the larger weighted base first, then the smaller school code.
 * Admission: candidates at or above the floor line, by total score, then the tie-break scores in order, then the
 * smaller candidate code; the first `places` are admitted; places not taken return to open admission.
 *
 * @example plan 100, share 50, bases 300/200/100 → exact 25, 16.667, 8.333 → places 25, 17, 8
 */
export function allocateQuota(
  input: QuotaInput,
  inputDigest: string,
): { ok: true; result: QuotaResult } | { ok: false; problems: Problem[] } {
  const problems = quotaProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const quotaTotal = Math.ceil((input.plan * input.sharePercent) / 100);
  const weighted = input.juniorSchools.map((s) => s.base * (s.rural ? input.ruralWeightPercent : 100));
  const totalWeighted = weighted.reduce((a, b) => a + b, 0);
  const rows = input.juniorSchools.map((s, i) => {
    const numerator = quotaTotal * (weighted[i] as number);
    return {
      school: s,
      index: i,
      weighted: weighted[i] as number,
      numerator,
      floor: Math.floor(numerator / totalWeighted),
      remainder: numerator % totalWeighted,
    };
  });
  const remainderPlaces = quotaTotal - rows.reduce((a, r) => a + r.floor, 0);
  const ranked = [...rows].sort(
    (a, b) =>
      b.remainder - a.remainder ||
      b.weighted - a.weighted ||
      (a.school.code < b.school.code ? -1 : a.school.code > b.school.code ? 1 : 0),
  );
  const rank = new Map(ranked.map((r, i) => [r.index, i + 1]));

  const bySchool = new Map<string, QuotaCandidate[]>();
  for (const c of input.candidates) {
    if (c.score < input.floorLine) continue;
    bySchool.set(c.school, [...(bySchool.get(c.school) ?? []), c]);
  }
  const order = (a: QuotaCandidate, b: QuotaCandidate) => {
    if (b.score !== a.score) return b.score - a.score;
    for (let i = 0; i < a.tieScores.length; i++) {
      const d = (b.tieScores[i] as number) - (a.tieScores[i] as number);
      if (d !== 0) return d;
    }
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  };
  const schools: QuotaSchoolRow[] = rows.map((r) => {
    const extra = (rank.get(r.index) as number) <= remainderPlaces ? 1 : 0;
    const places = r.floor + extra;
    const eligible = (bySchool.get(r.school.code) ?? []).sort(order);
    const admitted = input.candidates.length > 0 ? eligible.slice(0, places).map((c) => c.code) : [];
    return {
      code: r.school.code,
      name: r.school.name,
      base: r.school.base,
      rural: r.school.rural,
      weightedBase: r.weighted,
      exactNumerator: r.numerator,
      exactDenominator: totalWeighted,
      exact: Math.round((r.numerator / totalWeighted) * 10_000) / 10_000,
      floor: r.floor,
      remainderRank: rank.get(r.index) as number,
      extra,
      places,
      admitted,
      eligible: eligible.length,
      returned: input.candidates.length > 0 ? places - admitted.length : 0,
    };
  });
  const returnedPlaces = schools.reduce((a, s) => a + s.returned, 0);
  return {
    ok: true,
    result: {
      algorithm: QUOTA_ALGORITHM,
      version: QUOTA_VERSION,
      code: input.code,
      inputDigest,
      plan: input.plan,
      sharePercent: input.sharePercent,
      quotaTotal,
      totalWeightedBase: totalWeighted,
      remainderPlaces,
      schools,
      returnedPlaces,
      openPlaces: input.plan - quotaTotal + returnedPlaces,
    },
  };
}
