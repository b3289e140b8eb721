/** Formatting shared by the fitness pages. */
export const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? "—" : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
export const one = (x: number | null | undefined) =>
  x === null || x === undefined ? "—" : (Math.round(x * 10) / 10).toFixed(1);
export const sexLabel = (s: string) => (s === "male" ? "男" : "女");
export const gradeLabel = (g: number) =>
  [
    "",
    "一年级",
    "二年级",
    "三年级",
    "四年级",
    "五年级",
    "六年级",
    "七年级",
    "八年级",
    "九年级",
    "高一",
    "高二",
    "高三",
  ][g] ?? `${g}年级`;
export const statusLabel: Record<string, string> = { tested: "已测", exempt: "免测", deferred: "缓测" };
export const bandColor: Record<string, string> = { excellent: "green", good: "blue", pass: "default", fail: "red" };
