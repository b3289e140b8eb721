import { ownerNames } from "./capabilityOwners";
import type { Capability, CapabilityOwners } from "./roles";
import { capabilityLabels } from "./roles";

/**
 * What a refusal names: each action the server may refuse beyond a plain read, write or reveal of a capability,
 * with the Chinese phrase that reads after "您没有权限" (您没有权限 + 下载全县均衡发展监测表). One table, so every 403
 * says what was refused in the same voice. A phrase starts with its verb; "进行" only before a noun (进行全县模拟测算),
 * never before another verb (not 进行使用…). A capability name in braces ({fitness}) stands for the sections that own it
 * in the county (基础教育股, or 体卫艺股 once the county gives fitness to it).
 */
export const refusalPhrases = {
  "balance.configure": "修改全县均衡测算参数",
  "balance.whatIf": "进行全县模拟测算",
  "balance.deleteOthersScenario": "删除他人的测算方案",
  "balance.readSnapshots": "查看全县已发布的监测结果",
  "balance.publish": "发布全县监测结果",
  "balance.downloadWorkbook": "下载全县均衡发展监测表",
  "balance.downloadReport": "下载全县均衡发展监测报告",
  "ledger.configure": "维护检查类型和校外培训机构名录",
  "ledger.raiseFindings": "在该检查中登记问题或填写检查表",
  "ledger.uploadEvidence": "上传整改材料",
  "exams.manage": "新建、修改、发布或更正考试(由教研室负责)",
  "registry.readTransfers": "查看转学记录",
  "registry.handleTransfer": "处理该转学申请",
  "backup.run": "进行数据备份与恢复(仅限系统管理员)",
  "admissions.organiseLottery": "组织摇号录取(由招生办组织)",
  "admissions.organiseQuota": "组织指标到校(由招生办组织)",
  "admissions.overrideSettledGrade": "改写已分班年级的班级(只有招生办可以写明原因并再次确认后重新分班)",
  "admissions.drawZones": "划分学区(由招生办负责)",
  "staffing.manage": "修改教师队伍参数、招聘计划、交流决定和人才库(由人事股负责)",
  "staffing.approvePlan": "处理招聘计划的审批(由局领导审批)",
  "staffing.manageStudios": "维护名师工作室和兼职教研员(由教研室负责)",
  "staffing.actForSchool": "处理其他学校的交流、招聘申请或校本研修学时",
  "preschool.configure": "修改学前教育评估参数(由{preschool}负责)",
  "preschool.enterPopulation": "修改乡镇适龄人口、出生人口和社会认可度(由{preschool}负责)",
  "preschool.whatIf": "进行全县学前教育模拟测算",
  "preschool.downloadReport": "下载全县学前教育普及普惠评估表和自评报告",
  "fitness.manageStandard": "更正体质健康评分表(由{fitness}负责)",
  "fitness.importResults": "导入该校的体质健康测试成绩",
  "retention.manage": "维护控辍保学名册、比对、个案和巩固率测算(由基础教育股负责)",
  "retention.readRoster": "查看户籍适龄人口名单(仅限基础教育股和局领导)",
  "retention.schoolReport": "修改学校的缺课登记和零报告(由学校填报)",
  "retention.actOnCase": "处理该劝返个案",
  "reports.editSentence": "修改该指标的报告表述(由负责该指标的股室或办公室修改)",
  "reports.export": "导出年度工作总结数据(由办公室汇编导出)",
  "reports.resolveCheck": "处理统计数据核查项(由办公室和基础教育股处理)",
  "settings.assignOwner": "修改业务归口股室(由系统管理员按局里的决定设置)",
  "settings.readOwners": "查看业务归口股室",
} as const;

/** The kinds of access every capability is checked for. */
export type CapabilityAccess = "read" | "write" | "reveal";

/** An action a refusal names: one of the table's, or an access to a capability (`read:registry`). */
export type RefusedAction = keyof typeof refusalPhrases | `${CapabilityAccess}:${Capability}`;

/**
 * The phrase naming a refused action, to follow "您没有权限". The owning section it names is the county's of the day
 * when `owners` is given (the actor's), the default otherwise.
 *
 * @example refusalPhrase("balance.downloadWorkbook") // => "下载全县均衡发展监测表"
 * @example refusalPhrase("reveal:registry") // => "查看学籍与基础数据中的完整个人信息"
 * @example refusalPhrase("fitness.manageStandard") // => "更正体质健康评分表(由基础教育股负责)"
 */
export function refusalPhrase(action: RefusedAction, owners?: CapabilityOwners): string {
  if (action in refusalPhrases) {
    const phrase: string = refusalPhrases[action as keyof typeof refusalPhrases];
    return phrase.replace(/\{(\w+)\}/g, (_, capability: Capability) => ownerNames(owners, capability));
  }
  const [access, capability] = action.split(":") as [CapabilityAccess, Capability];
  const label = capabilityLabels[capability];
  return access === "read" ? `查看${label}` : access === "write" ? `修改${label}` : `查看${label}中的完整个人信息`;
}

/**
 * The whole refusal message of an action.
 *
 * @example refusalMessage("balance.whatIf") // => "您没有权限进行全县模拟测算"
 */
export function refusalMessage(action: RefusedAction, owners?: CapabilityOwners): string {
  return `您没有权限${refusalPhrase(action, owners)}`;
}
