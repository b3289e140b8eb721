/**
 * The demo roster's children under 6 (学龄前): public security lists every child of the household register, so the
 * roster carries the younger cohorts too. They never meet the register or the rates of 控辍保学; preschool reads them
 * as its population aged 3–5 and its forecast of the next three years. A township's children aged 3–5 are the
 * figure the county entered from the same public-security register (when there is one; otherwise they follow the
 * township's six-year-olds), and the younger cohorts keep births falling about 6 % a year, as across the region.
 */
import { registry } from "@edubureau/core";
import type { RosterRow } from "./rosterImport";

/** A region code no demo place has (see LEAVER_REGION in registry/retentionHistory.ts). */
export const PRESCHOOL_REGION = "152512";

/** A resident ID of the demo's preschool children: a region of its own, the birth date, a running number. */
function preschoolId(birthDate: string, seq: number, gender: "M" | "F") {
  const first17 = `${PRESCHOOL_REGION}${birthDate.replaceAll("-", "")}${String(seq * 2 + (gender === "M" ? 1 : 2)).padStart(3, "0")}`;
  return first17 + registry.residentIdCheckChar(first17);
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "包", "乌"];
const GIVEN = ["子涵", "一诺", "浩然", "欣怡", "宇轩", "梓萱", "雨泽", "诗琪", "俊熙", "若汐"];

/** A township's children by age 0–5: aged 3–5 as entered, or the six-year-olds' cohort shrinking 6 % a year. */
export function cohortSizes(entered: readonly [number, number, number] | undefined, sixYearOlds: number): number[] {
  const [a3, a4, a5] = entered ?? [3, 4, 5].map((age) => Math.round(sixYearOlds * 0.94 ** (6 - age)));
  return [0, 1, 2].map((age) => Math.max(1, Math.round(a3! * 0.94 ** (3 - age)))).concat([a3!, a4!, a5!]);
}

/**
 * Rows for the children aged 0–5 on 31 August of `year` in every township, numbered on from `firstRow`.
 *
 * @param sizes - each township's children by age 0–5 (cohortSizes)
 */
export function preschoolRosterRows(
  towns: readonly { code: string; name: string }[],
  sizes: ReadonlyMap<string, number[]>,
  year: number,
  firstRow: number,
): RosterRow[] {
  const rows: RosterRow[] = [];
  let rowNumber = firstRow;
  for (let age = 0; age <= 5; age++) {
    // born 1 September of (year − age − 1) to 31 August of (year − age)
    const cohortStart = Date.UTC(year - age - 1, 8, 1);
    let k = 0;
    for (const [ti, t] of towns.entries()) {
      const n = sizes.get(t.code)?.[age] ?? 0;
      for (let j = 0; j < n; j++, k++) {
        const birthDate = new Date(cohortStart + (k % 365) * 86_400_000).toISOString().slice(0, 10);
        const gender = k % 2 === 0 ? "M" : "F";
        const name = `${SURNAMES[(k + ti) % SURNAMES.length]}${GIVEN[(k * 7 + age) % GIVEN.length]}`;
        const village = 201 + (j % 12);
        rowNumber++;
        rows.push({
          rowNumber,
          residentId: preschoolId(birthDate, 100 + Math.floor(k / 365), gender),
          name,
          gender,
          birthDate,
          villageCode: `${t.code}${village}`,
          townCode: t.code,
          villageName: `${t.name}第${village - 199}村`,
          address: `${t.name}第${village - 199}村${(j % 9) + 1}组`,
          guardianName: `${name[0]}建华`,
          guardianPhone: null,
        });
      }
    }
  }
  return rows;
}
