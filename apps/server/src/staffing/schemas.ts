/** Request and response schemas of the workforce routes (教师队伍). */
import { registry, staffing } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const uuid = (what: string) => z.uuid(`${what}编号格式不正确`);
const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD,例如 2026-09-01` });
const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);
const subjectEnum = z.enum(registry.subject.codes, { error: "学科不存在,请从列表中选择" });

export const idParam = z.object({ id: uuid("记录") });
export const yearQuery = z.object({
  schoolYear: z.coerce
    .number({ error: "学年应为四位年份" })
    .int("学年应为四位年份")
    .min(2000, "学年应为四位年份,例如 2026")
    .max(2100, "学年应为四位年份,例如 2026")
    .optional(),
});
export const schoolYearQuery = yearQuery.extend({ schoolId: uuid("学校").optional() });

const rounding = z.enum(["round", "ceil", "floor"], { error: "取整方式应为四舍五入、向上取整或向下取整" });
const stageNumbers = (what: string) =>
  z.object({
    primary: z.number({ error: `请填写小学${what}` }),
    junior: z.number({ error: `请填写初中${what}` }),
    senior: z.number({ error: `请填写高中${what}` }),
  });

export const settingsSchema = z
  .object({
    province: z.string().trim().max(30, "省份名称不能超过30个字"),
    fromYear: z.number().int("适用年份应为整数").min(2000, "适用年份应为四位年份").max(2100, "适用年份应为四位年份"),
    studentsPerPost: stageNumbers("生师比"),
    postsPerClass: stageNumbers("班师比"),
    smallSchoolStudents: z.number().int().min(0, "小规模学校人数不能为负数"),
    boardingStudentsPerPost: z.number().min(0, "寄宿生核编人数不能为负数"),
    specialStudentsPerPost: z.number().min(0, "特教生师比不能为负数"),
    inclusiveStudentsPerPost: z.number().min(0, "随班就读核编人数不能为负数"),
    postRounding: rounding,
    fullWorkload: stageNumbers("满工作量"),
    curriculum: z.record(z.string(), z.record(z.string(), z.number().min(0, "周课时不能为负数"))),
    retirementsPerRecruit: z.number().int("补充比例应为整数").min(1, "补充比例至少为 1(退一补一)"),
    recruitRounding: rounding,
    forecastYears: z.number().int().min(1, "退休预测至少 1 年").max(10, "退休预测最多 10 年"),
    cycleHours: z.number().min(1, "周期学时须大于 0"),
    cycleStartYear: z.number().int().min(2000, "周期起始年应为四位年份").max(2100, "周期起始年应为四位年份"),
    schoolBasedMaxShare: z.number().min(0, "校本研修比例在 0 到 1 之间").max(1, "校本研修比例在 0 到 1 之间"),
    rotationYears: z.number().int().min(1, "交流年限至少 1 年"),
    principalTermYears: z.number().int().min(1, "校长任期至少 1 年"),
    rotationMinShare: z.number().min(0, "交流比例在 0 到 1 之间").max(1, "交流比例在 0 到 1 之间"),
    rotationBackboneMinShare: z.number().min(0, "骨干比例在 0 到 1 之间").max(1, "骨干比例在 0 到 1 之间"),
  })
  .openapi("StaffingSettings");

export const settingsResponse = z
  .object({
    settings: settingsSchema,
    stored: z.boolean(),
    history: z.array(z.object({ fromYear: z.number(), province: z.string(), updatedAt: z.string() })),
  })
  .openapi("StaffingSettingsView");

const sentence = z.object({ text: z.string(), link: z.string() });

export const overviewSchema = z
  .object({
    schoolYear: z.number(),
    today: z.string(),
    countyName: z.string(),
    rule: z.object({
      retirementsPerRecruit: z.number(),
      recruitRounding: rounding,
      postRounding: rounding,
      province: z.string(),
      fromYear: z.number(),
    }),
    establishment: z.object({
      owed: z.number(),
      filled: z.number(),
      nonEstablished: z.number(),
      surplus: z.number(),
      shortage: z.number(),
      balance: z.number(),
      schoolsShort: z.number(),
      schoolsOver: z.number(),
      schools: z.number(),
    }),
    shortages: z.array(
      z.object({ subject: z.string(), label: z.string(), shortage: z.number(), schoolsShort: z.number() }),
    ),
    structure: z.object({
      total: z.number(),
      aged50: z.number(),
      ageingShare: z.number().nullable(),
      averageAge: z.number().nullable(),
    }),
    forecast: z.object({ years: z.array(z.number()), byYear: z.array(z.number()), overdue: z.number() }),
    plan: z
      .object({ status: z.string(), retirements: z.number(), proposed: z.number(), quantity: z.number() })
      .nullable(),
    proposal: z.object({
      retirements: z.number(),
      replacement: z.number(),
      forShortage: z.number(),
      proposed: z.number(),
    }),
    training: z.object({
      cycleStart: z.string(),
      cycleEnd: z.string(),
      total: z.number(),
      complete: z.number(),
      behind: z.number(),
      rate: z.number().nullable(),
      nationalParticipants: z.number(),
      provincialParticipants: z.number(),
    }),
    rotation: z.object({
      eligible: z.number(),
      target: z.number(),
      rotating: z.number(),
      backboneRotating: z.number(),
      backboneTarget: z.number(),
      share: z.number().nullable(),
      met: z.boolean(),
      backboneMet: z.boolean(),
    }),
    pools: z.object({
      backbone: z.number(),
      leader: z.number(),
      master: z.number(),
      reserve: z.number(),
      studios: z.number(),
      researchers: z.number(),
      doubleQualifiedShare: z.number().nullable(),
    }),
    sentences: z.array(sentence),
  })
  .openapi("StaffingOverview");

export const establishmentSchema = z
  .object({
    schoolYear: z.number(),
    owed: z.number(),
    filled: z.number(),
    nonEstablished: z.number(),
    surplus: z.number(),
    shortage: z.number(),
    balance: z.number(),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        kind: z.string(),
        primary: z.number().nullable(),
        junior: z.number().nullable(),
        senior: z.number().nullable(),
        byClass: z.boolean(),
        special: z.number(),
        boarding: z.number(),
        inclusive: z.number(),
        exact: z.number(),
        owed: z.number(),
        filled: z.number(),
        nonEstablished: z.number(),
        balance: z.number(),
      }),
    ),
  })
  .openapi("StaffingEstablishment");

export const demandSchema = z
  .object({
    schoolYear: z.number(),
    county: z.array(
      z.object({
        subject: z.string(),
        label: z.string(),
        needed: z.number(),
        had: z.number(),
        shortage: z.number(),
        net: z.number(),
        schoolsShort: z.number(),
        usuallyShort: z.boolean(),
      }),
    ),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        subject: z.string(),
        label: z.string(),
        needed: z.number(),
        had: z.number(),
        gap: z.number(),
        short: z.boolean(),
      }),
    ),
  })
  .openapi("StaffingDemand");

const counts = z.array(z.object({ code: z.string(), label: z.string(), count: z.number() }));
export const structureSchema = z
  .object({
    schoolYear: z.number(),
    asOf: z.string(),
    total: z.number(),
    aged50: z.number(),
    ageingShare: z.number().nullable(),
    averageAge: z.number().nullable(),
    pyramid: z.array(z.object({ band: z.string(), M: z.number(), F: z.number() })),
    byTitle: counts,
    byQualification: counts,
    byBackbone: counts,
    byGender: counts,
    byLocality: counts,
    byStage: counts,
    bySubject: counts,
    forecast: z.object({
      years: z.array(z.number()),
      county: z.object({ overdue: z.number(), byYear: z.array(z.number()), total: z.number() }),
      rows: z.array(
        z.object({
          schoolId: z.string(),
          schoolName: z.string(),
          subject: z.string().nullable(),
          label: z.string(),
          overdue: z.number(),
          byYear: z.array(z.number()),
          total: z.number(),
        }),
      ),
    }),
  })
  .openapi("StaffingStructure");

export const planLineSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  subject: z.string(),
  label: z.string(),
  retirements: z.number(),
  gap: z.number(),
  replacement: z.number(),
  forShortage: z.number(),
  proposed: z.number(),
  quantity: z.number(),
  arrived: z.number(),
  note: z.string(),
});
export const recruitmentSchema = z
  .object({
    schoolYear: z.number(),
    rule: z.object({ retirementsPerRecruit: z.number(), recruitRounding: rounding }),
    proposal: z.object({
      retirements: z.number(),
      replacementExact: z.number(),
      replacement: z.number(),
      forShortage: z.number(),
      proposed: z.number(),
    }),
    plan: z
      .object({
        id: z.string(),
        status: z.enum(["draft", "approved"]),
        retirements: z.number(),
        proposedTotal: z.number(),
        quantity: z.number(),
        arrived: z.number(),
        approvedAt: z.string().nullable(),
        lines: z.array(planLineSchema),
      })
      .nullable(),
    needs: z.array(
      z.object({
        id: z.string(),
        schoolName: z.string(),
        label: z.string(),
        count: z.number(),
        reason: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("StaffingRecruitment");

export const planLineBody = z.object({
  quantity: z
    .number({ error: "请填写招聘人数" })
    .int("招聘人数应为整数")
    .min(0, "招聘人数不能为负数")
    .max(500, "招聘人数不能超过500"),
  note: z.string().trim().max(200, "备注不能超过200个字").default(""),
});
export const arrivalsBody = z.object({
  arrived: z.number({ error: "请填写到岗人数" }).int("到岗人数应为整数").min(0, "到岗人数不能为负数"),
});
export const needBody = z.object({
  schoolId: uuid("学校"),
  schoolYear: z.number().int().min(2000).max(2100),
  subject: subjectEnum,
  count: z
    .number({ error: "请填写需求人数" })
    .int("需求人数应为整数")
    .min(1, "需求人数至少为 1")
    .max(50, "需求人数最多 50"),
  reason: text("需求理由", 200),
});

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

export const rotationSchema = z
  .object({
    schoolYear: z.number(),
    figures: z.object({
      eligibleAtTargetSchools: z.number(),
      target: z.number(),
      rotating: z.number(),
      backboneRotating: z.number(),
      backboneTarget: z.number(),
      share: z.number().nullable(),
      backboneShare: z.number().nullable(),
      met: z.boolean(),
      backboneMet: z.boolean(),
    }),
    due: z.array(
      z.object({
        staffId: z.string(),
        name: z.string(),
        staffNumber: z.string(),
        schoolId: z.string(),
        schoolName: z.string(),
        label: z.string(),
        since: z.string(),
        years: z.number(),
        backbone: z.boolean(),
        targetSchool: z.boolean(),
        exemptReason: z.string().nullable(),
      }),
    ),
    rotations: z.array(
      z.object({
        id: z.string(),
        staffId: z.string(),
        name: z.string(),
        fromSchool: z.string(),
        toSchool: z.string().nullable(),
        status: z.enum(["proposed", "approved", "rejected"]),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        note: z.string(),
        decisionNote: z.string().nullable(),
      }),
    ),
    schools: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("StaffingRotation");
export const proposeRotationBody = z.object({
  staffId: uuid("教师"),
  schoolYear: z.number().int().min(2000).max(2100),
  toSchoolId: uuid("去向学校").nullable().default(null),
  note: z.string().trim().max(200, "说明不能超过200个字").default(""),
});
export const decideRotationBody = z.object({
  decision: z.enum(["approved", "rejected"], { error: "处理结果应为同意或不同意" }),
  toSchoolId: uuid("去向学校").nullable().optional(),
  startDate: isoDate("开始日期").nullable().optional(),
  endDate: isoDate("结束日期").nullable().optional(),
  note: z.string().trim().max(200, "说明不能超过200个字").default(""),
});
export const exemptionBody = z.object({
  staffId: uuid("教师"),
  schoolYear: z.number().int().min(2000).max(2100),
  reason: text("免于交流的原因", 100),
});

export const poolsSchema = z
  .object({
    tiers: z.object({ backbone: z.number(), leader: z.number(), master: z.number() }),
    expiringWithinYear: z.number(),
    recognitions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        schoolName: z.string(),
        tier: z.string(),
        tierLabel: z.string(),
        levelLabel: z.string(),
        recognisedOn: z.string(),
        expiresOn: z.string().nullable(),
        active: z.boolean(),
      }),
    ),
    reserve: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        schoolName: z.string(),
        joinedOn: z.string(),
        criteria: z.string(),
        assessment: z.string().nullable(),
        assessedOn: z.string().nullable(),
      }),
    ),
    studios: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        host: z.string(),
        label: z.string(),
        foundedOn: z.string(),
        members: z.number(),
        activities: z.array(z.object({ on: z.string(), title: z.string(), participants: z.number() })),
      }),
    ),
    researchers: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        label: z.string(),
        appointedOn: z.string(),
        termEndsOn: z.string().nullable(),
      }),
    ),
    activeResearchers: z.number(),
    vocationalTeachers: z.number(),
    doubleQualified: z.number(),
    doubleQualifiedShare: z.number().nullable(),
  })
  .openapi("StaffingPools");
export const activityBody = z.object({
  on: isoDate("活动日期"),
  title: text("活动主题", 80),
  participants: z.number().int("参加人数应为整数").min(0, "参加人数不能为负数").max(2000, "参加人数过多,请核对"),
});
export const researcherBody = z.object({
  staffId: uuid("教师"),
  subject: subjectEnum,
  appointedOn: isoDate("聘任日期"),
  termEndsOn: isoDate("任期结束日期").nullable().default(null),
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
