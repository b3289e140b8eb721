import type { Stage } from "./vocabulary";

/** Class-size categories of methods.md §2. */
export type ClassSizeCategory = "normal" | "oversized" | "large" | "super_large";

export const classSizeCategoryLabel: Record<ClassSizeCategory, string> = {
  normal: "正常",
  oversized: "偏大",
  large: "大班额",
  super_large: "超大班额",
};

export interface ClassSizeRule {
  /** first size counted as 偏大 (default 46) */
  oversizedFrom: number;
  /** first size counted as 大班额 (default 56) */
  largeFrom: number;
  /** first size counted as 超大班额 (default 66) */
  superLargeFrom: number;
}

/** Defaults from methods.md §2: 46–55 偏大, 56–65 大班额, ≥ 66 超大班额. */
export const defaultClassSizeRule: ClassSizeRule = { oversizedFrom: 46, largeFrom: 56, superLargeFrom: 66 };

/** Standard class size (GB 50099-2011): primary 45, junior and senior 50. */
export function standardClassSize(stage: Stage): number | null {
  if (stage === "primary") return 45;
  if (stage === "junior" || stage === "senior") return 50;
  return null;
}

/**
 * The size category of a class (班额类别).
 *
 * @example classSizeCategory(58) // => "large"
 */
export function classSizeCategory(size: number, rule: ClassSizeRule = defaultClassSizeRule): ClassSizeCategory {
  if (size >= rule.superLargeFrom) return "super_large";
  if (size >= rule.largeFrom) return "large";
  if (size >= rule.oversizedFrom) return "oversized";
  return "normal";
}

export interface ClassSizeSummary {
  classes: number;
  byCategory: Record<ClassSizeCategory, number>;
  /** share of classes that are 大班额 or 超大班额 (national target ≤ 5%), null when there are no classes */
  largeShare: number | null;
}

/**
 * Counts classes by size category.
 *
 * @example summarizeClassSizes([40, 58, 70]).byCategory.large // => 1
 */
export function summarizeClassSizes(sizes: Iterable<number>, rule = defaultClassSizeRule): ClassSizeSummary {
  const byCategory: Record<ClassSizeCategory, number> = { normal: 0, oversized: 0, large: 0, super_large: 0 };
  let classes = 0;
  for (const size of sizes) {
    byCategory[classSizeCategory(size, rule)]++;
    classes++;
  }
  const largeShare = classes === 0 ? null : (byCategory.large + byCategory.super_large) / classes;
  return { classes, byCategory, largeShare };
}
