import { exams as core } from "@edubureau/core";

/** One item as the editor holds it: knowledge points as tags, the maximum possibly not typed yet. */
export interface ItemRow {
  number: string;
  maxScore: number | null;
  kind: core.ItemKind;
  knowledge: string[];
}

const SEPARATORS = /[、,,;;]/;

/** The editor's rows of a subject's items. */
export const toItemRows = (items: readonly core.ItemSpec[] | undefined): ItemRow[] =>
  (items ?? []).map((it) => ({
    number: it.number,
    maxScore: it.maxScore,
    kind: it.kind,
    knowledge: (it.knowledge ?? "")
      .split(SEPARATORS)
      .map((k) => k.trim())
      .filter(Boolean),
  }));

/** The items the API takes, knowledge points joined with 、. */
export const fromItemRows = (rows: readonly (ItemRow | undefined)[]): core.ItemSpec[] =>
  rows
    .filter((r): r is ItemRow => !!r)
    .map((r) => {
      const knowledge = (r.knowledge ?? []).map((k) => k.trim()).filter(Boolean);
      return {
        number: (r.number ?? "").trim(),
        maxScore: r.maxScore ?? 0,
        kind: r.kind,
        ...(knowledge.length > 0 ? { knowledge: knowledge.join("、") } : {}),
      };
    });

/**
 * The next item number after the rows: one more than the last plain number, or 1.
 *
 * @example nextItemNumber([{ number: "12" }, { number: "13(1)" }]) // => "14"
 */
export function nextItemNumber(rows: readonly (Pick<ItemRow, "number"> | undefined)[]): string {
  let last = 0;
  for (const r of rows) {
    const m = /^(\d+)/.exec(r?.number ?? "");
    if (m) last = Math.max(last, Number(m[1]));
  }
  return String(last + 1);
}

/** The structure's problems by the server's own rule (core), for the editor to show before saving. */
export const itemProblems = (
  subjectName: string,
  fullMarks: number | undefined,
  rows: readonly (ItemRow | undefined)[],
) => core.checkItemStructure({ name: subjectName, fullMarks: fullMarks ?? 0, items: fromItemRows(rows) });
