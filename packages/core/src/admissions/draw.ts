/**
 * One mechanism for every published draw (docs/verifiable-draws.md): the frozen input file's canonical text and
 * digest, the seed from the witnesses' contributions, the algorithm named in the input, and the result file's
 * canonical text and digest. `verifyDraw` is what the CLI and the public page run on the published files.
 */
import { canonicalJson, digestOfText, parseCanonical } from "./canonical";
import { type AllocationInput, allocateClasses, CLASS_ALLOCATION_ALGORITHM, type Problem } from "./classAllocation";
import { LOTTERY_ALGORITHM, type LotteryInput, runLottery } from "./lottery";
import { allocateQuota, QUOTA_ALGORITHM, type QuotaInput } from "./quota";
import { drawSeed } from "./seed";

export type DrawInput = AllocationInput | LotteryInput | QuotaInput;
export type DrawKind = DrawInput["kind"];

export const drawKindLabels: Record<DrawKind, string> = {
  class_allocation: "阳光分班",
  lottery: "摇号录取",
  quota: "指标到校",
};

/** Whether a kind of event draws at random (and so needs witnesses' contributions and a seed). */
export function isRandomDraw(kind: DrawKind): boolean {
  return kind !== "quota";
}

export interface DrawOutcome {
  /** 64 hex digits, or null for the quota computation (no randomness) */
  seed: string | null;
  resultText: string;
  resultDigest: string;
}

/**
 * Runs the algorithm an input names, from its canonical text and the contributions' values in order.
 *
 * @example runDraw(inputText, ["4721", "9083"]) // => { ok: true, outcome: { seed, resultText, resultDigest } }
 */
export function runDraw(
  inputText: string,
  contributions: readonly string[],
): { ok: true; outcome: DrawOutcome } | { ok: false; problems: Problem[] } {
  const parsed = parseCanonical(inputText);
  if (!parsed.ok) return { ok: false, problems: [{ field: "input", message: parsed.problem }] };
  const input = parsed.value as DrawInput;
  const inputDigest = digestOfText(inputText);
  const known =
    (input.algorithm === CLASS_ALLOCATION_ALGORITHM && input.kind === "class_allocation") ||
    (input.algorithm === LOTTERY_ALGORITHM && input.kind === "lottery") ||
    (input.algorithm === QUOTA_ALGORITHM && input.kind === "quota");
  if (!known || input.version !== 1) {
    return {
      ok: false,
      problems: [
        { field: "input.algorithm", message: `不支持的算法:${String(input.algorithm)} 版本 ${String(input.version)}` },
      ],
    };
  }
  const seed = isRandomDraw(input.kind) ? drawSeed(inputDigest, contributions) : null;
  const run =
    input.kind === "class_allocation"
      ? allocateClasses(input, inputDigest, seed as string)
      : input.kind === "lottery"
        ? runLottery(input, inputDigest, seed as string)
        : allocateQuota(input, inputDigest);
  if (!run.ok) return run;
  const resultText = canonicalJson(run.result);
  return { ok: true, outcome: { seed, resultText, resultDigest: digestOfText(resultText) } };
}

/** What was published about an event: the files, the contributions and the digests printed beside them. */
export interface PublishedDraw {
  inputText: string;
  inputDigest: string;
  contributions: readonly string[];
  seed: string | null;
  resultText: string;
  resultDigest: string;
}

export interface VerificationCheck {
  /** input_digest | input_canonical | seed | result | result_digest */
  check: string;
  label: string;
  ok: boolean;
  detail: string;
}

/**
 * Recomputes a published draw from its files and says, check by check, whether everything matches: the input
 * file's digest, the seed from the contributions, the result recomputed byte for byte, the result's digest.
 *
 * @example verifyDraw(published).match // => true; change one contribution and it is false
 */
export function verifyDraw(p: PublishedDraw): { match: boolean; checks: VerificationCheck[] } {
  const checks: VerificationCheck[] = [];
  const inputDigest = digestOfText(p.inputText);
  checks.push({
    check: "input_digest",
    label: "输入名单摘要",
    ok: inputDigest === p.inputDigest,
    detail:
      inputDigest === p.inputDigest ? `一致:${inputDigest}` : `重新计算得到 ${inputDigest},公示为 ${p.inputDigest}`,
  });
  const run = runDraw(p.inputText, p.contributions);
  if (!run.ok) {
    checks.push({
      check: "input_canonical",
      label: "输入文件",
      ok: false,
      detail: run.problems.map((x) => x.message).join(";"),
    });
    return { match: false, checks };
  }
  const { seed, resultText, resultDigest } = run.outcome;
  if (seed !== null || p.seed !== null) {
    checks.push({
      check: "seed",
      label: "随机种子",
      ok: seed === p.seed,
      detail: seed === p.seed ? `一致:${seed}` : `由输入摘要与见证人随机数算得 ${seed},公示为 ${p.seed}`,
    });
  }
  const sameResult = resultText === p.resultText;
  checks.push({
    check: "result",
    label: "结果重算",
    ok: sameResult,
    detail: sameResult ? "重算结果与公示结果文件逐字节相同" : "重算结果与公示结果文件不同",
  });
  const publishedDigestOk = digestOfText(p.resultText) === p.resultDigest && resultDigest === p.resultDigest;
  checks.push({
    check: "result_digest",
    label: "结果摘要",
    ok: publishedDigestOk,
    detail: publishedDigestOk ? `一致:${resultDigest}` : `重算结果摘要 ${resultDigest},公示为 ${p.resultDigest}`,
  });
  return { match: checks.every((c) => c.ok), checks };
}
