/**
 * Catchment zones (学区划分): a zone is a set of address units (street, community, village or town, by name) served
 * by one or more schools of a stage. A family's address finds its zone; a zone's school-age children (the entry
 * cohort living in its units) are checked against its schools' entry places, per zone and year.
 */
import type { Problem } from "./classAllocation";

export type ZoneStage = "primary" | "junior";

export const zoneStageLabels: Record<ZoneStage, string> = { primary: "小学", junior: "初中" };

export interface CatchmentZone {
  id: string;
  name: string;
  stage: ZoneStage;
  /** address unit names (街道、社区、村、乡镇), matched inside an address */
  units: string[];
  schoolIds: string[];
}

/**
 * The zones of each stage an address belongs to: those with a unit named in the address. When units of several
 * zones of one stage match, the one named latest wins: addresses run from the town down to the village or street,
 * so a village inside a town goes before the town.
 *
 * @example zonesForAddress(zones, "北原县达来镇红旗村") // => [the primary and junior zones of 红旗村 or 达来镇]
 */
export function zonesForAddress(zones: readonly CatchmentZone[], address: string): CatchmentZone[] {
  const text = address.replace(/\s+/g, "");
  if (!text) return [];
  const best = new Map<ZoneStage, { zone: CatchmentZone; length: number }[]>();
  for (const zone of zones) {
    const length = Math.max(
      0,
      ...zone.units.filter((u) => u && text.includes(u)).map((u) => text.lastIndexOf(u) + u.length),
    );
    if (length === 0) continue;
    const list = best.get(zone.stage) ?? [];
    list.push({ zone, length });
    best.set(zone.stage, list);
  }
  const out: CatchmentZone[] = [];
  for (const list of best.values()) {
    const longest = Math.max(...list.map((x) => x.length));
    out.push(...list.filter((x) => x.length === longest).map((x) => x.zone));
  }
  return out;
}

/**
 * Problems with a set of zones: a zone without a name, units or schools; a unit listed in two zones of the same
 * stage (a family would have two zones).
 *
 * @example zoneProblems([{ …, units: ["红旗村"] }, { …, units: ["红旗村"] }]) // => [{ field: "units", message: "…红旗村…" }]
 */
export function zoneProblems(zones: readonly CatchmentZone[]): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const z of zones) {
    if (!z.name.trim()) problems.push({ field: "name", message: "学区名称不能为空" });
    if (z.units.length === 0)
      problems.push({ field: "units", message: `学区“${z.name}”没有地址单元:请至少填写一个街道、社区或村` });
    if (z.schoolIds.length === 0) problems.push({ field: "schoolIds", message: `学区“${z.name}”没有对口学校` });
    for (const u of z.units) {
      const key = `${z.stage}|${u}`;
      const other = owner.get(key);
      if (other !== undefined && other !== z.id) {
        const otherName = zones.find((x) => x.id === other)?.name ?? "";
        problems.push({
          field: "units",
          message: `地址单元“${u}”同时属于${zoneStageLabels[z.stage]}学区“${otherName}”和“${z.name}”`,
        });
      }
      owner.set(key, z.id);
    }
  }
  return problems;
}

/**
 * The birth dates of the children entering a stage in a school year: primary at six by 31 August (born 1 September
 * of year − 7 to 31 August of year − 6); junior six years later.
 *
 * @example entryCohort("primary", 2027) // => { from: "2020-09-01", to: "2021-08-31" }
 */
export function entryCohort(stage: ZoneStage, schoolYear: number): { from: string; to: string } {
  const age = stage === "primary" ? 6 : 12;
  return { from: `${schoolYear - age - 1}-09-01`, to: `${schoolYear - age}-08-31` };
}

export type CapacityStatus = "shortfall" | "tight" | "ok" | "no_school";

export const capacityStatusLabels: Record<CapacityStatus, string> = {
  shortfall: "学位不足",
  tight: "学位紧张",
  ok: "学位充足",
  no_school: "无对口学校",
};

/**
 * A zone's capacity check: children of the entry cohort against the entry places of its schools. Short when
 * children exceed places; tight above 90% of places.
 *
 * @example zoneCapacity(120, 100) // => { children: 120, places: 100, ratio: 1.2, gap: -20, status: "shortfall" }
 */
export function zoneCapacity(
  children: number,
  places: number,
  tightFrom = 0.9,
): { children: number; places: number; ratio: number | null; gap: number; status: CapacityStatus } {
  if (places <= 0) return { children, places, ratio: null, gap: -children, status: "no_school" };
  const ratio = Math.round((children / places) * 1000) / 1000;
  const status = children > places ? "shortfall" : children > places * tightFrom ? "tight" : "ok";
  return { children, places, ratio, gap: places - children, status };
}
