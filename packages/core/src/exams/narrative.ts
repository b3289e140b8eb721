/**
 * The narrative (文字分析) of a school's exam report, in Chinese, generated from the figures only: participation,
 * each subject against the county, strengths and weaknesses — without ranks (a school's report is school-facing).
 */

export interface NarrativeSubject {
  name: string;
  fullMarks: number;
  enrolled: number;
  sat: number;
  mean: number | null;
  countyMean: number | null;
  countySd: number | null;
  passRate: number | null;
  countyPassRate: number | null;
  excellentRate: number | null;
  countyExcellentRate: number | null;
  lowRate: number | null;
  countyLowRate: number | null;
  /** share of students per level, highest first */
  levelShares: number[];
}

export interface NarrativeInput {
  schoolName: string;
  examName: string;
  /** "levels": a non-graduating grade, reported in levels */
  mode: "scores" | "levels";
  levelNames: string[];
  /** "按在籍人数计算" or "按实考人数计算" */
  denominatorLabel: string;
  /** the subjects, then the total last */
  subjects: NarrativeSubject[];
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/**
 * Paragraphs describing a school's results against the county.
 *
 * @example schoolNarrative(input)[0] // => "北原县第一小学参加本次「六年级期末质量检测」的在籍学生 312 人,实考 309 人…"
 */
export function schoolNarrative(input: NarrativeInput): string[] {
  const total = input.subjects.at(-1);
  const subjects = input.subjects.slice(0, -1);
  const out: string[] = [];
  if (!total) return out;
  const absent = total.enrolled - total.sat;
  out.push(
    `${input.schoolName}参加本次「${input.examName}」的在籍学生 ${total.enrolled} 人,各科均参考 ${total.sat} 人` +
      (absent > 0 ? `,有 ${absent} 人缺考一科或多科` : ",无缺考") +
      `。比率${input.denominatorLabel},缺考学生计入分母,不因缺考而抬高比率。`,
  );
  const relative = subjects
    .filter((s) => s.mean !== null && s.countyMean !== null && s.countySd)
    .map((s) => ({ s, effect: (s.mean! - s.countyMean!) / s.countySd! }));
  if (total.mean !== null && total.countyMean !== null && total.countySd) {
    const effect = (total.mean - total.countyMean) / total.countySd;
    const words = Math.abs(effect) < 0.1 ? "与全县平均水平相当" : effect > 0 ? "高于全县平均水平" : "低于全县平均水平";
    out.push(
      input.mode === "scores"
        ? `总分平均 ${total.mean.toFixed(1)} 分,全县 ${total.countyMean.toFixed(1)} 分,相差 ${(total.mean - total.countyMean).toFixed(1)} 分(${effect.toFixed(2)} 个标准差),${words}。`
        : `总体成绩${words}(相差 ${effect.toFixed(2)} 个标准差)。`,
    );
  }
  if (input.mode === "levels" && total.levelShares.length === input.levelNames.length) {
    out.push(`总分等级分布:${input.levelNames.map((n, i) => `${n} 等 ${pct(total.levelShares[i] ?? 0)}`).join(",")}。`);
  }
  for (const { s, effect } of relative) {
    const parts = [`${s.name}:`];
    parts.push(
      input.mode === "scores"
        ? `平均 ${s.mean!.toFixed(1)} 分(全县 ${s.countyMean!.toFixed(1)}),`
        : `与全县相差 ${effect.toFixed(2)} 个标准差,`,
    );
    if (s.passRate !== null && s.countyPassRate !== null) {
      parts.push(`及格率 ${pct(s.passRate)}(全县 ${pct(s.countyPassRate)}),`);
    }
    if (s.excellentRate !== null && s.countyExcellentRate !== null) {
      parts.push(`优秀率 ${pct(s.excellentRate)}(全县 ${pct(s.countyExcellentRate)}),`);
    }
    if (s.lowRate !== null && s.countyLowRate !== null)
      parts.push(`低分率 ${pct(s.lowRate)}(全县 ${pct(s.countyLowRate)})`);
    out.push(`${parts.join("").replace(/,$/, "")}。`);
  }
  const sorted = [...relative].sort((a, b) => b.effect - a.effect);
  const strong = sorted.filter((x) => x.effect >= 0.1);
  const weak = sorted.filter((x) => x.effect <= -0.1).reverse();
  if (strong.length > 0) out.push(`相对优势学科:${strong.map((x) => x.s.name).join("、")}。`);
  if (weak.length > 0) {
    out.push(
      `需重点改进的学科:${weak.map((x) => x.s.name).join("、")};建议结合试题分析查找失分较多的知识点,关注低分学生与临界生。`,
    );
  }
  if (strong.length === 0 && weak.length === 0 && relative.length > 0) out.push("各学科与全县平均水平差距均不大。");
  return out;
}
