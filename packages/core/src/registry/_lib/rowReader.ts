/**
 * The cells of one import row and the problems found so far, with the small readers every row check uses (students,
 * staff, schools, school conditions). Each problem names its column and says what is wrong and how to fix it.
 */

/** One problem of a row. Warnings do not block the import. */
export interface RowProblem<C extends string> {
  column: C;
  message: string;
  level: "error" | "warning";
}

const clean = (v: string | undefined) => (v ?? "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");

/** Yes/no cells (是/否). */
export const YES_NO: ReadonlyMap<string, boolean> = new Map(Object.entries({ 是: true, 否: false }));

/**
 * A reader over one row.
 *
 * @param input - trimmed cell text by column
 * @param headers - the Chinese header of each column (named in messages)
 * @example rowReader({ name: "" }, { name: "姓名" }).required("name", "请填写姓名") // adds "姓名未填写:请填写姓名"
 */
export function rowReader<C extends string>(input: Partial<Record<C, string>>, headers: Record<C, string>) {
  const problems: RowProblem<C>[] = [];
  const v = (c: C) => clean(input[c]);
  const error = (column: C, message: string) => {
    problems.push({ column, message, level: "error" });
  };
  const warning = (column: C, message: string) => {
    problems.push({ column, message, level: "warning" });
  };
  const missing = (c: C, hint: string) => error(c, `${headers[c]}未填写:${hint}`);
  const required = (c: C, hint: string) => {
    if (v(c) === "") missing(c, hint);
    return v(c);
  };
  /** a value from a closed list; `empty` is what a blank cell means when the column is optional */
  const pick = <T>(c: C, table: ReadonlyMap<string, T>, hint: string, empty?: T): T | undefined => {
    const text = v(c);
    if (text === "" && empty !== undefined) return empty;
    const found = table.get(text);
    if (found === undefined) text === "" ? missing(c, hint) : error(c, `「${text}」不是可选值:${hint}`);
    return found;
  };
  const yesNo = (c: C, empty = false) =>
    pick(c, YES_NO, `请填「是」或「否」(不填视为${empty ? "是" : "否"})`, empty) ?? empty;
  /** optional free text of at most `max` characters; null when blank */
  const text = (c: C, max: number) => {
    if (v(c).length > max) error(c, `${headers[c]}过长(最多${max}个字):请精简`);
    return v(c) || null;
  };
  /**
   * A number ≥ 0 with at most `decimals` places (areas in m², money in 元); thousands separators are accepted.
   * Blank is an error when `required`, otherwise `empty`.
   */
  const amount = (c: C, options: { decimals: number; required?: boolean; empty?: number; unit?: string }) => {
    const raw = v(c).replace(/[,,]/g, "");
    if (raw === "") {
      if (options.required !== false) missing(c, `请填写数字${options.unit ? `(单位:${options.unit})` : ""},没有填 0`);
      return options.empty ?? 0;
    }
    const pattern = options.decimals > 0 ? new RegExp(`^\\d+(\\.\\d{1,${options.decimals}})?$`) : /^\d+$/;
    if (!pattern.test(raw)) {
      const what = options.decimals > 0 ? `不小于0、最多${options.decimals}位小数的数字` : "不小于0的整数";
      error(c, `「${v(c)}」不是有效数值:请填写${what}${options.unit ? `(单位:${options.unit})` : ""}`);
      return undefined;
    }
    return Number(raw);
  };
  return { problems, v, error, warning, missing, required, pick, yesNo, text, amount };
}
export type RowReader<C extends string> = ReturnType<typeof rowReader<C>>;

/** A lookup from a vocabulary's Chinese label to its code. */
export function labelTable<T extends string>(labels: Record<T, string>): ReadonlyMap<string, T> {
  const entries = Object.entries(labels) as [T, string][];
  return new Map<string, T>(entries.map(([code, label]) => [label, code] as const));
}
