import type { auth } from "@edubureau/core";
import { registry } from "@edubureau/core";
import { and, asc, eq, sql } from "drizzle-orm";
import { scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { classScopeCondition } from "../scope";
import { enrollment, person, school, schoolClass, staff } from "../tables";

export interface ClassQuery {
  schoolYear: number;
  schoolId?: string;
  grade?: number;
}

/** Classes of a school year within scope, each with its enrolled size, size category and standard size. */
export async function listClasses(db: Db, actor: auth.Actor | null, q: ClassQuery) {
  const scope = scopeOf(actor, "registry");
  const size = sql<number>`(select count(*)::int from ${enrollment}
    where ${enrollment.classId} = ${schoolClass.id} and ${enrollment.status} = 'enrolled')`;
  const rows = await db
    .select({
      id: schoolClass.id,
      schoolId: schoolClass.schoolId,
      schoolName: school.name,
      schoolKind: school.kind,
      schoolYear: schoolClass.schoolYear,
      grade: schoolClass.grade,
      number: schoolClass.number,
      name: schoolClass.name,
      headTeacherId: schoolClass.headTeacherId,
      headTeacherName: person.name,
      size,
    })
    .from(schoolClass)
    .innerJoin(school, eq(school.id, schoolClass.schoolId))
    .leftJoin(staff, eq(staff.id, schoolClass.headTeacherId))
    .leftJoin(person, eq(person.id, staff.personId))
    .where(
      and(
        eq(schoolClass.schoolYear, q.schoolYear),
        schoolScopeCondition(scope, schoolClass),
        classScopeCondition(scope, schoolClass.id, q.schoolYear),
        q.schoolId ? eq(schoolClass.schoolId, q.schoolId) : undefined,
        q.grade !== undefined ? eq(schoolClass.grade, q.grade) : undefined,
      ),
    )
    .orderBy(asc(school.code), asc(schoolClass.grade), asc(schoolClass.number));
  return rows.map((r) => {
    const stage = registry.stageOfGrade(r.grade);
    return {
      ...r,
      stage,
      sizeCategory: registry.classSizeCategory(r.size),
      standardSize: registry.standardClassSize(stage),
    };
  });
}

/**
 * The county class-size summary (methods.md §2): per school and stage, classes by size category and the share of
 * large and super-large classes (national target ≤ 5%, no super-large classes), plus county totals per stage.
 */
export async function classSizeSummary(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const classes = await listClasses(db, actor, { schoolYear });
  const bySchool = new Map<string, { schoolId: string; schoolName: string; stage: registry.Stage; sizes: number[] }>();
  const byStage = new Map<registry.Stage, number[]>();
  for (const c of classes) {
    if (c.size === 0) continue;
    const key = `${c.schoolId}:${c.stage}`;
    const entry = bySchool.get(key) ?? { schoolId: c.schoolId, schoolName: c.schoolName, stage: c.stage, sizes: [] };
    entry.sizes.push(c.size);
    bySchool.set(key, entry);
    byStage.set(c.stage, [...(byStage.get(c.stage) ?? []), c.size]);
  }
  const all = classes.filter((c) => c.size > 0).map((c) => c.size);
  return {
    schoolYear,
    county: registry.summarizeClassSizes(all),
    byStage: [...byStage].map(([stage, sizes]) => ({ stage, ...registry.summarizeClassSizes(sizes) })),
    bySchool: [...bySchool.values()]
      .map(({ sizes, ...rest }) => ({ ...rest, largest: Math.max(...sizes), ...registry.summarizeClassSizes(sizes) }))
      .sort((a, b) => (b.largeShare ?? 0) - (a.largeShare ?? 0) || b.largest - a.largest),
  };
}
