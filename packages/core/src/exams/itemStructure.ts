import type { ItemSpec } from "./itemAnalysis";

/**
 * An item number as printed or typed, in the form numbers are compared in: spaces removed, full-width brackets as
 * ASCII, a leading 第 or 小题 and a trailing 题 dropped — so a score file's column "第17(2)题" finds item "17(2)".
 *
 * @example itemNumberKey("第17（2）题") // => "17(2)"
 */
export function itemNumberKey(text: string): string {
  return text
    .replace(/[\s\u3000]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/^(?:第|小题)/, "")
    .replace(/题$/, "");
}

/**
 * Problems with a subject's item structure (小题结构), in Chinese, each with the fix; empty when it can be saved.
 * The rules score files depend on: every item has a number that a column header can name ("数学-17(2)", so no
 * "-", "_" or spaces, no 第 or 题 around it), numbers are distinct, every maximum is positive with at most two
 * decimals, and the maxima add up to the subject's full marks. No items at all is fine (no item analysis).
 *
 * @example checkItemStructure({ name: "数学", fullMarks: 120, items: [{ number: "1", maxScore: 100, kind: "objective" }] })
 * // => ["「数学」各小题满分之和为 100,与科目满分 120 不一致:请调整小题分值,使合计等于 120"]
 */
export function checkItemStructure(subject: {
  name: string;
  fullMarks: number;
  items?: readonly ItemSpec[] | null;
}): string[] {
  const items = subject.items ?? [];
  if (items.length === 0) return [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  items.forEach((it, i) => {
    const label = `第 ${i + 1} 道小题`;
    const number = it.number.trim();
    if (number === "") problems.push(`「${subject.name}」${label}没有题号:请填写题号,如 1、2、17(2)`);
    else if (/[-—_\s\u3000]/.test(number) || /^(?:第|小题)|题$/.test(number)) {
      problems.push(
        `「${subject.name}」题号「${number}」不能含「-」「_」或空格,也不要写「第」「题」字:请写作 1、2、17(2) 这样的题号`,
      );
    } else {
      const key = itemNumberKey(number);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(`「${subject.name}」题号「${number}」重复(第 ${first + 1} 道小题已用):每道小题的题号应不同`);
      } else seen.set(key, i);
    }
    if (!(it.maxScore > 0)) problems.push(`「${subject.name}」${label}的满分应大于 0`);
    else if (Math.abs(Math.round(it.maxScore * 100) - it.maxScore * 100) > 1e-6) {
      problems.push(`「${subject.name}」${label}的满分 ${it.maxScore} 最多两位小数`);
    }
  });
  const sum = Math.round(items.reduce((n, it) => n + (it.maxScore > 0 ? it.maxScore : 0), 0) * 100) / 100;
  if (Math.abs(sum - subject.fullMarks) > 1e-9) {
    problems.push(
      `「${subject.name}」各小题满分之和为 ${sum},与科目满分 ${subject.fullMarks} 不一致:请调整小题分值,使合计等于 ${subject.fullMarks}`,
    );
  }
  return problems;
}
