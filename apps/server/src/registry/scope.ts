import type { auth } from "@edubureau/core";
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { classTeacher, schoolClass } from "./tables";

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
