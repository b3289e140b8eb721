/**
 * Places of the demo county: its towns (乡镇, 9-digit statistical codes), its schools (10-digit 学校标识码, names,
 * addresses, coordinates around the county seat) and the schools' history (搬迁, 撤并).
 */
import type { GenContext, SchoolInfo } from "./context";
import { isoDate } from "./dates";
import { STREETS, TOWN_STEMS, VILLAGES } from "./names";
import type { CountyPlan, SchoolPlan } from "./plans";
import type { TownRow } from "./types";

interface Place {
  name: string;
  lat: number;
  lon: number;
}

/** Creates the county's towns: the county seat 城关镇 first, then towns (镇, code 1xx) and townships (苏木, 2xx). */
export function generateTowns(ctx: GenContext, plan: CountyPlan, seat: Place): { rows: TownRow[]; places: Place[] } {
  const { rng } = ctx;
  const count = rng.int(plan.towns[0], plan.towns[1]);
  const stems = rng.shuffle([...TOWN_STEMS]).slice(0, count - 1);
  const rows: TownRow[] = [{ code: `${ctx.regionCode}100`, regionCode: ctx.regionCode, name: "城关镇" }];
  const places: Place[] = [{ name: "城关镇", lat: seat.lat, lon: seat.lon }];
  let zhen = 101;
  let sumu = 200;
  for (const [stem, suffix] of stems) {
    const code = suffix === "镇" ? zhen++ : sumu++;
    const name = stem + suffix;
    rows.push({ code: `${ctx.regionCode}${code}`, regionCode: ctx.regionCode, name });
    const angle = rng.next() * 2 * Math.PI;
    const distance = 0.12 + rng.next() * 0.35;
    places.push({ name, lat: seat.lat + distance * Math.sin(angle), lon: seat.lon + 1.3 * distance * Math.cos(angle) });
  }
  return { rows, places };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function addressOf(ctx: GenContext, p: SchoolPlan, town: string, village: string): string {
  const { rng } = ctx;
  if (p.locality === "urban") return `${ctx.countyName}城关镇${rng.pick(STREETS)}${rng.int(1, 199)}号`;
  if (p.locality === "town")
    return `${ctx.countyName}${town}${rng.pick(["政府街", "建设路", "团结路", "新街"])}${rng.int(1, 88)}号`;
  return `${ctx.countyName}${town}${village}`;
}

/**
 * Creates the school rows of a plan, with unique codes "2" + county code + 3 digits, and the school events.
 * Schools are returned in plan order; names follow the plan's templates.
 */
export function generateSchools(ctx: GenContext, plan: CountyPlan, towns: TownRow[], places: Place[]): SchoolInfo[] {
  const { rng } = ctx;
  const byKey = new Map<string, SchoolInfo>();
  const usedVillages = new Set<string>();
  let sequence = 0;
  const schools = plan.schools.map((p): SchoolInfo => {
    const town = towns[Math.min(p.town, towns.length - 1)] as TownRow;
    const place = places[Math.min(p.town, places.length - 1)] as Place;
    let village = rng.pick(VILLAGES);
    while (usedVillages.has(village) && usedVillages.size < VILLAGES.length) village = rng.pick(VILLAGES);
    if (p.name.includes("{村}")) usedVillages.add(village);
    const name = p.name.replace("{县}", ctx.countyName).replace("{镇}", town.name).replace("{村}", village);
    sequence += rng.int(1, 6);
    const spread = p.locality === "urban" ? 0.018 : p.locality === "town" ? 0.008 : 0.06;
    const grades: number[] = [];
    for (const b of p.bands) for (let g = b.from; g <= b.to; g++) grades.push(g);
    const info: SchoolInfo = {
      row: {
        id: rng.uuid(),
        regionCode: ctx.regionCode,
        code: `2${ctx.regionCode}${String(sequence).padStart(3, "0")}`,
        name,
        shortName: name.startsWith(ctx.countyName) ? name.slice(ctx.countyName.length) : name,
        kind: p.kind,
        locality: p.locality,
        ownership: p.ownership,
        townCode: town.code,
        address: addressOf(ctx, p, town.name, village),
        latitude: round6(place.lat + rng.normal(0, spread / 2)),
        longitude: round6(place.lon + rng.normal(0, spread)),
        principal: null,
        phone: `0479-${rng.int(5, 8)}${String(rng.int(0, 999999)).padStart(6, "0")}`,
        status: "open",
        openedOn: isoDate(p.opened, rng.int(7, 9), rng.int(1, 28)),
        closedOn: null,
        mergedIntoId: null,
      },
      plan: p,
      grades,
      closedFrom: null,
      mergedInto: null,
      parent: null,
    };
    byKey.set(p.key, info);
    return info;
  });
  for (const s of schools) if (s.plan.parent) s.parent = byKey.get(s.plan.parent) ?? null;
  applyEvents(ctx, plan, byKey);
  return schools;
}

/** Writes the school events of the plan (relocation, merger) and their effect on the school rows. */
function applyEvents(ctx: GenContext, plan: CountyPlan, byKey: Map<string, SchoolInfo>): void {
  const formerAddress = new Map<string, { address: string; lat: number; lon: number }>();
  for (const e of plan.events) {
    const school = byKey.get(e.key);
    const other = e.other === undefined ? undefined : byKey.get(e.other);
    if (!school || (e.other !== undefined && !other)) continue;
    const year = ctx.latestYear + e.yearOffset;
    const on = isoDate(year, 8, e.day);
    const row = school.row;
    let note = e.note.replace("{other}", other?.row.name ?? "");
    if (e.kind === "relocated") {
      const before = { address: row.address ?? "", lat: row.latitude ?? 0, lon: row.longitude ?? 0 };
      const taken = other ? formerAddress.get(e.other ?? "") : undefined;
      if (taken) {
        row.address = taken.address;
        row.latitude = taken.lat;
        row.longitude = taken.lon;
      } else {
        row.address = `${ctx.countyName}城关镇城南新区育才路${ctx.rng.int(1, 30)}号`;
        row.latitude = round6(before.lat - 0.012);
        row.longitude = round6(before.lon + 0.004);
      }
      formerAddress.set(e.key, before);
      note = `${note}(原址:${before.address};新址:${row.address})`;
    } else {
      row.status = "merged";
      row.closedOn = on;
      row.mergedIntoId = other?.row.id ?? null;
      school.closedFrom = year;
      school.mergedInto = other ?? null;
    }
    ctx.out.schoolEvent.push({
      id: ctx.rng.uuid(),
      regionCode: ctx.regionCode,
      schoolId: row.id,
      on,
      kind: e.kind,
      note,
      otherSchoolId: other?.row.id ?? null,
    });
  }
}
