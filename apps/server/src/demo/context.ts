import { type Stage, stageOfGrade } from "@edubureau/core/registry";
import { ETHNICITIES, type Generation, personName } from "./names";
import type { SchoolPlan } from "./plans";
import type { Random } from "./random";
import type { ResidentIdAllocator } from "./residentIds";
import type { DemoCounty, DemoPersonRow, SchoolRow } from "./types";

/** What every part of the generator for one county shares: its random stream, its output and its schools. */
export interface GenContext {
  rng: Random;
  /** shared by all counties of one run, so resident IDs stay unique across a city */
  residentIds: ResidentIdAllocator;
  regionCode: string;
  countyName: string;
  latestYear: number;
  years: number[];
  out: DemoCounty;
}

/** A generated school together with what the simulation needs to know about it. */
export interface SchoolInfo {
  row: SchoolRow;
  plan: SchoolPlan;
  /** grades offered, ascending */
  grades: number[];
  /** first school year the school no longer runs (after a merger), or null */
  closedFrom: number | null;
  /** where its pupils and staff go when it closes */
  mergedInto: SchoolInfo | null;
  /** a teaching point's central school */
  parent: SchoolInfo | null;
}

/** The stage (学段) of a grade at a school: vocational and special schools are their own stage. */
export function stageAt(school: SchoolInfo, grade: number): Stage {
  if (school.row.kind === "vocational") return "vocational";
  if (school.row.kind === "special") return "special";
  return stageOfGrade(grade);
}

/** Whether the school runs in a school year. */
export function isOpen(school: SchoolInfo, year: number): boolean {
  return school.closedFrom === null || year < school.closedFrom;
}

export interface NewPerson {
  gender: "M" | "F";
  birthDate: string;
  ethnicity: string;
  generation: Generation;
  /** region code of household registration; the county's own by default */
  origin?: string;
}

/** Draws an ethnicity (民族) given the share of 蒙古族 wanted. */
export function drawEthnicity(rng: Random, mongolShare?: number): string {
  if (mongolShare !== undefined && rng.chance(mongolShare)) return "蒙古族";
  const e = rng.weighted(ETHNICITIES);
  return mongolShare !== undefined && e === "蒙古族" ? "汉族" : e;
}

/** Creates a person row with a fresh, valid resident ID and appends it to the output. */
export function addPerson(ctx: GenContext, p: NewPerson): DemoPersonRow {
  const residentId = ctx.residentIds.next(p.origin ?? ctx.regionCode, p.birthDate, p.gender);
  const row: DemoPersonRow = {
    id: ctx.rng.uuid(),
    regionCode: ctx.regionCode,
    name: personName(ctx.rng, p.gender, p.ethnicity, p.generation),
    gender: p.gender,
    birthDate: p.birthDate,
    ethnicity: p.ethnicity,
    residentId,
  };
  ctx.out.person.push(row);
  return row;
}
