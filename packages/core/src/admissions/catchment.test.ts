import { describe, expect, it } from "vitest";
import { type CatchmentZone, entryCohort, zoneCapacity, zoneProblems, zonesForAddress } from "./catchment";

const zone = (id: string, stage: CatchmentZone["stage"], units: string[]): CatchmentZone => ({
  id,
  name: `学区${id}`,
  stage,
  units,
  schoolIds: [`school-${id}`],
});
const zones = [
  zone("town", "primary", ["达来镇"]),
  zone("village", "primary", ["红旗村"]),
  zone("junior", "junior", ["达来镇", "阿拉坦镇"]),
  zone("city", "primary", ["育才路", "团结路"]),
];

describe("zonesForAddress", () => {
  it("finds the primary and junior zones of an address, the most specific unit first", () => {
    expect(zonesForAddress(zones, "北原县达来镇红旗村").map((z) => z.id)).toEqual(["village", "junior"]);
    expect(zonesForAddress(zones, "北原县达来镇新街8号").map((z) => z.id)).toEqual(["town", "junior"]);
    expect(zonesForAddress(zones, "北原县城关镇 育才路 12 号").map((z) => z.id)).toEqual(["city"]);
  });
  it("finds nothing for an address outside every zone or an empty one", () => {
    expect(zonesForAddress(zones, "外县某村")).toEqual([]);
    expect(zonesForAddress(zones, "  ")).toEqual([]);
  });
});

describe("zoneProblems", () => {
  it("flags a unit in two zones of one stage, but not across stages", () => {
    expect(zoneProblems(zones)).toEqual([]);
    const overlap = [...zones, zone("dup", "primary", ["红旗村"])];
    expect(zoneProblems(overlap)).toEqual([{ field: "units", message: expect.stringContaining("红旗村") }]);
  });
  it("flags a zone without units or schools", () => {
    const empty = { ...zone("e", "primary", []), schoolIds: [] };
    expect(zoneProblems([empty]).map((p) => p.field)).toEqual(["units", "schoolIds"]);
  });
});

describe("entryCohort", () => {
  it("is six by 31 August for primary and twelve for junior", () => {
    expect(entryCohort("primary", 2027)).toEqual({ from: "2020-09-01", to: "2021-08-31" });
    expect(entryCohort("junior", 2027)).toEqual({ from: "2014-09-01", to: "2015-08-31" });
  });
});

describe("zoneCapacity", () => {
  it("flags a shortfall, a tight zone, enough places and a zone without a school", () => {
    expect(zoneCapacity(120, 100)).toEqual({ children: 120, places: 100, ratio: 1.2, gap: -20, status: "shortfall" });
    expect(zoneCapacity(95, 100).status).toBe("tight");
    expect(zoneCapacity(90, 100).status).toBe("ok");
    expect(zoneCapacity(10, 0)).toEqual({ children: 10, places: 0, ratio: null, gap: -10, status: "no_school" });
  });
});
