/** The pieces the retention schemas share: ids, dates, months, school years, text with its Chinese messages. */
import { z } from "@hono/zod-openapi";

export const uuid = (what: string) => z.uuid(`${what}编号格式不正确`);
export const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD` });
export const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM,如 2026-11");
export const schoolYear = z.coerce
  .number({ error: "学年应为四位年份" })
  .int("学年应为四位年份")
  .min(2000, "学年应为 2000 年以后")
  .max(2100, "学年应为 2100 年以前");

export const idParam = z.object({ id: uuid("记录") });
export const yearQuery = z.object({ schoolYear: schoolYear.optional() });
export const monthParam = z.object({ month });

export const kindKeys = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string];
