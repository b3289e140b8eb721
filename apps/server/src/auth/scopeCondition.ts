import type { auth } from "@edubureau/core";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * The one SQL condition that keeps a school-owned table within a data scope, for every capability.
 * County scope: the county's rows; school scope: that school's rows; a teacher's scope: their school's rows
 * (narrowed further to their classes by registry's `classScopeCondition` where a table has a class).
 * A table without its own region column passes the school's region through a join or a subquery. A row that
 * several schools reach (a transfer's two schools, an inspection's targets, a zone's schools) passes, instead of
 * its school column, the condition that a given school reaches it. A township contact's scope reaches only a table
 * that passes its township column (retention's cases); every other table answers it nothing.
 */
export function schoolScopeCondition(
  scope: auth.DataScope,
  columns: {
    regionCode: AnyPgColumn;
    schoolId: AnyPgColumn | ((schoolId: string) => SQL);
    townCode?: AnyPgColumn;
  },
): SQL {
  switch (scope.kind) {
    case "county":
      return eq(columns.regionCode, scope.regionCode);
    case "school":
    case "classes":
      return and(
        eq(columns.regionCode, scope.regionCode),
        typeof columns.schoolId === "function"
          ? columns.schoolId(scope.schoolId)
          : eq(columns.schoolId, scope.schoolId),
      ) as SQL;
    case "township":
      return columns.townCode
        ? (and(eq(columns.regionCode, scope.regionCode), eq(columns.townCode, scope.townCode)) as SQL)
        : sql`false`;
    case "none":
      return sql`false`;
  }
}
