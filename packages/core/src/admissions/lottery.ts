/**
 * Admission lottery for an oversubscribed school (摇号, 公民同招): places go by priority tier, and within a tier by
 * a random draw order; twins and other multiples are one ticket (all admitted or none, counting all their places);
 * everyone not admitted goes on the waiting list in draw order. Specified in docs/verifiable-draws.md §6.
 */
import type { Problem } from "./classAllocation";
import { drawStream } from "./generator";

export const LOTTERY_ALGORITHM = "edubureau/lottery";
export const LOTTERY_VERSION = 1;

export interface LotteryApplicant {
  /** anonymized code, e.g. "A00017" */
  code: string;
  /** priority tier: 1 is drawn first (e.g. 1 = 学区内户籍, 2 = 学区内居住, 3 = 其他) */
  tier: number;
  /** family group of multiples applying together, or null */
  family: string | null;
}

export interface LotteryInput {
  algorithm: typeof LOTTERY_ALGORITHM;
  version: typeof LOTTERY_VERSION;
  kind: "lottery";
  code: string;
  title: string;
  eventTime: string;
  places: number;
  /** the tiers' published names, by tier number ascending */
  tiers: { tier: number; label: string }[];
  /** sorted by code */
  applicants: LotteryApplicant[];
}

export interface LotteryEntry {
  code: string;
  tier: number;
  /** the family ticket's group, or null */
  family: string | null;
  /** position in the draw of the whole lottery (1-based): the order tickets came out, tier by tier */
  drawPosition: number;
}

export interface LotteryResult {
  algorithm: typeof LOTTERY_ALGORITHM;
  version: typeof LOTTERY_VERSION;
  code: string;
  inputDigest: string;
  seed: string;
  places: number;
  /** admitted applicants in draw order */
  admitted: LotteryEntry[];
  /** the waiting list in draw order (候补顺序) */
  waiting: LotteryEntry[];
  /** places left when there were fewer applicants than places */
  placesLeft: number;
}

/** Builds the input document with applicants sorted by code and tiers by number. */
export function lotteryInput(props: Omit<LotteryInput, "algorithm" | "version" | "kind">): LotteryInput {
  return {
    algorithm: LOTTERY_ALGORITHM,
    version: LOTTERY_VERSION,
    kind: "lottery",
    code: props.code,
    title: props.title,
    eventTime: props.eventTime,
    places: props.places,
    tiers: [...props.tiers].sort((a, b) => a.tier - b.tier).map((t) => ({ tier: t.tier, label: t.label })),
    applicants: [...props.applicants]
      .map((a) => ({ code: a.code, tier: a.tier, family: a.family }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

/**
 * Problems that stop a lottery, each naming the field and the fix; empty when it can run.
 *
 * @example lotteryProblems({ ...input, places: 0 }) // => [{ field: "places", message: "招生名额应为正整数" }]
 */
export function lotteryProblems(input: LotteryInput): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(input.places) || input.places < 1) {
    problems.push({ field: "places", message: "招生名额应为正整数" });
  }
  if (input.applicants.length === 0) problems.push({ field: "applicants", message: "报名名单为空" });
  const tiers = new Set(input.tiers.map((t) => t.tier));
  if (input.tiers.length === 0) problems.push({ field: "tiers", message: "请至少设置一个录取顺位" });
  if (tiers.size !== input.tiers.length) problems.push({ field: "tiers", message: "录取顺位编号重复" });
  const seen = new Set<string>();
  const familyTier = new Map<string, Set<number>>();
  const familySize = new Map<string, number>();
  input.applicants.forEach((a, i) => {
    const who = `第 ${i + 1} 名报名者(${a.code || "无编号"})`;
    if (!/^[A-Za-z0-9-]{1,20}$/.test(a.code)) {
      problems.push({ field: `applicants.${i}.code`, message: `${who}的编号应为 1–20 位字母、数字或连字符` });
    } else if (seen.has(a.code)) {
      problems.push({ field: `applicants.${i}.code`, message: `${who}的编号重复` });
    }
    seen.add(a.code);
    if (!tiers.has(a.tier)) {
      problems.push({ field: `applicants.${i}.tier`, message: `${who}的顺位 ${a.tier} 不在设置的顺位中` });
    }
    if (a.family) {
      familyTier.set(a.family, (familyTier.get(a.family) ?? new Set<number>()).add(a.tier));
      familySize.set(a.family, (familySize.get(a.family) ?? 0) + 1);
    }
  });
  for (const [family, t] of familyTier) {
    if (t.size > 1)
      problems.push({ field: "applicants", message: `多胞胎家庭 ${family} 的成员顺位不一致:应按同一顺位参加摇号` });
    if ((familySize.get(family) ?? 0) < 2)
      problems.push({ field: "applicants", message: `多胞胎家庭 ${family} 只有 1 名报名者:请核对组号` });
  }
  return problems;
}

/**
 * Runs the lottery from a seed. Tier by tier (ascending), the tier's tickets — one per single applicant, one per
 * family of multiples — are listed by their smallest member code and shuffled; then, in draw order, a ticket is
 * admitted when all its members fit in the places left, otherwise it goes to the waiting list (a later, smaller
 * ticket may still take the remaining places).
 *
 * @example runLottery(input, digest, seed).result.admitted.length // => input.places (when oversubscribed, no families)
 */
export function runLottery(
  input: LotteryInput,
  inputDigest: string,
  seed: string,
): { ok: true; result: LotteryResult } | { ok: false; problems: Problem[] } {
  const problems = lotteryProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const stream = drawStream(seed, "lottery/draw");
  const tickets = new Map<string, LotteryApplicant[]>();
  for (const a of input.applicants) {
    const key = a.family ? `F:${a.family}` : `A:${a.code}`;
    const list = tickets.get(key);
    if (list) list.push(a);
    else tickets.set(key, [a]);
  }
  const byTier = new Map<number, LotteryApplicant[][]>();
  for (const members of tickets.values()) {
    const tier = (members[0] as LotteryApplicant).tier;
    const list = byTier.get(tier);
    if (list) list.push(members);
    else byTier.set(tier, [members]);
  }
  let left = input.places;
  let position = 0;
  const admitted: LotteryEntry[] = [];
  const waiting: LotteryEntry[] = [];
  for (const { tier } of input.tiers) {
    const list = (byTier.get(tier) ?? []).sort((a, b) =>
      (a[0] as LotteryApplicant).code < (b[0] as LotteryApplicant).code ? -1 : 1,
    );
    for (const members of stream.shuffle(list)) {
      position++;
      const target = members.length <= left ? admitted : waiting;
      if (target === admitted) left -= members.length;
      for (const m of members) target.push({ code: m.code, tier, family: m.family, drawPosition: position });
    }
  }
  return {
    ok: true,
    result: {
      algorithm: LOTTERY_ALGORITHM,
      version: LOTTERY_VERSION,
      code: input.code,
      inputDigest,
      seed,
      places: input.places,
      admitted,
      waiting,
      placesLeft: left,
    },
  };
}
