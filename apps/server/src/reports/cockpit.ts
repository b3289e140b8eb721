/**
 * The cockpit (局领导首页·驾驶舱): figures come from the materialised table only. What needs the reader now is in
 * `needsNow.ts`.
 */
import { auth, reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { readFigures } from "./figures";
import { presentFigure, trendYears } from "./present";

/** Capabilities in the order their cards appear. */
const cardOrder = Object.keys(auth.capabilityLabels) as auth.Capability[];

export async function cockpitOf(db: Db, actor: auth.Actor, scope: ReadableScope, year: number, now: Date) {
  const capabilities = reports.cockpitCapabilities(
    actor,
    cardOrder.filter((c) => reports.figuresOfCapability(c).length > 0),
  );
  const table = await readFigures(db, scope, trendYears(year), now);
  return {
    year,
    scope: scope.kind === "county" ? ("county" as const) : ("school" as const),
    cards: capabilities.map((c) => ({
      capability: c,
      label: auth.capabilityLabels[c],
      figures: reports.figuresOfCapability(c).map((f) => presentFigure(f, table, year)),
    })),
  };
}
