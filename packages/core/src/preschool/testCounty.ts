import type { KindergartenInput, PreschoolCountyInput } from "./inputs";

/** A kindergarten with everything reported and nothing remarkable; tests override what they examine. */
export function kindergarten(p: Partial<KindergartenInput> & Pick<KindergartenInput, "schoolId">): KindergartenInput {
  return {
    name: p.schoolId,
    townCode: "A",
    kind: "education_public",
    attached: false,
    ruralCentral: false,
    children: 0,
    classes: [],
    fullTimeTeachers: 0,
    certifiedTeachers: 0,
    principalCertified: true,
    establishedTeachers: 0,
    establishedPayFen: null,
    nonEstablishedTeachers: 0,
    nonEstablishedPayFen: null,
    fundingPerChildFen: null,
    buildingArea: null,
    playArea: null,
    ...p,
  };
}

/**
 * The worked example county, written by hand before the code (see evaluate.test.ts for every figure):
 * - K1 教育部门办, 城关街道 (A): 小班 25, 中班 30, 大班 35 = 90 children; 6 teachers, all certified; principal
 *   certified; 5 established at 6 000 yuan a month, 1 non-established at 4 800; funding 800 yuan a child;
 *   900 m² building, 450 m² play area.
 * - K2 普惠性民办, 河东镇 (B): 小班 28 (over 25), 中班 30 = 58 children; 4 teachers, 3 certified; principal
 *   certified; subsidy 400 yuan a child; 580 m², 232 m².
 * - K3 非普惠性民办, 河东镇 (B): 混龄 32 (over 30), 大班 20 = 52 children; 3 teachers, all certified; principal NOT
 *   certified; 400 m², 150 m² (2.88 m² a child, under 4).
 * - P1 附设幼儿班 of a public primary school, 石门乡 (C): 大班 20; 1 certified teacher.
 * Population aged 3–5: A 100, B 120, C 30 (250).
 */
export function exampleCounty(): PreschoolCountyInput {
  return {
    schoolYear: 2026,
    asOf: "2026-09-01",
    satisfaction: 0.9,
    townships: [
      { townCode: "A", name: "城关街道", urban: true, population3to5: 100 },
      { townCode: "B", name: "河东镇", urban: false, population3to5: 120 },
      { townCode: "C", name: "石门乡", urban: false, population3to5: 30 },
    ],
    kindergartens: [
      kindergarten({
        schoolId: "K1",
        name: "第一幼儿园",
        townCode: "A",
        kind: "education_public",
        children: 90,
        classes: [
          { classId: "K1-1", name: "小(1)班", band: "small", children: 25 },
          { classId: "K1-2", name: "中(1)班", band: "middle", children: 30 },
          { classId: "K1-3", name: "大(1)班", band: "large", children: 35 },
        ],
        fullTimeTeachers: 6,
        certifiedTeachers: 6,
        establishedTeachers: 5,
        establishedPayFen: 600_000,
        nonEstablishedTeachers: 1,
        nonEstablishedPayFen: 480_000,
        fundingPerChildFen: 80_000,
        buildingArea: 900,
        playArea: 450,
      }),
      kindergarten({
        schoolId: "K2",
        name: "阳光幼儿园",
        townCode: "B",
        kind: "inclusive_private",
        children: 58,
        classes: [
          { classId: "K2-1", name: "小(1)班", band: "small", children: 28 },
          { classId: "K2-2", name: "中(1)班", band: "middle", children: 30 },
        ],
        fullTimeTeachers: 4,
        certifiedTeachers: 3,
        nonEstablishedTeachers: 4,
        nonEstablishedPayFen: 300_000,
        fundingPerChildFen: 40_000,
        buildingArea: 580,
        playArea: 232,
      }),
      kindergarten({
        schoolId: "K3",
        name: "贝贝幼儿园",
        townCode: "B",
        kind: "private",
        children: 52,
        classes: [
          { classId: "K3-1", name: "混龄(1)班", band: "mixed", children: 32 },
          { classId: "K3-2", name: "大(1)班", band: "large", children: 20 },
        ],
        fullTimeTeachers: 3,
        certifiedTeachers: 3,
        principalCertified: false,
        nonEstablishedTeachers: 3,
        nonEstablishedPayFen: 280_000,
        buildingArea: 400,
        playArea: 150,
      }),
      kindergarten({
        schoolId: "P1",
        name: "石门乡中心小学附设幼儿班",
        townCode: "C",
        kind: "education_public",
        attached: true,
        principalCertified: null,
        children: 20,
        classes: [{ classId: "P1-1", name: "大(1)班", band: "large", children: 20 }],
        fullTimeTeachers: 1,
        certifiedTeachers: 1,
        establishedTeachers: 1,
        establishedPayFen: 550_000,
      }),
    ],
  };
}
