import { z } from "@hono/zod-openapi";

export const yearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: "报告年度;缺省为本学年" }),
});
export const keyParam = z.object({
  key: z
    .string()
    .max(80)
    .regex(/^[a-z]+\.[A-Za-z]+$/, "指标编码格式应为“业务.指标”,例如 registry.students;请从指标目录中选择")
    .openapi({ description: "指标编码(见指标目录)", example: "registry.students" }),
});

export const changeSchema = z
  .object({ delta: z.number(), direction: z.enum(["up", "down", "same"]), phrase: z.string() })
  .openapi("FigureChange");

export const definitionSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    group: z.string(),
    groupLabel: z.string(),
    capability: z.string(),
    capabilityLabel: z.string(),
    unit: z.string(),
    numerator: z.string(),
    denominator: z.string().nullable(),
    asOf: z.string(),
    excludes: z.string(),
    footnote: z.string(),
    higherIsBetter: z.boolean().nullable(),
  })
  .openapi("FigureDefinition");

export const figureSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    unit: z.string(),
    status: z.enum(["ok", "incomplete"]),
    value: z.number().nullable(),
    /** the value as the report writes it, or null when incomplete */
    display: z.string().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    missing: z.string().nullable(),
    previous: z.number().nullable(),
    previousDisplay: z.string().nullable(),
    change: changeSchema.nullable(),
    higherIsBetter: z.boolean().nullable(),
    trend: z.array(z.object({ year: z.number(), value: z.number().nullable() })),
    sentence: z.string(),
  })
  .openapi("CockpitFigure");

export const cockpitSchema = z
  .object({
    year: z.number(),
    countyName: z.string(),
    scope: z.enum(["county", "school"]),
    cards: z.array(z.object({ capability: z.string(), label: z.string(), figures: z.array(figureSchema) })),
  })
  .openapi("Cockpit");

export const needsNowSchema = z
  .object({
    today: z.string(),
    items: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        count: z.number(),
        detail: z.string(),
        /** the web page listing the records */
        link: z.string(),
      }),
    ),
  })
  .openapi("NeedsNow");

export const drillSchema = z
  .object({
    year: z.number(),
    definition: definitionSchema,
    figure: figureSchema,
    bySchool: z.array(z.object({ schoolId: z.string(), schoolName: z.string(), figure: figureSchema })),
    records: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string() })),
    /** the capability's page listing every record */
    link: z.string(),
  })
  .openapi("FigureDrill");

export const reportItemSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    figure: figureSchema,
    generated: z.string(),
    sentence: z.string(),
    edited: z.object({ text: z.string(), by: z.string(), at: z.string() }).nullable(),
    /** the figure changed since the sentence was edited */
    stale: z.boolean(),
    footnote: z.string(),
    canEdit: z.boolean(),
  })
  .openapi("WorkReportItem");

export const workReportSchema = z
  .object({
    year: z.number(),
    countyName: z.string(),
    canExport: z.boolean(),
    groups: z.array(z.object({ group: z.string(), label: z.string(), items: z.array(reportItemSchema) })),
  })
  .openapi("WorkReport");

export const sentenceBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "表述不能为空:请填写该指标的报告表述,或删除修改以恢复自动生成的表述")
      .max(500, "表述过长:请控制在500字以内"),
  })
  .openapi("SentenceBody");

export const checksQuery = yearQuery.extend({
  jumpRatio: z.coerce
    .number()
    .min(0.01, "变化幅度阈值应在0.01至10之间,例如0.2表示20%")
    .max(10, "变化幅度阈值应在0.01至10之间,例如0.2表示20%")
    .optional()
    .openapi({ description: "同比变化超过该比例即列出(缺省0.2,即20%)" }),
});
export const codeParam = z.object({ code: z.string().min(1).max(120).openapi({ description: "核查项编码" }) });

export const checksSchema = z
  .object({
    year: z.number(),
    jumpRatio: z.number(),
    canResolve: z.boolean(),
    items: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(["totals", "jump", "norm"]),
        figureKey: z.string().nullable(),
        title: z.string(),
        detail: z.string(),
        /** what to open and fix: a totals item's schools whose two totals differ */
        records: z.array(z.object({ id: z.string(), label: z.string(), detail: z.string() })),
        resolution: z
          .object({ status: z.enum(["fixed", "explained"]), note: z.string(), by: z.string(), at: z.string() })
          .nullable(),
      }),
    ),
  })
  .openapi("YearEndChecks");

export const resolveBody = z
  .object({
    status: z.enum(["fixed", "explained"], { message: "处理结果应为 fixed(已更正)或 explained(已说明)" }),
    note: z
      .string()
      .trim()
      .min(1, "说明不能为空:请写明更正了哪些数据,或变化的原因")
      .max(500, "说明过长:请控制在500字以内"),
  })
  .openapi("ResolveCheckBody");
