import { ledger, registry } from "@edubureau/core";

/** Audited actions by area, with their Chinese names; an action not listed here is shown as its raw code. */
const actionsByArea: Record<string, { label: string; actions: Record<string, string> }> = {
  auth: {
    label: "登录与密码",
    actions: {
      "auth.login": "登录",
      "auth.login_failed": "登录失败",
      "auth.logout": "退出",
      "auth.change_password": "修改密码",
    },
  },
  users: {
    label: "账号管理",
    actions: {
      "users.create": "新建账号",
      "users.update": "修改账号",
      "users.disable": "停用账号",
      "users.reset_password": "重置密码",
      "users.create_admin": "创建管理员",
    },
  },
  backup: {
    label: "数据备份",
    actions: {
      "backup.create": "制作备份",
      "backup.download": "下载备份",
      "backup.upload": "上传备份",
      "backup.delete": "删除备份",
      "backup.restore": "从备份恢复",
    },
  },
  registry: {
    label: "学籍与基础数据",
    actions: {
      "registry.reveal_resident_id": "查看身份证号",
      "registry.student_create": "新增学生",
      "registry.student_update": "修改学生信息",
      "registry.staff_create": "新增教职工",
      "registry.staff_update": "修改教职工信息",
      "registry.staff_left": "教职工离岗",
      "registry.school_create": "新建学校",
      "registry.school_update": "修改学校信息",
      "registry.school_opened": "学校开办",
      "registry.school_renamed": "学校更名",
      "registry.school_relocated": "学校迁址",
      "registry.school_merged": "学校合并",
      "registry.school_closed": "学校撤销",
      "registry.conditions_report": "填报办学条件",
      "registry.conditions_correct": "更正办学条件",
      "registry.settings_update": "修改学籍参数",
      "registry.promotion": "学年升级",
      "registry.promotion.request": "申请升级",
      "registry.promotion.current_year": "变更当前学年",
      "registry.transfer.initiate": "发起转学",
      ...Object.fromEntries(
        Object.entries(registry.transferActionLabels).map(([k, v]) => [`registry.transfer.${k}`, `转学${v}`]),
      ),
      "registry.import_upload": "上传导入文件",
      "registry.import": "提交导入",
      "registry.export": "导出学生名单",
      "registry.export_personal_data": "导出学生名单(含完整身份证号)",
      "registry.staff_export": "导出教职工名单",
      "registry.staff_export_personal_data": "导出教职工名单(含完整身份证号)",
    },
  },
  balance: {
    label: "均衡发展监测",
    actions: {
      "balance.config.update": "修改监测参数",
      "balance.scenario.create": "保存模拟方案",
      "balance.scenario.delete": "删除模拟方案",
      "balance.publish": "发布监测结果",
      "balance.export": "导出监测报告",
    },
  },
  exams: {
    label: "质量检测",
    actions: {
      "exams.create": "新建考试",
      "exams.update": "修改考试",
      "exams.update_items": "修改小题结构",
      "exams.import_upload": "上传成绩文件",
      "exams.import_commit": "提交成绩",
      "exams.publish": "发布成绩",
      "exams.correct": "新建更正版本",
      "exams.export_report": "导出质量分析报告",
      "exams.export_tables": "导出质量分析表",
      "exams.export_template": "下载成绩导入模板",
      "exams.export_roster": "导出考号名单",
      "exams.export_roster_personal_data": "导出考号名单(含完整学籍号)",
    },
  },
  ledger: {
    label: "督导与整改台账",
    actions: {
      "ledger.type.create": "新建检查类型",
      "ledger.type.update": "修改检查类型",
      "ledger.institution.create": "登记校外培训机构",
      "ledger.institution.update": "修改校外培训机构",
      "ledger.inspection.create": "新建检查",
      "ledger.inspection.checklist": "填写检查清单",
      "ledger.finding.raise": "登记问题",
      "ledger.evidence.upload": "上传整改佐证",
      ...Object.fromEntries(
        Object.entries(ledger.rectificationActionLabels).map(([k, v]) => [`ledger.finding.${k}`, v]),
      ),
    },
  },
  admissions: {
    label: "招生与分班",
    actions: {
      "admissions.event.create": "新建招生活动",
      "admissions.event.delete": "删除草稿",
      "admissions.event.freeze": "冻结名单",
      "admissions.event.contribute": "见证人录入随机数",
      "admissions.event.run": "执行抽签",
      "admissions.event.confirm": "确认写入学籍",
      "admissions.event.publish": "公示结果",
      "admissions.event.rerun": "重新抽签",
      "admissions.zone.create": "新建学区",
      "admissions.zone.update": "修改学区",
      "admissions.zone.delete": "删除学区",
    },
  },
  staffing: {
    label: "教师队伍",
    actions: {
      "staffing.settings.save": "保存教师队伍参数",
      "staffing.plan.create": "生成招聘计划",
      "staffing.plan.regenerate": "重新生成招聘计划",
      "staffing.plan.editLine": "调整招聘人数",
      "staffing.plan.approve": "审批招聘计划",
      "staffing.plan.arrivals": "登记新教师到岗",
      "staffing.plan.arrival": "新教师到岗录入名册",
      "staffing.need.create": "提出招聘需求",
      "staffing.training.create": "登记培训学时",
      "staffing.rotation.propose": "提出交流申请",
      "staffing.rotation.approve": "同意交流",
      "staffing.rotation.reject": "不同意交流",
      "staffing.rotation.register": "交流写入教职工名册",
      "staffing.exemption.create": "登记免于交流",
      "staffing.recognition.create": "登记骨干认定",
      "staffing.recognition.update": "修改骨干认定",
      "staffing.reserve.create": "纳入后备人才库",
      "staffing.reserve.update": "修改后备人才记录",
      "staffing.studio.create": "新建名师工作室",
      "staffing.studio.update": "修改名师工作室",
      "staffing.studio.addMember": "工作室增加成员",
      "staffing.studio.removeMember": "工作室移出成员",
      "staffing.studio.activity": "登记工作室活动",
      "staffing.researcher.appoint": "聘任兼职教研员",
      "staffing.export.establishment": "导出编制核定表",
      "staffing.export.roster": "导出教师花名册",
      "staffing.export.recruitment": "导出招聘计划表",
      "staffing.export.training": "导出学时完成情况表",
      "staffing.export.summary": "导出教师队伍工作情况",
    },
  },
  retention: {
    label: "控辍保学",
    actions: {
      "retention.settings.update": "修改控辍保学参数",
      "retention.import_upload": "上传户籍或防返贫、低保名单(校验)",
      "retention.import": "导入户籍或防返贫、低保名单",
      "retention.roster.view": "查看适龄儿童名册",
      "retention.roster.reveal": "查看适龄儿童完整身份信息",
      "retention.roster.purge": "清除已比对儿童的户籍信息",
      "retention.explanation.record": "登记未入学说明",
      "retention.comparison.run": "运行比对",
      "retention.case.open": "立案并指定包保责任人",
      "retention.case.confirm": "确认辍学",
      "retention.case.dismiss": "排除疑似",
      "retention.case.record_return": "登记返校",
      "retention.case.relapse": "再次离校",
      "retention.case.verify_return": "核验销号",
      "retention.visit.record": "登记劝返记录",
      "retention.evidence.upload": "上传劝返佐证",
      "retention.absence.report": "登记缺课",
      "retention.zero_report.submit": "填报零报告",
      "retention.recheck.record": "登记季度复核",
      "retention.rates.compute": "测算入学率和巩固率",
      "retention.rates.records": "查看比率明细记录",
    },
  },
  fitness: {
    label: "体质健康",
    actions: {
      "fitness.correction.create": "更正评分表",
      "fitness.rescore": "重新评分",
      "fitness.import_upload": "上传体测成绩(校验)",
      "fitness.import": "导入体测成绩",
      "fitness.figures.export": "导出体质健康统计表",
      "fitness.card.export": "下载学生体质健康报告单",
      "fitness.national.export": "导出体测数据上报文件(含完整学籍号)",
    },
  },
  preschool: {
    label: "学前教育",
    actions: {
      "preschool.report.create": "填报幼儿园年报",
      "preschool.report.update": "修改幼儿园年报",
      "preschool.population.save": "登记乡镇适龄人口",
      "preschool.births.save": "登记出生人口",
      "preschool.survey.save": "登记群众满意度调查",
      "preschool.config.update": "修改学前教育评估参数",
      "preschool.export": "导出学前教育评估表或自评报告",
      "preschool.import_upload": "上传幼儿园年度填报(校验)",
      "preschool.import": "导入幼儿园年度填报",
    },
  },
  reports: {
    label: "报告与驾驶舱",
    actions: {
      "reports.sentence.edit": "修改工作总结表述",
      "reports.sentence.revert": "恢复工作总结表述",
      "reports.check.resolve": "处理统计核查项",
      "reports.export": "导出年度工作总结数据",
    },
  },
  settings: {
    label: "系统设置",
    actions: {
      "settings.capability_owner.assign": "设置业务归口股室",
    },
  },
};

