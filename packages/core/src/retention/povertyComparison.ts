/**
 * Dropouts against the poverty-relief and low-income lists (辍学与防返贫监测、低保名单比对, the third comparison):
 * a suspected or confirmed dropout whose resident-ID hash is on either list is a priority case (重点). Matched by
 * the keyed hash only.
 */

export const povertyListLabels = { monitoring: "防返贫监测对象", dibao: "低保家庭" } as const;
export type PovertyList = keyof typeof povertyListLabels;

/**
 * The lists each dropout's hash appears on; dropouts on none are left out.
 *
 * @example priorityMatches(["h1", "h2"], [{ residentIdHash: "h2", list: "dibao" }]) // => Map { "h2" => ["dibao"] }
 */
export function priorityMatches(
  dropoutHashes: Iterable<string>,
  lists: readonly { residentIdHash: string; list: PovertyList }[],
): Map<string, PovertyList[]> {
  const byHash = new Map<string, PovertyList[]>();
  for (const e of lists) {
    const l = byHash.get(e.residentIdHash);
    if (l) {
      if (!l.includes(e.list)) l.push(e.list);
    } else byHash.set(e.residentIdHash, [e.list]);
  }
  const out = new Map<string, PovertyList[]>();
  for (const h of dropoutHashes) {
    const l = byHash.get(h);
    if (l) out.set(h, [...l].sort());
  }
  return out;
}
