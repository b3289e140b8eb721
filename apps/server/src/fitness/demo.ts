/**
 * The demo county's fitness results (示范数据): the latest school year for every enrolled student
 * of every school, drawn deterministically from the seed around the standard's own levels (each student an overall
 * fitness, each item a little noise; rural schools a little lower in the runs, urban ones a little heavier), a few
 * exempt (免测, with reason and proof) and deferred (缓测) students, a few with one item missing, and one school
 * whose latest results have a unit slip: one class's heights typed in metres, which the checks list and the
 * scoring leaves out (those students stay incomplete until the school corrects them). The first school's students
 * carry the school's test numbers (体测考号), so a file naming them by 考号 alone is matched.
 */
import { setImmediate } from "node:timers/promises";
import { fitness } from "@edubureau/core";
import { skipReferenceChecks, writeRows } from "../db/bulkCopy";
import type { Db } from "../db/client";
import { createRandom, type Random } from "../demo/random";
import { type EnrolledInCounty, enrolledByCounty, schoolsWithTown } from "../registry/fitnessIntake";
import { school } from "../registry/tables";
import { insertScoringBatch, type MeasuredResult, scoredResultRows } from "./commands";
import { standardAsOf } from "./store";
import { fitnessResult } from "./tables";

/** Students drawn between two turns of the event loop. */
const DRAWN_BETWEEN_TURNS = 2_000;

const EXEMPT_REASONS = [
  ["先天性心脏病", "县人民医院诊断证明"],
  ["骨折术后康复期", "县中医院诊断证明"],
  ["哮喘", "县人民医院诊断证明"],
] as const;

/** A value of an item at a level drawn from the student's fitness, between that level's threshold and the next. */
function itemValue(
  std: fitness.FitnessStandard,
  item: fitness.FitnessItem,
  grade: number,
  sex: fitness.Sex,
  z: number,
) {
  const levels = (std.items[item]?.[String(grade)]?.[sex] ?? []).filter((l) => l.threshold !== null);
  if (levels.length === 0) return null;
  // z = 0 lands around the 74-point level; each unit of z is about three levels
  const index = Math.max(0, Math.min(levels.length - 1, Math.round(7 - z * 3)));
  const t = levels[index]?.threshold as number;
  const decimals = item === "run50" || item === "sit_reach" ? 1 : 0;
  const above = levels[index - 1]?.threshold ?? t;
  // somewhere between this level's value and the next one up, so values are not all printed thresholds
  const share = Math.abs((z * 7919) % 1);
  const v = t + (above - t) * share * 0.9;
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

function measure(
  std: fitness.FitnessStandard,
  rnd: Random,
  grade: number,
  sex: fitness.Sex,
  rural: boolean,
): Pick<MeasuredResult, "heightCm" | "weightKg" | "values"> {
  const base = rnd.normal(-0.35, 1.25);
  const heightCm = Math.round(rnd.normal(112 + grade * 6.2 + (sex === "male" && grade > 8 ? 6 : 0), 5.5) * 10) / 10;
  const bands = std.bmi[String(grade)]?.[sex] ?? [];
  const band = (level: fitness.BmiLevel) => bands.find((b) => b.level === level);
  const lo = band("正常")?.min ?? 15;
  const hi = band("正常")?.max ?? 22;
  const fat = band("肥胖")?.min ?? hi + 3;
  // most within the normal band; about 12 % overweight, 8 % obese (rural schools fewer), 5 % underweight
  const roll = rnd.next();
  const bmi =
    roll < 0.05
      ? lo - 0.2 - rnd.next() * 1.5
      : roll < (rural ? 0.14 : 0.2)
        ? hi + 0.2 + (fat - hi - 0.3) * rnd.next()
        : roll < (rural ? 0.19 : 0.28)
          ? fat + 0.2 + rnd.next() * 4
          : lo + (hi - lo) * Math.min(1, Math.max(0, rnd.normal(0.45, 0.2)));
  const weightKg = Math.round(bmi * (heightCm / 100) ** 2 * 10) / 10;
  const values: MeasuredResult["values"] = {};
  for (const item of fitness.requiredItems(std, grade, sex)) {
    const z = base + rnd.normal(0, 0.8) - (rural && fitness.lowerIsBetter.has(item) ? 0.2 : 0);
    const v = itemValue(std, item, grade, sex, z);
    if (v !== null) values[item] = v;
  }
  return { heightCm, weightKg, values };
}

export interface FitnessDemoOptions {
  seed: number;
  latestYear: number;
  now: Date;
  /**
   * Counties in flight at once (default 1). On PostgreSQL two let the server write one county while this process
   * draws and scores the next; the embedded database runs one statement at a time, so more gains nothing there.
   */
  countiesAtOnce?: number;
}

/** Loads the demo's fitness results, a county at a time; returns the number of results written. */
export async function loadFitnessDemo(db: Db, options: FitnessDemoOptions) {
  const regions = (await db.selectDistinct({ r: school.regionCode }).from(school)).map((r) => r.r);
  const enrolled = await enrolledByCounty(db, options.latestYear);
  let written = 0;
  let next = 0;
  const worker = async () => {
    while (next < regions.length) {
      const regionCode = regions[next++] as string;
      // not `written += await …`, which would read `written` before the other county's write adds to it
      const count = await loadCounty(db, regionCode, enrolled.get(regionCode) ?? [], options);
      written += count;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.countiesAtOnce ?? 1) }, worker));
  return { results: written };
}

