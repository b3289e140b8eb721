/**
 * Keeping a county's figures current after its writes, off the reader's path. A write marks the figures it may
 * change stale (`staleness.ts`); two seconds after it (writes in between join the same run) this server computes the
 * county's stale figures again for what the cockpit shows — the current school year and the four before it — so a
 * leader who opens the cockpit next finds them stored instead of waiting for six capabilities' computations (about
 * 3 s after a register write in the demo county, bench/cockpit.ts). A reader who comes first computes them itself,
 * sharing the computation already under way (`figures.ts`). Writes during a run schedule one more run after it.
 */

import type { Db } from "../db/client";
import { describeForLog } from "../http/errors";
import { currentSchoolYear } from "../registry/settings";
import { readFigures } from "./figures";
import { trendYears } from "./present";

const DELAY_MS = 2000;

type State = "scheduled" | "running" | "again";
const statesByDb = new WeakMap<Db, Map<string, State>>();

/** Schedules the county's recomputation, unless one is already scheduled; never throws. */
export function refreshCountyFiguresSoon(db: Db, regionCode: string, now: () => Date): void {
  let states = statesByDb.get(db);
  if (!states) {
    states = new Map();
    statesByDb.set(db, states);
  }
  const state = states.get(regionCode);
  if (state === "scheduled" || state === "again") return;
  if (state === "running") {
    states.set(regionCode, "again");
    return;
  }
  states.set(regionCode, "scheduled");
  const run = async () => {
    states.set(regionCode, "running");
    try {
      const year = await currentSchoolYear(db, regionCode, now());
      await readFigures(db, { kind: "county", regionCode }, trendYears(year), now());
    } catch (err) {
      // the next read computes what this run could not (or the database has closed: a stopped server or test)
      console.error(`[${new Date().toISOString()}] 写入后更新指标失败 ${describeForLog(err)}`);
    }
    const again = states.get(regionCode) === "again";
    states.delete(regionCode);
    if (again) refreshCountyFiguresSoon(db, regionCode, now);
  };
  setTimeout(() => void run(), DELAY_MS).unref();
}
