/**
 * The demo's two real dropouts (控辍保学): each a case opened five weeks ago from its absence, confirmed, with the
 * 包保 chain and three persuasion visits (a photo on the first); the first is past its deadline.
 */
import { calendar, retention } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { solidPng } from "../ledger/thumbnail";
import { retentionCase, retentionCaseEvent, retentionEvidence, retentionSuspect, retentionVisit } from "./tables";

/** Opens the demo's cases from the county's absence suspects; returns how many. */
export async function loadDemoCases(
  db: Db,
  o: { regionCode: string; userId: string; today: string; now: Date },
): Promise<number> {
  // the two dropouts' cases: opened five weeks ago, confirmed, visited; one past its deadline
  const suspects = await db
    .select()
    .from(retentionSuspect)
    .where(and(eq(retentionSuspect.regionCode, o.regionCode), eq(retentionSuspect.source, "absence")));
  const png = solidPng(96, 72, [60, 130, 90], [230, 230, 220]);
  let n = 0;
  for (const s of suspects) {
    n++;
    const openedOn = calendar.addDays(o.today, -36 + n * 4);
    const [c] = await db
      .insert(retentionCase)
      .values({
        regionCode: o.regionCode,
        number: `${o.today.slice(0, 4)}-${String(n).padStart(4, "0")}`,
        suspectId: s.id,
        studentId: s.studentId,
        schoolId: s.schoolId,
        townCode: s.townCode,
        nameMasked: s.nameMasked,
        state: "confirmed",
        chain: {
          township: { name: n === 1 ? "副镇长 苏和" : "副镇长 李建军", phone: "13947100001" },
          village: { name: n === 1 ? "村支书 王福" : "村主任 张海", phone: "13947100002" },
          school: { name: "副校长 刘敏", phone: "13947100003" },
          teacher: { name: n === 1 ? "班主任 陈静" : "班主任 赵磊", phone: "13947100004" },
        },
        priority: s.priorityLists.length > 0,
        openedOn,
        deadline: calendar.addDays(openedOn, n === 1 ? 30 : 45),
        confirmedOn: calendar.addDays(openedOn, 2),
        createdBy: o.userId,
        createdAt: o.now,
      })
      .returning({ id: retentionCase.id });
    const visits = [
      {
        d: 3,
        who: "班主任、村支书",
        method: "home_visit" as const,
        outcome: "refused" as const,
        note: "家长外出务工,学生在家,不愿返校",
      },
      {
        d: 12,
        who: "副校长、包村干部",
        method: "home_visit" as const,
        outcome: "undecided" as const,
        note: "讲解义务教育法,学生表示考虑",
      },
      {
        d: 24,
        who: "班主任",
        method: "phone" as const,
        outcome: n === 1 ? ("undecided" as const) : ("agreed" as const),
        note: n === 1 ? "仍在做工作" : "家长同意下周送孩子返校",
      },
    ];
    for (const v of visits) {
      const visitedOn = calendar.addDays(openedOn, v.d);
      const [row] = await db
        .insert(retentionVisit)
        .values({
          regionCode: o.regionCode,
          caseId: c!.id,
          schoolId: s.schoolId,
          visitedOn,
          visitors: v.who,
          method: v.method,
          outcome: v.outcome,
          note: v.note,
          recordedBy: o.userId,
          recordedAt: o.now,
        })
        .returning({ id: retentionVisit.id });
      await db.insert(retentionCaseEvent).values({
        regionCode: o.regionCode,
        caseId: c!.id,
        schoolId: s.schoolId,
        action: "visit",
        fromState: "confirmed",
        toState: "confirmed",
        note: `${visitedOn} ${v.who} ${retention.visitMethodLabels[v.method]}:${retention.visitOutcomeLabels[v.outcome]};${v.note}`,
        actorId: o.userId,
        actorName: "李明",
        at: new Date(`${visitedOn}T09:00:00+08:00`),
      });
      if (v.d === 3) {
        await db.insert(retentionEvidence).values({
          regionCode: o.regionCode,
          caseId: c!.id,
          visitId: row!.id,
          schoolId: s.schoolId,
          fileName: "入户劝返照片.png",
          contentType: "image/png",
          size: png.length,
          sha256: "",
          bytes: png,
          uploadedBy: o.userId,
          uploadedAt: o.now,
        });
      }
    }
    await db.insert(retentionCaseEvent).values([
      {
        regionCode: o.regionCode,
        caseId: c!.id,
        schoolId: s.schoolId,
        action: "open",
        fromState: null,
        toState: "verifying",
        note: "连续缺课,立案核查",
        actorId: o.userId,
        actorName: "李明",
        at: new Date(`${openedOn}T10:00:00+08:00`),
      },
      {
        regionCode: o.regionCode,
        caseId: c!.id,
        schoolId: s.schoolId,
        action: "confirm",
        fromState: "verifying",
        toState: "confirmed",
        note: "经核实确已辍学",
        actorId: o.userId,
        actorName: "李明",
        at: new Date(`${calendar.addDays(openedOn, 2)}T10:00:00+08:00`),
      },
    ]);
  }
  return n;
}