/** One county's results of the latest year, drawn and written in one transaction; returns how many. */
async function loadCounty(
  db: Db,
  regionCode: string,
  enrolled: readonly EnrolledInCounty[],
  options: FitnessDemoOptions,
): Promise<number> {
  const { now } = options;
  const year = options.latestYear;
  const schools = await schoolsWithTown(db, regionCode);
  const rural = new Set(schools.filter((s) => /村|乡|镇/.test(s.name)).map((s) => s.id));
  // one year of results (the latest): each year more would add about as much again to the demo's load.
  // Autumn testing; the latest year's not after today
  const today = options.now.toISOString().slice(0, 10);
  const autumn = `${year}-10-15`;
  const testDate = autumn <= today ? autumn : today;
  const std = await standardAsOf(db, regionCode, testDate);
  // the slip is planted in the third school (by code) that tests students, or the only one
  const testing = schools.filter((sc) => enrolled.some((e) => e.schoolId === sc.id && e.grade >= 1 && e.grade <= 12));
  const slipSchool = (testing[2] ?? testing[0])?.id;
  let index = 0;
  // the first testing school numbers its students for the test (体测考号 0001, 0002, …), kept with the results
  const numbered = testing[0]?.id;
  let seat = 0;
  const rnd = createRandom(options.seed).fork(`fitness-${regionCode}-${year}`);
  const bySchool = new Map<string, MeasuredResult[]>();
  let slipClass: string | null = null;
  let seen = 0;
  for (const e of enrolled) {
    // a turn for the event loop now and then, so the other county in flight goes on being written meanwhile
    if (++seen % DRAWN_BETWEEN_TURNS === 0) await setImmediate();
    if (e.grade < 1 || e.grade > 12) continue;
    const sex: fitness.Sex = e.gender === "F" ? "female" : "male";
    const m = measure(std, rnd, e.grade, sex, rural.has(e.schoolId));
    const row: MeasuredResult = {
      studentId: e.studentId,
      classId: e.classId,
      grade: e.grade,
      sex,
      status: "tested",
      examNumber: e.schoolId === numbered ? String(++seat).padStart(4, "0") : null,
      heightCm: m.heightCm,
      weightKg: m.weightKg,
      values: m.values,
    };
    const roll = rnd.next();
    // a few exempt and deferred students in any county, however small: about one in 150 and one in 300
    const pick = index++;
    if (roll < 0.004 || pick % 150 === 40) {
      const [reason, proof] = EXEMPT_REASONS[rnd.int(0, EXEMPT_REASONS.length - 1)] ?? EXEMPT_REASONS[0];
      Object.assign(row, {
        status: "exempt",
        exemptReason: reason,
        exemptProof: proof,
        values: {},
        heightCm: null,
        weightKg: null,
      });
    } else if (roll < 0.006 || pick % 300 === 95) {
      Object.assign(row, { status: "deferred", exemptReason: "急性肠胃炎,病愈后补测", values: {} });
    } else if (roll < 0.012) {
      const items = Object.keys(row.values) as fitness.FitnessItem[];
      const drop = items[rnd.int(0, items.length - 1)];
      if (drop) delete row.values[drop];
    }
    if (e.schoolId === slipSchool && row.heightCm !== null) {
      slipClass ??= e.classId;
      if (e.classId === slipClass) row.heightCm = Math.round(row.heightCm) / 100;
    }
    const list = bySchool.get(e.schoolId);
    if (list) list.push(row);
    else bySchool.set(e.schoolId, [row]);
  }
  // each school's run (batch) and then all the county's rows in one bulk write, made consistent here, so without
  // the row-by-row reference checks where the account may skip them (a city's 900,000 results school by school
  // took 100 s on PostgreSQL)
  return db.transaction(async (tx) => {
    await skipReferenceChecks(tx);
    const rows: Record<string, unknown>[] = [];
    for (const [schoolId, measured] of bySchool) {
      const run = { regionCode, schoolId, testYear: year, testDate, source: "demo" as const, createdBy: null, now };
      const batchId = await insertScoringBatch(tx, run, measured.length, std);
      for (const row of scoredResultRows(run, batchId, measured, std).rows) rows.push(row);
    }
    await writeRows(tx, fitnessResult, rows);
    return rows.length;
  });
}
