/**
 * Preschool in the demo county (示范数据·学前教育): each kindergarten's yearly report for the last two school years
 * (kind, licence, fees, pay, funding, areas), the towns' population aged 3–5 with its source, births for the
 * forecast, and the satisfaction survey. Built on the register's kindergartens as the demo generates them; bulk
 * inserts, deterministic for a seed.
 */
import type { preschool } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { appUser } from "../auth/tables";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { createRandom } from "../demo/random";
import { addPreschoolDemoUnits } from "../registry/preschoolDemo";
import { loadPreschoolRegister } from "../registry/preschoolIntake";
import { preschoolBirths, preschoolPopulation, preschoolReport, preschoolSurvey } from "./tables";

export interface PreschoolDemoOptions {
  seed: number;
  /** the latest school year of the demo */
  latestYear: number;
  now: Date;
  /**
   * Adds the demo county's own kindergartens to the register first (a central kindergarten in every rural
   * township, a recognised 普惠 private one with the planted 48-child 小班, an attached class in a rural primary
   * school). The integration tests' tiny county leaves it off and keeps its register as it is.
   */
  addKindergartens?: boolean;
}

/** Public kinds in turn for the public kindergartens; the first private one is 非普惠, the next ones 普惠. */
const PUBLIC_KINDS: preschool.KindergartenKind[] = ["education_public", "other_public", "collective"];

/**
 * Writes the demo's preschool rows for the county the demo accounts belong to.
 *
 * @example await loadPreschoolDemo(db, { seed: 2026, latestYear: 2026, now: new Date() })
 */
export async function loadPreschoolDemo(db: Db, options: PreschoolDemoOptions) {
  const [section] = await db.select().from(appUser).where(eq(appUser.username, "jcjy")).limit(1);
  if (!section) return { reports: 0, townships: 0 };
  const regionCode = section.regionCode;
  const added = options.addKindergartens
    ? await addPreschoolDemoUnits(db, {
        regionCode,
        seed: options.seed,
        latestYear: options.latestYear,
        now: options.now,
      })
    : null;
  const rng = createRandom(`preschool-${options.seed}`);
  const reports: (typeof preschoolReport.$inferInsert)[] = [];
  const population: (typeof preschoolPopulation.$inferInsert)[] = [];
  const births: (typeof preschoolBirths.$inferInsert)[] = [];
  let townships = 0;
  for (const year of [options.latestYear - 1, options.latestYear]) {
    const register = await loadPreschoolRegister(db, regionCode, year);
    let publicSeen = 0;
    let privateSeen = 0;
    const centralTowns = new Set<string>();
    for (const u of register.units) {
      const isPublic = u.ownership === "public";
      const addedKind = added?.kinds.get(u.schoolId);
      const kind: preschool.KindergartenKind = addedKind
        ? addedKind
        : isPublic
          ? u.attached
            ? "education_public"
            : (PUBLIC_KINDS[publicSeen++ % PUBLIC_KINDS.length] as preschool.KindergartenKind)
          : privateSeen++ === 0
            ? "private"
            : "inclusive_private";
      const town = register.towns.find((t) => t.code === u.townCode);
      const central = isPublic && !u.attached && !!town && !town.urban && !centralTowns.has(town.code);
      if (central && town) centralTowns.add(town.code);
      reports.push({
        regionCode,
        schoolId: u.schoolId,
        schoolYear: year,
        kind,
        recognisedOn: kind === "inclusive_private" ? `${year - 2}-06-30` : null,
        recognisedDocument: kind === "inclusive_private" ? `示范教发〔${year - 2}〕${rng.int(10, 60)}号` : null,
        licenceNumber: u.attached ? null : `教民${rng.int(100000, 999999)}号`,
        feeFenPerMonth: isPublic ? 28_000 : kind === "inclusive_private" ? 45_000 : 120_000,
        ruralCentral: central,
        principalCertified: u.attached ? null : true,
        establishedPayFen: u.establishedTeachers > 0 ? rng.int(600_000, 660_000) : null,
        nonEstablishedPayFen: u.nonEstablishedTeachers > 0 ? rng.int(500_000, 540_000) : null,
        fundingPerChildFen: kind === "private" ? null : isPublic ? 90_000 : 50_000,
        buildingArea: u.attached ? null : Math.round(u.children * (9 + rng.next())),
        playArea: u.attached ? null : Math.round(u.children * (4.8 + rng.next())),
        updatedBy: section.id,
        createdAt: options.now,
        updatedAt: options.now,
      });
    }
    // population aged 3–5: the county's children are 88 % of it; towns with kindergartens hold 60 % of it
    const children = register.units.reduce((s, u) => s + u.children, 0);
    const total = Math.round(children / 0.88);
    const withKg = new Set(register.units.map((u) => u.townCode));
    const hosts = register.towns.filter((t) => withKg.has(t.code));
    const others = register.towns.filter((t) => !withKg.has(t.code));
    const share = (t: (typeof register.towns)[number]) =>
      others.length === 0
        ? total / hosts.length
        : withKg.has(t.code)
          ? (total * 0.6) / hosts.length
          : (total * 0.4) / others.length;
    for (const t of register.towns) {
      const n = Math.max(3, Math.round(share(t)));
      const a3 = Math.round(n * 0.31);
      const a4 = Math.round(n * 0.33);
      population.push({
        regionCode,
        townCode: t.code,
        schoolYear: year,
        age3: a3,
        age4: a4,
        age5: n - a3 - a4,
        source: `公安户籍人口(${year}-09-01)`,
        updatedBy: section.id,
        createdAt: options.now,
        updatedAt: options.now,
      });
      if (year === options.latestYear) {
        townships++;
        // births falling about 6 % a year, as across the region
        for (let k = 5; k >= 0; k--) {
          births.push({
            regionCode,
            townCode: t.code,
            birthYear: year - k,
            births: Math.max(1, Math.round((n / 3) * 0.94 ** (4 - k) * (0.95 + rng.next() * 0.1))),
            source: "卫健部门出生登记",
            updatedBy: section.id,
            createdAt: options.now,
            updatedAt: options.now,
          });
        }
      }
    }
  }
  await db.transaction(async (tx) => {
    await insertAll(tx, preschoolReport, reports);
    await insertAll(tx, preschoolPopulation, population);
    await insertAll(tx, preschoolBirths, births);
    await insertAll(tx, preschoolSurvey, [
      {
        regionCode,
        schoolYear: options.latestYear,
        satisfaction: 0.913,
        source: `${options.latestYear}年学前教育社会满意度第三方调查`,
        updatedBy: section.id,
        updatedAt: options.now,
      },
    ]);
  });
  return { reports: reports.length, townships };
}
