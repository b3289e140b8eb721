import type { auth } from "@edubureau/core";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { classTeacher, schoolClass } from "./tables";

/**
 * The SQL condition that keeps a school-owned table within a data scope.
 * County scope: the county's rows; school scope: that school's rows; a teacher's scope: their school's rows
 * (narrowed further to their classes by `classScopeCondition` where a table has a class).
 */
export function schoolScopeCondition(
  scope: auth.DataScope,
  columns: { regionCode: AnyPgColumn; schoolId: AnyPgColumn },
): SQL {
  switch (scope.kind) {
    case "county":
      return eq(columns.regionCode, scope.regionCode);
    case "school":
    case "classes":
      return and(eq(columns.regionCode, scope.regionCode), eq(columns.schoolId, scope.schoolId)) as SQL;
    case "none":
      return sql`false`;
  }
}

/** The classes a teacher teaches or heads in a school year. */
export function teacherClassIds(staffId: string, schoolYear: number) {
  return sql`(select ${classTeacher.classId} from ${classTeacher} where ${classTeacher.staffId} = ${staffId}
    union select ${schoolClass.id} from ${schoolClass}
      where ${schoolClass.headTeacherId} = ${staffId} and ${schoolClass.schoolYear} = ${schoolYear})`;
}

/** For a teacher's scope, the condition that a row's class is one of theirs; true for other scopes. */
export function classScopeCondition(scope: auth.DataScope, classIdColumn: AnyPgColumn, schoolYear: number): SQL {
  if (scope.kind !== "classes") return sql`true`;
  return sql`${classIdColumn} in ${teacherClassIds(scope.staffId, schoolYear)}`;
}
