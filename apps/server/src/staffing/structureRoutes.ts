/** The workforce's structure (age, titles, education, retirements) and the roster export. */
import { type auth, registry, staffing } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { titledWorkbook } from "../excel/titledWorkbook";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { fileResponse, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import * as s from "./figureSchemas";
import { subjectLabel } from "./figures";
import { presentStructure } from "./present";
import { attachment, auditExport, basisFor, countyName, label, schoolName, tags, todayFor } from "./routeKit";
import { schoolYearQuery } from "./schemas";

const structureRoute = createRoute({
  method: "get",
  path: "/structure",
  tags,
  summary: "队伍结构:年龄、职称、学历、骨干、性别、城乡,老龄化比例和五年退休预测",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.structureSchema, "队伍结构"), ...errorResponses },
});
const rosterExportRoute = createRoute({
  method: "get",
  path: "/roster/export.xlsx",
  tags,
  summary: "导出教师花名册(Excel,身份证号脱敏)",
  request: { query: schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "教师花名册"), ...errorResponses },
});

export function structureRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(structureRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentStructure(basis), 200);
  });

  app.openapi(rosterExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const county = await countyName(c, scope.regionCode);
    const rows = basis.staff.map((x, i) => [
      i + 1,
      schoolName(basis, x.schoolId),
      x.staffNumber,
      x.name,
      label(registry.gender, x.gender),
      x.birthDate,
      x.residentIdMasked ?? "",
      label(registry.postType, x.postType),
      label(registry.establishment, x.establishment),
      x.subject ? subjectLabel(x.subject) : "",
      (basis.profiles.get(x.staffId)?.alsoTeaches ?? []).map((a) => subjectLabel(a)).join("、"),
      label(registry.qualification, x.qualification),
      label(registry.professionalTitle, x.title),
      label(registry.backboneLevel, x.backboneLevel),
      x.hasCertificate ? "有" : "无",
      staffing.retirementDateOf(x),
      label(registry.employmentStatus, x.status),
    ]);
    const bytes = await titledWorkbook(
      [
        {
          name: "教师花名册",
          title: `${county}教职工花名册(${registry.schoolYearLabel(basis.schoolYear)})`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 24 },
            { header: "工号", width: 12 },
            { header: "姓名", width: 10 },
            { header: "性别", width: 6 },
            { header: "出生日期", width: 12 },
            { header: "身份证号(脱敏)", width: 22 },
            { header: "岗位类别", width: 10 },
            { header: "编制类型", width: 10 },
            { header: "任教学科", width: 10 },
            { header: "兼任学科", width: 14 },
            { header: "最高学历", width: 10 },
            { header: "职称", width: 8 },
            { header: "骨干级别", width: 8 },
            { header: "教师资格", width: 8 },
            { header: "法定退休日期", width: 12 },
            { header: "任职状态", width: 8 },
          ],
          rows,
        },
      ],
      [
        "身份证号按登记册脱敏显示;完整号码只能在学籍与基础数据中经授权查看并留痕。",
        "法定退休日期按 2025 年起实施的渐进式延迟法定退休年龄计算;工勤岗位按工人标准,其他岗位按干部标准。",
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `共 ${rows.length} 人` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "roster", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `教师花名册-${basis.schoolYear}.xlsx`);
  });

  return app;
}
