/** The establishment (编制核定) and the subject demand (学科结构), with the establishment's export. */
import { type auth, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { titledWorkbook } from "../excel/titledWorkbook";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { fileResponse, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import * as s from "./figureSchemas";
import { presentDemand, presentEstablishment } from "./present";
import { attachment, auditExport, basisFor, countyName, roundingText, tags, todayFor } from "./routeKit";
import { schoolYearQuery } from "./schemas";

const establishmentRoute = createRoute({
  method: "get",
  path: "/establishment",
  tags,
  summary: "编制核定:各校按生师比及附加编制核定的编制、实有在编、超编缺编",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.establishmentSchema, "编制核定"), ...errorResponses },
});
const establishmentExportRoute = createRoute({
  method: "get",
  path: "/establishment/export.xlsx",
  tags,
  summary: "导出编制核定表(Excel)",
  request: { query: schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "编制核定表"), ...errorResponses },
});
const demandRoute = createRoute({
  method: "get",
  path: "/demand",
  tags,
  summary: "学科结构:按课程方案测算的各学科所需教师与现有教师、短缺清单",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.demandSchema, "学科结构"), ...errorResponses },
});

export function establishmentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(establishmentRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentEstablishment(basis), 200);
  });

  app.openapi(establishmentExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const e = presentEstablishment(basis);
    const county = await countyName(c, scope.regionCode);
    const st = basis.settings;
    const bytes = await titledWorkbook(
      [
        {
          name: "编制核定表",
          title: `${county}中小学教职工编制核定表(${registry.schoolYearLabel(basis.schoolYear)})`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 26 },
            { header: "办学类型", width: 14 },
            { header: "小学编制", width: 10 },
            { header: "初中编制", width: 10 },
            { header: "高中编制", width: 10 },
            { header: "按班核定", width: 9 },
            { header: "特教编制", width: 10 },
            { header: "寄宿附加", width: 10 },
            { header: "随班就读附加", width: 12 },
            { header: "合计(未取整)", width: 12 },
            { header: "核定编制", width: 10 },
            { header: "实有在编", width: 10 },
            { header: "编外人员", width: 10 },
            { header: "超(+)缺(−)编", width: 12 },
          ],
          rows: e.schools.map((x, i) => [
            i + 1,
            x.schoolName,
            x.kind,
            x.primary,
            x.junior,
            x.senior,
            x.byClass ? "是" : "否",
            x.special,
            x.boarding,
            x.inclusive,
            x.exact,
            x.owed,
            x.filled,
            x.nonEstablished,
            x.balance,
          ]),
          totals: [
            "合计",
            "",
            "",
            null,
            null,
            null,
            "",
            null,
            null,
            null,
            null,
            e.owed,
            e.filled,
            e.nonEstablished,
            e.balance,
          ],
        },
      ],
      [
        `依据中央编办发〔2014〕72号:教职工与学生比 高中 1:${st.studentsPerPost.senior},初中 1:${st.studentsPerPost.junior},小学 1:${st.studentsPerPost.primary};${st.province || "本省"}${st.fromYear}年起适用的附加规则见下。`,
        `学生数为 9 月 1 日在籍学生;学生不足 ${st.smallSchoolStudents} 人的学校和教学点按班师比(小学每班 ${st.postsPerClass.primary}、初中 ${st.postsPerClass.junior}、高中 ${st.postsPerClass.senior})与生师比取大值。`,
        `特殊教育学校按 1:${st.specialStudentsPerPost};寄宿生每 ${st.boardingStudentsPerPost} 人增加 1 个编制;随班就读残疾学生每 ${st.inclusiveStudentsPerPost} 人增加 1 个编制(为 0 时不附加)。`,
        `各学段编制保留一位小数;学校合计按“${roundingText(st.postRounding)}”取整为核定编制;全县为各校核定编制之和。`,
        "实有在编 = 本学年在编(在岗或离岗)的全部教职工;合同制和代课人员不占编制,列为编外人员。",
        "超(+)缺(−)编 = 实有在编 − 核定编制;全县缺编数为各校缺编之和,一校超编不抵另一校缺编。",
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `统计时点 ${basis.asOf}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "establishment", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `编制核定表-${basis.schoolYear}.xlsx`);
  });

  app.openapi(demandRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentDemand(basis), 200);
  });

  return app;
}
