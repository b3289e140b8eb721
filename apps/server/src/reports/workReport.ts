/**
 * The year's work report data (年度工作总结数据): the catalogue's figures grouped as a bureau's report is, each with
 * its generated sentence, last year's value and the change, the footnote naming its definition, and the sentence as
 * a section edited it. An edited sentence is kept with the value it stated; when the figure changes, it is stale.
 */
import { type auth, reports } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { readFigures } from "./figures";
import { presentFigure, trendYears } from "./present";
import { reportSentence } from "./tables";

export async function sentencesOf(db: Db, regionCode: string, year: number) {
  const rows = await db
    .select()
    .from(reportSentence)
    .where(and(eq(reportSentence.regionCode, regionCode), eq(reportSentence.year, year)));
  return new Map(rows.map((r) => [r.figureKey, r]));
}

/** Is an edited sentence stale: did the figure's value change since it was written? */
export function sentenceIsStale(valueAtEdit: number | null, value: number | null): boolean {
  return valueAtEdit !== value;
}

export async function workReportOf(db: Db, actor: auth.Actor, scope: ReadableScope, year: number, now: Date) {
  const [table, edited] = await Promise.all([
    readFigures(db, scope, trendYears(year), now),
    scope.kind === "county" ? sentencesOf(db, scope.regionCode, year) : Promise.resolve(new Map()),
  ]);
  const groups = reports.reportGroups
    .map((group) => {
      const items = reports.figureCatalogue
        .filter((f) => f.group === group)
        .map((f) => {
          const figure = presentFigure(f, table, year);
          const e = edited.get(f.key);
          const stale = e ? sentenceIsStale(e.valueAtEdit, figure.value) : false;
          return {
            key: f.key,
            name: f.name,
            figure,
            generated: figure.sentence,
            sentence: e ? e.text : figure.sentence,
            edited: e ? { text: e.text, by: e.editedByName, at: e.updatedAt.toISOString() } : null,
            stale,
            footnote: reports.footnoteOf(f),
            canEdit: scope.kind === "county" && reports.canEditSentence(actor, f),
          };
        });
      return { group, label: reports.reportGroupLabels[group], items };
    })
    .filter((g) => g.items.length > 0);
  return { year, canExport: reports.canExportReport(actor), groups };
}
export type WorkReport = Awaited<ReturnType<typeof workReportOf>>;
