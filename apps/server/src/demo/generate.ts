/**
 * The deterministic demo county generator (演示数据): a fictitious county 北原县 (152599) of Inner Mongolia with its
 * towns, schools, three school years of pupils, classes, staff, class assignments and school conditions.
 * Pure: no clock, no I/O, no crypto; the same options give the same rows, ids included, byte for byte.
 */

import { writeYear } from "./classes";
import { advance, initialRoll } from "./cohorts";
import { generateConditions } from "./conditions";
import type { GenContext } from "./context";
import { midYear } from "./midYear";
import { countyName } from "./names";
import { CITY_COUNTIES, type CountyPlan, countyPlan, tinyPlan } from "./plans";
import { clamp, createRandom, type Random } from "./random";
import { ResidentIdAllocator } from "./residentIds";
import { generateSchools, generateTowns } from "./schools";
import { simulateStaff } from "./staff";
import { type DemoCounty, demoTables, type GenerateOptions, type RegionRow } from "./types";

/** The demo county's code (GB/T 2260; not assigned to a real county) and its parents. */
export const DEMO_REGION_CODE = "152599";
const PROVINCE: RegionRow = { code: "150000", name: "内蒙古自治区", level: "province", parentCode: null };
const PREFECTURE: RegionRow = { code: "152500", name: "锡林郭勒盟", level: "prefecture", parentCode: "150000" };

function emptyCounty(o: GenerateOptions, regionCode: string, name: string): DemoCounty {
  return {
    seed: o.seed,
    scale: o.scale,
    latestYear: o.latestYear,
    years: [o.latestYear - 2, o.latestYear - 1, o.latestYear],
    regionCode,
    countyName: name,
    region: [],
    town: [],
    school: [],
    schoolEvent: [],
    person: [],
    student: [],
    schoolClass: [],
    enrollment: [],
    staff: [],
    employment: [],
    classTeacher: [],
    schoolCondition: [],
  };
}

/** Generates the index-th county of a run (0 = 北原县 152599, then 152598, ... for a city). */
function generateOne(
  options: GenerateOptions,
  plan: CountyPlan,
  index: number,
  rng: Random,
  residentIds: ResidentIdAllocator,
): DemoCounty {
  const regionCode = String(Number(DEMO_REGION_CODE) - index);
  const name = countyName(index);
  const out = emptyCounty(options, regionCode, name);
  if (index === 0) out.region.push(PROVINCE, PREFECTURE);
  out.region.push({ code: regionCode, name, level: "county", parentCode: PREFECTURE.code });
  const ctx: GenContext = {
    rng,
    residentIds,
    regionCode,
    countyName: name,
    latestYear: options.latestYear,
    years: out.years,
    out,
  };
  const sizeFactor = index === 0 ? 1 : clamp(rng.normal(1, 0.15), 0.7, 1.3);
  const seat = { name: "城关镇", lat: 43.65 + (index % 7) * 0.8, lon: 115.95 + Math.floor(index / 7) * 1.1 };
  const towns = generateTowns(ctx, plan, seat);
  out.town.push(...towns.rows);
  const schools = generateSchools(ctx, plan, towns.rows, towns.places);
  out.school.push(...schools.map((s) => s.row));

  let pupils = initialRoll(ctx, schools, sizeFactor);
  out.years.forEach((year, i) => {
    if (i > 0) pupils = advance(ctx, schools, pupils, year, sizeFactor);
    const classIds = writeYear(ctx, schools, pupils, year);
    pupils = midYear(ctx, schools, pupils, year, classIds);
  });
  simulateStaff(ctx, schools);
  generateConditions(ctx, schools, sizeFactor);
  return out;
}

/**
 * Generates the demo one county at a time: one part for "tiny" and "county", fifty for "city" (152599 down to
 * 152550), so a loader can write a city without holding it all in memory. The first part carries the province
 * and prefecture rows.
 */
export function* generateCountyParts(options: GenerateOptions): Generator<DemoCounty> {
  const plan = options.scale === "tiny" ? tinyPlan : countyPlan;
  const counties = options.scale === "city" ? CITY_COUNTIES : 1;
  const root = createRandom(`edubureau-demo:${options.seed}:${options.scale}:${options.latestYear}`);
  const residentIds = new ResidentIdAllocator(root.fork("resident-ids"));
  for (let i = 0; i < counties; i++) yield generateOne(options, plan, i, root.fork(`county:${i}`), residentIds);
}

/**
 * Generates the whole demo as one object. For "city" the counties' rows are concatenated (regionCode and
 * countyName are the first county's); prefer generateCountyParts there.
 *
 * @example generateCounty({ seed: 1, scale: "tiny", latestYear: 2025 }).school.length // => 4
 */
export function generateCounty(options: GenerateOptions): DemoCounty {
  let merged: DemoCounty | undefined;
  for (const part of generateCountyParts(options)) {
    if (!merged) {
      merged = part;
      continue;
    }
    for (const table of demoTables) {
      const rows = merged[table] as unknown[];
      for (const row of part[table]) rows.push(row);
    }
  }
  if (!merged) throw new Error("no county generated");
  return merged;
}
