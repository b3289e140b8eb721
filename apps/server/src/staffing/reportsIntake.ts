/**
 * What staffing hands the cockpit's "needs you now": decisions waiting for 人事股 or leadership — a recruitment
 * plan of the school year not yet approved, rotation proposals not yet decided. Read-only.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { staffingRecruitPlan, staffingRotation } from "./tables";

export async function staffingApprovalsWaiting(db: Db, regionCode: string, schoolYear: number) {
  const [plans, rotations] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(staffingRecruitPlan)
      .where(
        and(
          eq(staffingRecruitPlan.regionCode, regionCode),
          eq(staffingRecruitPlan.schoolYear, schoolYear),
          eq(staffingRecruitPlan.status, "draft"),
        ),
      ),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(staffingRotation)
      .where(
        and(
          eq(staffingRotation.regionCode, regionCode),
          eq(staffingRotation.schoolYear, schoolYear),
          eq(staffingRotation.status, "proposed"),
        ),
      ),
  ]);
  return { recruitPlans: plans[0]?.n ?? 0, rotations: rotations[0]?.n ?? 0 };
}
