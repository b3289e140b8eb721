import type { ConditionInput } from "./inputs";

/** One school's reported conditions this year and last, with what they are compared against. */
export interface ConditionCheckInput {
  schoolId: string;
  name: string;
  schoolYear: number;
  current: ConditionInput | null;
  previous: ConditionInput | null;
  /** students on the statistics date, this year and last (all stages) */
  students: number;
  previousStudents: number;
  /** classes this year: each needs a classroom, so more multimedia classrooms than classes is suspect */
  classes: number;
}

export interface ConditionFlag {
  schoolId: string;
  name: string;
  /** the conditions field concerned, as named in the register */
  field: string;
  severity: "error" | "warning";
  message: string;
}

const JUMP = 3;
const fmt = (x: number) => x.toFixed(2);

/**
 * Flags missing or implausible yearly conditions before the balance figures are computed (the seeds ask for a
 * campaign against falsified statistics): a missing row, a per-student area jumping three-fold from last year, an
 * equipment value falling to zero, more multimedia classrooms than classes.
 *
 * @example checkConditions([{ …, current: null }])[0].message // => "未填报 2026 学年办学条件…"
 */
export function checkConditions(inputs: readonly ConditionCheckInput[]): ConditionFlag[] {
  const flags: ConditionFlag[] = [];
  for (const s of inputs) {
    const flag = (field: string, severity: ConditionFlag["severity"], message: string) =>
      flags.push({ schoolId: s.schoolId, name: s.name, field, severity, message });
    const c = s.current;
    if (!c) {
      flag("conditions", "error", `未填报 ${s.schoolYear} 学年办学条件,该校的设施类指标无法计算`);
      continue;
    }
    const p = s.previous;
    if (p && s.students > 0 && s.previousStudents > 0) {
      for (const [field, label] of [
        ["teachingArea", "生均教学及辅助用房面积"],
        ["sportsArea", "生均体育运动场馆面积"],
      ] as const) {
        const now = c[field] / s.students;
        const before = p[field] / s.previousStudents;
        if (before > 0 && now > 0 && (now / before >= JUMP || before / now >= JUMP)) {
          flag(field, "warning", `${label}由上年 ${fmt(before)} m² 变为 ${fmt(now)} m²,变化超过 ${JUMP} 倍,请核实`);
        }
      }
    }
    if (c.equipmentValueFen <= 0) {
      const was =
        p && p.equipmentValueFen > 0 ? `(上年 ${(p.equipmentValueFen / 100).toLocaleString("zh-CN")} 元)` : "";
      flag("equipmentValueFen", "warning", `教学仪器设备值为 0${was},请核实`);
    }
    if (c.multimediaRooms > s.classes && s.classes > 0) {
      flag("multimediaRooms", "warning", `网络多媒体教室 ${c.multimediaRooms} 间,多于班级数 ${s.classes},请核实`);
    }
  }
  return flags;
}
