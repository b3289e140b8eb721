/**
 * The import kinds and what each needs beyond the shared machinery: who may import it (the capability whose writers
 * write that record: students, schools and conditions `registry`; staff `staffing`), its template for the
 * downloader's scope, and its validation and writer.
 */
import { auth } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { authorize, scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import type { ImportSteps, SheetImporter } from "../../excel/importPipeline";
import { listSchools } from "../store";
import { school, schoolCondition } from "../tables";
import { studentSteps } from "./commit";
import { conditionSteps, conditionTemplate } from "./conditionImport";
import { assertCountyImporter, schoolSteps, schoolTemplate } from "./schoolImport";
import { type ImportKind, sheetSpecs } from "./sheetSpec";
import { staffSteps, staffTemplate } from "./staffImport";
import { studentTemplate } from "./templates";

/** The register's importers: every job of theirs has capability "registry" (audit actions registry.import…). */
export type Importer = SheetImporter;

const RECORD: Record<ImportKind, auth.RegistryRecord> = {
  students: "student",
  staff: "staff",
  schools: "school",
  conditions: "conditions",
};

/** Open schools the actor may write a kind's records in (for the template's drop-down). */
async function writableSchools(db: Db, actor: auth.Actor, kind: ImportKind) {
  const scope = scopeOf(actor, auth.registryWriteCapability(RECORD[kind]));
  const rows = await listSchools(db, actor);
  return rows.filter((s) => s.status === "open" && (scope.kind === "county" || s.id === scope.schoolId));
}

export const importers: Record<ImportKind, Importer> = {
  students: {
    capability: "registry",
    spec: sheetSpecs.students,
    label: "学生信息",
    yearly: true,
    steps: studentSteps as unknown as ImportSteps<string, unknown>,
    template: async (db, actor, year, county) =>
      studentTemplate(year, await writableSchools(db, actor, "students"), actor.regionCode, county),
  },
  staff: {
    capability: "registry",
    spec: sheetSpecs.staff,
    label: "教职工信息",
    yearly: true,
    steps: staffSteps as unknown as ImportSteps<string, unknown>,
    template: async (db, actor, year, county) =>
      staffTemplate(year, await writableSchools(db, actor, "staff"), actor.regionCode, county),
  },
  schools: {
    capability: "registry",
    spec: sheetSpecs.schools,
    label: "学校信息",
    yearly: false,
    steps: schoolSteps as unknown as ImportSteps<string, unknown>,
    template: async (_db, actor, _year, county) => schoolTemplate(actor.regionCode, county),
  },
  conditions: {
    capability: "registry",
    spec: sheetSpecs.conditions,
    label: "办学条件",
    yearly: true,
    steps: conditionSteps as unknown as ImportSteps<string, unknown>,
    async template(db, actor, year, county) {
      const scope = scopeOf(actor, "registry");
      const rows = await db
        .select({ code: school.code, name: school.name, reported: schoolCondition.id })
        .from(school)
        .leftJoin(schoolCondition, and(eq(schoolCondition.schoolId, school.id), eq(schoolCondition.schoolYear, year)))
        .where(
          and(
            eq(school.status, "open"),
            schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
          ),
        )
        .orderBy(school.code);
      return conditionTemplate(
        year,
        rows.map((r) => ({ code: r.code, name: r.name, reported: r.reported !== null })),
        county,
      );
    },
  },
};

/**
 * The actor, allowed to import a kind: write on its capability (staff: 人事股 or the school; the rest: 基础教育股 or
 * the school), and for schools the county section only.
 *
 * @throws AppError 401/403
 */
export function authorizeImport(actor: auth.Actor | null, kind: ImportKind): auth.Actor {
  const a = authorize(actor, "write", auth.registryWriteCapability(RECORD[kind]));
  if (kind === "schools") assertCountyImporter(a);
  return a;
}
