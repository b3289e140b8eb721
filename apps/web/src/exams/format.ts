/** Number formats of the exam pages: scores to one decimal, rates as percentages, differences signed. */
export const fixed = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? "—" : v.toFixed(digits);
export const pct = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? "—" : `${(v * 100).toFixed(1)}%`;
export const signed = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? "—" : `${v > 0 ? "+" : ""}${v.toFixed(digits)}`;

export const statusLabels = { draft: "草稿", published: "已发布", superseded: "已被更正" } as const;
export const statusColors = { draft: "default", published: "green", superseded: "orange" } as const;
export const termLabel = (term: number) => (term === 1 ? "上学期" : "下学期");

/** Colors of the four rates and of levels (highest first). */
export const rateColors = { excellent: "#389e0d", good: "#1677ff", pass: "#13c2c2", low: "#cf1322" } as const;
export const levelColors = ["#389e0d", "#1677ff", "#faad14", "#cf1322", "#8c8c8c", "#595959"];
