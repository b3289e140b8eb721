/** Schemas of continuing education (继续教育学时) and a teacher's own record. */
import { staffing } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { isoDate, schoolYearQuery, text, uuid } from "./schemas";

const levelEnum = z.enum(
  Object.keys(staffing.trainingLevels) as [staffing.TrainingLevel, ...staffing.TrainingLevel[]],
  {
    error: "培训层级应为国家级、省级、县级或校本研修",
  },
);
export const trainingBody = z.object({
  staffId: uuid("教师"),
  course: text("培训项目", 80),
  level: levelEnum,
  startDate: isoDate("开始日期"),
  endDate: isoDate("结束日期"),
  hours: z.number({ error: "请填写学时" }),
});

const progressSchema = z.object({
  staffId: z.string(),
  staffNumber: z.string(),
  name: z.string(),
  schoolName: z.string(),
  subject: z.string(),
  total: z.number(),
  schoolBased: z.number(),
  counted: z.number(),
  required: z.number(),
  expected: z.number(),
  percent: z.number(),
  complete: z.boolean(),
  behind: z.boolean(),
});
export const trainingSchema = z
  .object({
    cycle: z.object({ startYear: z.number(), start: z.string(), end: z.string() }),
    total: z.number(),
    complete: z.number(),
    behind: z.number(),
    rate: z.number().nullable(),
    nationalParticipants: z.number(),
    provincialParticipants: z.number(),
    hoursByYear: z.array(z.object({ year: z.number(), hours: z.number() })),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        teachers: z.number(),
        complete: z.number(),
        behind: z.number(),
        rate: z.number().nullable(),
      }),
    ),
    teachers: z.array(progressSchema),
    teachersTotal: z.number(),
  })
  .openapi("StaffingTraining");
export const trainingQuery = schoolYearQuery.extend({
  filter: z.enum(["all", "behind", "complete"], { error: "筛选应为全部、进度滞后或已完成" }).default("behind"),
});

export const myRecordSchema = z
  .object({
    name: z.string(),
    staffNumber: z.string(),
    schoolName: z.string(),
    label: z.string(),
    titleLabel: z.string(),
    retirementDate: z.string(),
    cycle: z.object({ startYear: z.number(), start: z.string(), end: z.string() }),
    progress: progressSchema,
    records: z.array(
      z.object({
        course: z.string(),
        levelLabel: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        hours: z.number(),
      }),
    ),
    recognitions: z.array(
      z.object({
        tierLabel: z.string(),
        levelLabel: z.string(),
        recognisedOn: z.string(),
        expiresOn: z.string().nullable(),
      }),
    ),
    rotations: z.array(z.object({ schoolYear: z.number(), toSchool: z.string().nullable(), status: z.string() })),
  })
  .openapi("StaffingMyRecord");
