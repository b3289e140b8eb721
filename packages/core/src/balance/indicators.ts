/**
 * The indicators of the two balance methods (methods.md §1.1, §1.2): key, Chinese name, unit and what it counts.
 * Keys are stable codes; the numbers of the standards live in the configuration (config.ts).
 */

/** The stages the balance method covers (义务教育: 小学, 初中). */
export type BalanceStage = "primary" | "junior";
export const balanceStages: readonly BalanceStage[] = ["primary", "junior"];
export const balanceStageLabel: Record<BalanceStage, string> = { primary: "小学", junior: "初中" };

/** High-quality balance resource indicators (优质均衡, 教督〔2017〕6号). */
export type QualityIndicator = "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
export const qualityIndicators: readonly QualityIndicator[] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"];

/** Basic balance indicators (基本均衡, 2012 method). */
export type BasicIndicator = "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "B7" | "B8";
export const basicIndicators: readonly BasicIndicator[] = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"];

export type Indicator = QualityIndicator | BasicIndicator;

export interface IndicatorInfo {
  key: Indicator;
  /** the official Chinese name */
  name: string;
  /** short name for table headers and chart axes */
  shortName: string;
  unit: string;
  /** decimals shown */
  digits: number;
}

const info = (key: Indicator, name: string, shortName: string, unit: string, digits: number): IndicatorInfo => ({
  key,
  name,
  shortName,
  unit,
  digits,
});

export const indicatorInfo: Record<Indicator, IndicatorInfo> = {
  L1: info("L1", "每百名学生拥有高于规定学历教师数", "高学历教师", "人/百生", 2),
  L2: info("L2", "每百名学生拥有县级以上骨干教师数", "骨干教师", "人/百生", 2),
  L3: info("L3", "每百名学生拥有体育、艺术(美术、音乐)专任教师数", "体艺教师", "人/百生", 2),
  L4: info("L4", "生均教学及辅助用房面积", "生均教辅用房", "m²", 2),
  L5: info("L5", "生均体育运动场馆面积", "生均体育场馆", "m²", 2),
  L6: info("L6", "生均教学仪器设备值", "生均仪器设备", "元", 0),
  L7: info("L7", "每百名学生拥有网络多媒体教室数", "多媒体教室", "间/百生", 2),
  B1: info("B1", "生均教学及辅助用房面积", "生均教辅用房", "m²", 2),
  B2: info("B2", "生均体育运动场馆面积", "生均体育场馆", "m²", 2),
  B3: info("B3", "生均教学仪器设备值", "生均仪器设备", "元", 0),
  B4: info("B4", "每百名学生拥有计算机台数", "百生计算机", "台/百生", 2),
  B5: info("B5", "生均图书册数", "生均图书", "册", 1),
  B6: info("B6", "师生比(每百名学生拥有专任教师数)", "师生比", "人/百生", 2),
  B7: info("B7", "生均高于规定学历教师数(每百名学生)", "高学历教师", "人/百生", 2),
  B8: info("B8", "生均中级及以上专业技术职务教师数(每百名学生)", "中级以上职称教师", "人/百生", 2),
};

/** The method named on every screen and in every report. */
export const methodNames = {
  quality: "县域义务教育优质均衡发展督导评估办法(教督〔2017〕6号)",
  basic: "县域义务教育基本均衡发展督导评估(2012年办法)",
  coefficient: "差异系数按在校生数加权计算(总体标准差/加权平均值)",
} as const;
