import type { BalanceConfig } from "./config";
import type { QualityIndicator } from "./indicators";
import type { StagePart } from "./stageParts";

/** What a school must add to reach one standard, in the units a budget is written in. */
export interface Shortfall {
  indicator: QualityIndicator;
  /** whole teachers, whole m², whole yuan, whole rooms — rounded up */
  amount: number;
  unit: "人" | "m²" | "元" | "间";
  /** e.g. "增加县级以上骨干教师 2 人" */
  description: string;
}

const EPS = 1e-9;
const up = (x: number) => Math.max(0, Math.ceil(x - EPS));

/**
 * The shortfall of a stage part against one standard, or null when the standard is met or the data is missing.
 * People are added to the stage; stocks are added to the whole school, of which the stage gets its share
 * (methods.md §1.3), so a combined school's stock shortfall is the part's gap divided by its share.
 *
 * @example shortfallOf(part, "L2", config) // => { amount: 2, unit: "人", description: "增加县级以上骨干教师 2 人" }
 */
export function shortfallOf(part: StagePart, indicator: QualityIndicator, config: BalanceConfig): Shortfall | null {
  const standard = config.standards[part.stage][indicator];
  const p = part.students;
  const people = (have: number, what: string): Shortfall | null => {
    const amount = up((standard * p) / 100 - have);
    return amount > 0 ? { indicator, amount, unit: "人", description: `增加${what} ${amount} 人` } : null;
  };
  const stock = (have: number | undefined, need: number, unit: Shortfall["unit"], what: string): Shortfall | null => {
    if (have === undefined || part.stockShare <= 0) return null;
    const amount = up((need - have) / part.stockShare);
    return amount > 0
      ? { indicator, amount, unit, description: `增加${what} ${amount.toLocaleString("zh-CN")} ${unit}` }
      : null;
  };
  const s = part.stocks ?? undefined;
  switch (indicator) {
    case "L1":
      return people(part.counts.aboveQualification, "高于规定学历教师");
    case "L2":
      return people(part.counts.backbone, "县级以上骨干教师");
    case "L3":
      return people(part.counts.peArts, "体育、艺术专任教师");
    case "L4":
      return stock(s?.teachingArea, standard * p, "m²", "教学及辅助用房");
    case "L5":
      return stock(s?.sportsArea, standard * p, "m²", "体育运动场馆面积");
    case "L6":
      return stock(s?.equipmentYuan, standard * p, "元", "教学仪器设备值");
    case "L7":
      return stock(s?.multimediaRooms, (standard * p) / 100, "间", "网络多媒体教室");
  }
}
