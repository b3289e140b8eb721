import type { BalanceConfig } from "./config";
import type { BalanceEvaluation } from "./evaluate";
import type { BalanceStage } from "./indicators";

/** A class as the class-size requirement reads it. */
export interface ClassSizeInput {
  classId: string;
  schoolId: string;
  schoolName: string;
  name: string;
  grade: number;
  size: number;
}

/** Migrant children (随迁子女) enrolled in one school of the stage. */
export interface MigrantInput {
  schoolId: string;
  schoolName: string;
  ownership: "public" | "private";
  migrants: number;
}

export interface RequirementInputs {
  evaluation: BalanceEvaluation;
  /** the stage's classes in the year */
  classes: readonly ClassSizeInput[];
  /** whole-school enrollment of every evaluated school (all stages), for the school-size rule */
  schoolSizes: readonly { schoolId: string; name: string; kind: string; students: number }[];
  migrants: readonly MigrantInput[];
}

export type RequirementStatus = "met" | "not_met" | "unknown";

/** One of the other high-quality requirements (methods.md §1.4), checked where the register has the data. */
export interface RequirementCheck {
  key: string;
  name: string;
  /** the target as the method states it */
  target: string;
  status: RequirementStatus;
  /** the measured figure, e.g. "98.2%", or why it cannot be measured (数据不足: …) */
  value: string;
  /** the schools or classes behind a "not met" */
  items: { schoolId: string; label: string; detail: string }[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const unknown = (key: string, name: string, target: string, why: string): RequirementCheck => ({
  key,
  name,
  target,
  status: "unknown",
  value: `数据不足:${why}`,
  items: [],
});

/**
 * The data-checkable requirements of high-quality balance for a stage: met, not met (with the schools and classes
 * behind it) or unknown (数据不足, saying what data is missing).
 *
 * @example checkRequirements(inputs, config).find((r) => r.key === "class_size")?.status // => "not_met"
 */
export function checkRequirements(inputs: RequirementInputs, config: BalanceConfig): RequirementCheck[] {
  const stage: BalanceStage = inputs.evaluation.stage;
  const checks: RequirementCheck[] = [];

  const maxClass = config.classSizeMax[stage];
  const over = inputs.classes.filter((c) => c.size > maxClass).sort((a, b) => b.size - a.size);
  checks.push({
    key: "class_size",
    name: "班额",
    target: `每班不超过 ${maxClass} 人`,
    status: inputs.classes.length === 0 ? "unknown" : over.length === 0 ? "met" : "not_met",
    value:
      inputs.classes.length === 0
        ? "数据不足:本学年没有班级记录"
        : `${inputs.classes.length} 个班中 ${over.length} 个超过 ${maxClass} 人`,
    items: over.map((c) => ({ schoolId: c.schoolId, label: `${c.schoolName} ${c.name}`, detail: `${c.size} 人` })),
  });

  const limitOf = (kind: string) => (kind === "nine_year" ? config.nineYearSchoolSizeMax : config.schoolSizeMax);
  const big = inputs.schoolSizes.filter((s) => s.students > limitOf(s.kind));
  checks.push({
    key: "school_size",
    name: "学校规模",
    target: `不超过 ${config.schoolSizeMax} 人(九年一贯制不超过 ${config.nineYearSchoolSizeMax} 人)`,
    status: big.length === 0 ? "met" : "not_met",
    value: `${inputs.schoolSizes.length} 所学校中 ${big.length} 所超规模`,
    items: big.map((s) => ({ schoolId: s.schoolId, label: s.name, detail: `${s.students} 人` })),
  });

  let teachers = 0;
  let certified = 0;
  const uncertified: RequirementCheck["items"] = [];
  for (const s of inputs.evaluation.schools) {
    teachers += s.part.counts.teachers;
    certified += s.part.counts.certified;
    const missing = s.part.counts.teachers - s.part.counts.certified;
    if (missing > 0) uncertified.push({ schoolId: s.part.schoolId, label: s.part.name, detail: `${missing} 人未持证` });
  }
  checks.push({
    key: "certification",
    name: "教师持证上岗率",
    target: "100%",
    status: teachers === 0 ? "unknown" : certified === teachers ? "met" : "not_met",
    value: teachers === 0 ? "数据不足:没有专任教师记录" : `${pct(certified / teachers)}(${certified}/${teachers})`,
    items: uncertified,
  });

  checks.push(
    unknown("exchange", "教师交流轮岗", "每年不低于符合条件教师的 10%,其中骨干教师不低于 20%", "登记册未记录交流轮岗"),
    unknown("training", "5 年 360 学时培训完成率", "100%", "登记册未记录培训学时"),
    unknown(
      "zoned_admission",
      "城镇公办学校就近划片入学比例",
      stage === "primary" ? "100%" : "不低于 95%",
      "需招生模块的划片入学记录",
    ),
  );
  if (stage === "junior") {
    checks.push(
      unknown("quota_places", "优质高中招生名额分配到校比例", "不低于 50%,向农村初中倾斜", "需招生模块的指标到校数据"),
      unknown("retention", "初中三年巩固率", "不低于 95%", "需控辍保学模块的巩固率"),
    );
  }
  checks.push(unknown("disabled_enrollment", "残疾儿童少年入学率", "不低于 95%", "需适龄残疾儿童人口数"));

  const totalMigrants = inputs.migrants.reduce((n, m) => n + m.migrants, 0);
  const inPublic = inputs.migrants.filter((m) => m.ownership === "public").reduce((n, m) => n + m.migrants, 0);
  const share = totalMigrants === 0 ? null : inPublic / totalMigrants;
  checks.push({
    key: "migrant_public",
    name: "随迁子女在公办学校(含政府购买学位)就读比例",
    target: "不低于 85%",
    status: share === null ? "unknown" : share >= 0.85 ? "met" : "not_met",
    value:
      share === null
        ? "数据不足:没有随迁子女记录"
        : `${pct(share)}(公办 ${inPublic}/${totalMigrants};未计政府购买学位)`,
    items:
      share !== null && share < 0.85
        ? inputs.migrants
            .filter((m) => m.ownership === "private" && m.migrants > 0)
            .map((m) => ({ schoolId: m.schoolId, label: m.schoolName, detail: `民办学校就读 ${m.migrants} 人` }))
        : [],
  });
  checks.push(unknown("recognition", "社会认可度", "不低于 85%", "需问卷调查结果"));
  return checks;
}