export const auditActionLabels: Record<string, string> = Object.assign(
  {},
  ...Object.values(actionsByArea).map((a) => a.actions),
);

/** Areas an action filter can name as a prefix (the server matches "users" to users.*). */
export const auditAreaLabels: Record<string, string> = Object.fromEntries(
  Object.entries(actionsByArea).map(([area, a]) => [area, `全部${a.label}操作`]),
);

/** The action filter's choices: each area as a whole, then its actions one by one. */
export const auditActionOptions = Object.entries(actionsByArea).map(([area, a]) => ({
  label: a.label,
  options: [
    { value: area, label: `全部${a.label}操作` },
    ...Object.entries(a.actions).map(([value, label]) => ({ value, label })),
  ],
}));

/** What kind of record an audit row is about. */
export const auditTargetLabels: Record<string, string> = {
  user: "账号",
  backup: "备份文件",
  student: "学生",
  student_list: "学生名单",
  staff: "教职工",
  staff_list: "教职工名单",
  school: "学校",
  school_class: "班级",
  school_condition: "办学条件",
  promotion_request: "升级申请",
  transfer: "转学",
  import_job: "导入批次",
  registry_setting: "学籍参数",
  balance_settings: "监测参数",
  balance_scenario: "模拟方案",
  balance_snapshot: "监测结果版本",
  balance_report: "监测报告",
  exam: "考试",
  exam_import: "成绩导入",
  ledger_inspection_type: "检查类型",
  ledger_institution: "校外培训机构",
  ledger_inspection: "检查",
  ledger_inspection_target: "检查对象",
  ledger_finding: "问题",
  ledger_evidence: "整改佐证",
  draw_event: "招生活动",
  catchment_zone: "学区",
  retention_case: "劝返个案",
  retention_roster: "户籍适龄人口名单",
  retention_roster_entry: "适龄儿童",
  retention_run: "比对",
  retention_absence: "缺课登记",
  retention_zero_report: "零报告",
  retention_recheck: "季度复核",
  retention_setting: "控辍保学参数",
  retention_rate_snapshot: "入学率与巩固率",
  staffing_setting: "教师队伍参数",
  staffing_export: "教师队伍导出",
  staffing_recruit_plan: "招聘计划",
  staffing_recruit_line: "招聘计划行",
  staffing_recruit_need: "招聘需求",
  staffing_training: "培训记录",
  staffing_rotation: "交流轮岗",
  staffing_exemption: "免于交流",
  staffing_researcher: "兼职教研员",
  staffing_studio: "名师工作室",
  staffing_recognition: "骨干认定",
  staffing_reserve: "后备人才",
  fitness_correction: "体质评分表更正",
  fitness_batch: "体测评分批次",
  fitness_result: "体测成绩",
  preschool_report: "幼儿园年报",
  preschool_population: "乡镇适龄人口",
  preschool_births: "出生人口",
  preschool_survey: "群众满意度调查",
  preschool_settings: "学前教育评估参数",
  preschool_export: "学前教育导出",
  report_sentence: "工作总结表述",
  report_check_resolution: "统计核查项",
  capability_owner: "业务归口股室",
};

/**
 * The kinds of record the log can be filtered by, with a search by name (the server's kinds with a search:
 * audit/targetKinds.ts). Other kinds are filtered as a whole or from a link to one record.
 */
export const auditSearchableKinds = [
  "ledger_finding",
  "student",
  "staff",
  "exam",
  "school",
  "user",
  "ledger_inspection",
  "ledger_institution",
  "ledger_inspection_type",
  "draw_event",
  "catchment_zone",
  "balance_scenario",
  "retention_case",
  "retention_roster",
  "staffing_studio",
  "fitness_correction",
  "report_sentence",
  "report_check_resolution",
] as const;

/** The object-kind filter's choices: the searchable kinds first, then every other kind the log names. */
export const auditTargetKindOptions = [
  ...auditSearchableKinds.map((k) => ({ value: k, label: auditTargetLabels[k] ?? k })),
  ...Object.entries(auditTargetLabels)
    .filter(([k]) => !(auditSearchableKinds as readonly string[]).includes(k))
    .map(([value, label]) => ({ value, label })),
];

export const actionLabel = (action: string) => auditActionLabels[action] ?? action;

/** Actions that show or hand out personal data in full (shown in their own colour). */
export const revealsPersonalData = (action: string) => /reveal|personal_data/.test(action);
