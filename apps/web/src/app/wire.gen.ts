/**
 * Generated from the server's route contracts by `npm run wire` (scripts/wire.ts): do not edit by hand.
 * Name a type in a capability's api.ts through the helpers of ./wire.ts (Schema, Ok, Body, Query).
 */

export interface paths {
  "/api/admissions/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 分班、摇号与指标到校活动 */
    get: operations["getAdmissionsEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 活动详情(名单、见证人随机数、结果) */
    get: operations["getAdmissionsEventsById"];
    put?: never;
    post?: never;
    /** 删除草稿 */
    delete: operations["deleteAdmissionsEventsById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/class-lists.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 分班名单(Excel,每班一页) */
    get: operations["getAdmissionsEventsByIdClassListsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认分班结果,写入学籍班级 */
    post: operations["postAdmissionsEventsByIdConfirm"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/contributions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 录入一位见证人的随机数 */
    post: operations["postAdmissionsEventsByIdContributions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/files/{which}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 输入或结果文件(规范化 JSON) */
    get: operations["getAdmissionsEventsByIdFilesByWhich"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/freeze": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 冻结名单并公布摘要 */
    post: operations["postAdmissionsEventsByIdFreeze"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公示结果(此后不可更改) */
    post: operations["postAdmissionsEventsByIdPublish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/rerun": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 以新活动重新抽签(须说明原因) */
    post: operations["postAdmissionsEventsByIdRerun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/{id}/run": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 抽签(计算种子与结果;不早于公布的抽签时间) */
    post: operations["postAdmissionsEventsByIdRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/allocation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从学籍新生名单创建阳光分班 */
    post: operations["postAdmissionsEventsAllocation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/lottery": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 创建摇号(报名名单) */
    post: operations["postAdmissionsEventsLottery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/events/quota": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 创建指标到校分配 */
    post: operations["postAdmissionsEventsQuota"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/intake": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学籍中某校某年级的新生名单概况(用于阳光分班) */
    get: operations["getAdmissionsIntake"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/quota-bases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各初中的指标分配基数(来自学籍) */
    get: operations["getAdmissionsQuotaBases"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/templates/{which}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 名单模板(阳光分班 / 摇号) */
    get: operations["getAdmissionsTemplatesByWhich"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/uploads/allocation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 名单创建阳光分班 */
    post: operations["postAdmissionsUploadsAllocation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/uploads/lottery": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 报名名单创建摇号 */
    post: operations["postAdmissionsUploadsLottery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/zones": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学区及学位测算(入学年龄儿童与对口学校学位) */
    get: operations["getAdmissionsZones"];
    put?: never;
    /** 新建学区 */
    post: operations["postAdmissionsZones"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/zones/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改学区 */
    put: operations["putAdmissionsZonesById"];
    post?: never;
    /** 删除学区 */
    delete: operations["deleteAdmissionsZonesById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/admissions/zones/lookup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按地址查询对口学区和学校 */
    get: operations["getAdmissionsZonesLookup"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 浏览审计日志(系统管理员、局领导) */
    get: operations["getAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/audit/targets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按名称查找对象,用于按对象筛选审计日志(系统管理员、局领导) */
    get: operations["getAuditTargets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登录 */
    post: operations["postAuthLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: operations["postAuthLogout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户、角色、数据范围与权限 */
    get: operations["getAuthMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/auth/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改密码 */
    post: operations["postAuthPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 备份文件列表(数据文件夹下 backups 中由本页制作或上传的备份) */
    get: operations["getBackups"];
    put?: never;
    /** 上传备份文件(请求体即文件本身,最大 2 GB),供恢复使用 */
    post: operations["postBackups"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backups/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载备份文件 */
    get: operations["getBackupsByName"];
    put?: never;
    post?: never;
    /** 删除备份文件 */
    delete: operations["deleteBackupsByName"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backups/{name}/restore": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从备份恢复(覆盖全部数据;需要备份口令和输入确认文字) */
    post: operations["postBackupsByNameRestore"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/backups/make": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 制作备份(整个数据库,连同用备份口令加密的个人信息密钥) */
    post: operations["postBackupsMake"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 均衡测算参数(标准值、限值、学历要求、学段折算系数) */
    get: operations["getBalanceConfig"];
    /** 修改均衡测算参数(基础教育股、督导室) */
    put: operations["putBalanceConfig"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县某学年某学段的均衡发展指标、差异系数与达标情况 */
    get: operations["getBalanceOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 监测报告(Word,含图表;全县读者,记入审计) */
    get: operations["getBalanceReportDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 监测表格(Excel;全县读者,记入审计) */
    get: operations["getBalanceReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/scenarios": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已保存的模拟测算方案 */
    get: operations["getBalanceScenarios"];
    put?: never;
    /** 保存模拟测算方案 */
    post: operations["postBalanceScenarios"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/scenarios/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 模拟测算方案 */
    get: operations["getBalanceScenariosById"];
    put?: never;
    post?: never;
    /** 删除模拟测算方案 */
    delete: operations["deleteBalanceScenariosById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/schools/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校的指标值、达标情况、缺口与数据来源 */
    get: operations["getBalanceSchoolsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/snapshots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某学年某学段已发布的监测结果(各版本) */
    get: operations["getBalanceSnapshots"];
    put?: never;
    /** 发布当前监测结果(基础教育股、督导室;更正须说明原因) */
    post: operations["postBalanceSnapshots"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/snapshots/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已发布的监测结果(发布时的数据,不再变化) */
    get: operations["getBalanceSnapshotsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/trend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各学年差异系数变化 */
    get: operations["getBalanceTrend"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/what-if": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 模拟测算:调整后差异系数与达标变化(不改动登记数据) */
    post: operations["postBalanceWhatIf"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/balance/years": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 有学籍数据的学年 */
    get: operations["getBalanceYears"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考试列表(教师只看已发布的) */
    get: operations["getExams"];
    put?: never;
    /** 新建考试(草稿;按学籍生成在籍名单) */
    post: operations["postExams"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 考试详情:版本、各校导入进度、导入批次 */
    get: operations["getExamsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改草稿(名称、日期、毕业年级、分析参数、对比考试) */
    patch: operations["patchExamsById"];
    trace?: never;
  };
  "/api/exams/{id}/analysis": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩分析概览:全县与学校 × 各科与总分,可查看的班级名单(按数据范围与政策呈现) */
    get: operations["getExamsByIdAnalysis"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/analysis/groups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 成绩分析:班级或教师 × 各科与总分,可按科目、学校、单个班级或教师筛选,可排序、分页(按数据范围与政策呈现) */
    get: operations["getExamsByIdAnalysisGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/corrections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新建更正版本(复制成绩,写明原因) */
    post: operations["postExamsByIdCorrections"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传成绩文件(.xlsx 或 .csv,宽表或长表)并完整校验,不写入 */
    post: operations["postExamsByIdImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/imports/{jobId}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(重新校验;全部正确才写入,一个事务) */
    post: operations["postExamsByIdImportsByJobIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/imports/{jobId}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注;只有上传者本人可下载,文件含完整学籍号) */
    get: operations["getExamsByIdImportsByJobIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 试题分析:难度、区分度(27% 分组) */
    get: operations["getExamsByIdItems"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布(发布后不可修改;更正须新建版本) */
    post: operations["postExamsByIdPublish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/roster.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载考号名单(本人范围内的学生;学籍号默认部分隐藏,导出记入审计日志) */
    get: operations["getExamsByIdRosterXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/schools/{schoolId}/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出学校质量分析报告 Word(图表、表格、文字分析) */
    get: operations["getExamsByIdSchoolsBySchoolIdReportDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/students": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学生成绩名单(学校与教师:非毕业年级只显示等级;不显示名次) */
    get: operations["getExamsByIdStudents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/subjects/{code}/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改草稿某科目的小题结构(题号、满分、客观/主观、知识点;各小题满分之和须等于科目满分) */
    put: operations["putExamsByIdSubjectsByCodeItems"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/tables.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出全县(本校)质量分析表 Excel */
    get: operations["getExamsByIdTablesXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载成绩导入模板(已填好本人范围内的学生) */
    get: operations["getExamsByIdTemplateXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/exams/{id}/value-added": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 增值评价(与同一批学生的前次考试比较),可按科目、层级、学校或若干组筛选 */
    get: operations["getExamsByIdValueAdded"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/corrections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 县级对评分表的更正记录 */
    get: operations["getFitnessCorrections"];
    put?: never;
    /** 更正评分表的一个单元格(基础教育股;须写明原因和生效日期) */
    post: operations["postFitnessCorrections"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/figures": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 体质健康统计:及格率、优良率、优秀率、单项均分、BMI分布、薄弱项目、趋势 */
    get: operations["getFitnessFigures"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/figures/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载体质健康统计表(xlsx) */
    get: operations["getFitnessFiguresExport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传体质测试成绩并完整校验(不写入) */
    post: operations["postFitnessImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入批次及校验结果 */
    get: operations["getFitnessImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(一个事务,全部正确才写入) */
    post: operations["postFitnessImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注) */
    get: operations["getFitnessImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/imports/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载体质测试成绩导入模板 */
    get: operations["getFitnessImportsTemplateXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/national-upload.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载国家体测数据上报格式的数据文件(学籍号默认脱敏;完整学籍号须有个人信息权限并填写事由,记入审计) */
    get: operations["getFitnessNationalUploadXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/rescore": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按当前有效评分表重新评分一所学校一个学年的成绩 */
    post: operations["postFitnessRescore"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/results": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学生测试成绩(学籍号已脱敏) */
    get: operations["getFitnessResults"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/results/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一名学生的成绩及每项得分的说明 */
    get: operations["getFitnessResultsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/results/{id}/card": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载学生体质健康报告单(Word) */
    get: operations["getFitnessResultsByIdCard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/fitness/standard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前有效的评分表(按年级、性别),含存疑单元格和县级更正 */
    get: operations["getFitnessStandard"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 健康检查 */
    get: operations["getHealth"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/evidence/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看佐证材料原件 */
    get: operations["getLedgerEvidenceById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/evidence/{id}/thumbnail": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 佐证照片缩略图 */
    get: operations["getLedgerEvidenceByIdThumbnail"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/findings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 整改台账:按类型、学校、严重程度、状态、逾期筛选,附各状态数量(看板) */
    get: operations["getLedgerFindings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/findings/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 问题详情:整改记录与佐证材料 */
    get: operations["getLedgerFindingsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/findings/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传整改照片或材料(JPEG、PNG、WebP、PDF,10 MB 以内) */
    post: operations["postLedgerFindingsByIdEvidence"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/findings/{id}/transitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 整改流转:开始整改、提交复查、复查通过销号、复查不通过、申请/批准/驳回延期、撤销 */
    post: operations["postLedgerFindingsByIdTransitions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/findings/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出整改台账(Excel) */
    get: operations["getLedgerFindingsExportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/inspections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查记录(学校只见本校被检查的记录) */
    get: operations["getLedgerInspections"];
    put?: never;
    /** 登记一次检查(督学、督导室、安全股;学校只能自查本校) */
    post: operations["postLedgerInspections"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/inspections/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查详情:检查对象及检查表 */
    get: operations["getLedgerInspectionsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/inspections/{id}/findings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记问题(多个对象即为共性问题)并下达整改 */
    post: operations["postLedgerInspectionsByIdFindings"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/inspections/{id}/notice.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查情况通报(Word) */
    get: operations["getLedgerInspectionsByIdNoticeDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/inspections/{id}/targets/{targetId}/checklist": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 填写检查对象的检查表 */
    put: operations["putLedgerInspectionsByIdTargetsByTargetIdChecklist"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/institutions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 校外培训机构名录 */
    get: operations["getLedgerInstitutions"];
    put?: never;
    /** 登记校外培训机构 */
    post: operations["postLedgerInstitutions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/institutions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改校外培训机构信息或状态 */
    put: operations["putLedgerInstitutionsById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/reminders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 提醒:临近时限、逾期(按升级级别)以及待复查、待审批延期 */
    get: operations["getLedgerReminders"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/schools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可选的检查对象学校(本人可见范围) */
    get: operations["getLedgerSchools"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/statistics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 整改统计及工作报告表述 */
    get: operations["getLedgerStatistics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/types": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查类型及检查清单 */
    get: operations["getLedgerTypes"];
    put?: never;
    /** 新增检查类型(督学、督导室、安全股) */
    post: operations["postLedgerTypes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/ledger/types/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改检查类型和检查清单 */
    put: operations["putLedgerTypesById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 接口说明(OpenAPI 3.1) */
    get: operations["getOpenapiJson"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/births": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入乡镇各年出生人口及来源(基础教育股;记入审计) */
    put: operations["putPreschoolBirths"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学前教育评估参数(标准与省定标准) */
    get: operations["getPreschoolConfig"];
    /** 修改学前教育评估参数(基础教育股;记入审计) */
    put: operations["putPreschoolConfig"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传幼儿园年度填报并完整校验(不写入) */
    post: operations["postPreschoolImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入批次及校验结果 */
    get: operations["getPreschoolImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(一个事务,全部正确才写入;记入审计) */
    post: operations["postPreschoolImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注) */
    get: operations["getPreschoolImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/imports/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载幼儿园年度填报导入模板 */
    get: operations["getPreschoolImportsTemplateXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/inputs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 乡镇 3–5 周岁人口、出生人口与社会认可度(全县读者) */
    get: operations["getPreschoolInputs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/kindergartens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一所幼儿园(或小学附设幼儿班)的学年数据、班级与填报 */
    get: operations["getPreschoolKindergartensById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/kindergartens/{id}/report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 保存幼儿园年度填报(本园或基础教育股;记入审计) */
    put: operations["putPreschoolKindergartensByIdReport"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县学前教育普及普惠评估:各项指标、标准、结论、数据与拉低指标的幼儿园(学校只见本园明细) */
    get: operations["getPreschoolOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/plan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各乡镇适龄幼儿(当年与未来三年)、标准学位与缺口(全县读者) */
    get: operations["getPreschoolPlan"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/population": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入乡镇 3–5 周岁人口及来源(基础教育股;记入审计) */
    put: operations["putPreschoolPopulation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 自评报告(Word,含图表;全县读者,记入审计) */
    get: operations["getPreschoolReportDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 评估表(Excel;全县读者,记入审计) */
    get: operations["getPreschoolReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/survey": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 录入社会认可度调查结果(基础教育股;记入审计) */
    put: operations["putPreschoolSurvey"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/what-if": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 模拟测算:认定普惠或新建公办园后的指标(不改动任何数据) */
    post: operations["postPreschoolWhatIf"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/preschool/years": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可查看的学年与当前学年 */
    get: operations["getPreschoolYears"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/draws": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已冻结名单或已公示的分班、摇号与指标到校活动 */
    get: operations["getPublicDraws"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/draws/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公示活动:输入摘要、见证人随机数、种子、算法版本、结果摘要 */
    get: operations["getPublicDrawsByCode"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/public/draws/{code}/files/{which}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公示文件(规范化 JSON,可用于独立验证) */
    get: operations["getPublicDrawsByCodeFilesByWhich"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/class-sizes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县班额统计(大班额、超大班额数量与占比) */
    get: operations["getRegistryClassSizes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/classes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 班级名单与班额类别 */
    get: operations["getRegistryClasses"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/conditions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各校办学条件(某学年9月1日) */
    get: operations["getRegistryConditions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/exports/staff.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出教职工名单(默认脱敏;含身份证号须有权限并填写事由,记入审计) */
    get: operations["getRegistryExportsStaffXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/exports/students.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出学生名单(默认脱敏;含个人信息须有权限并填写事由,记入审计) */
    get: operations["getRegistryExportsStudentsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传导入文件(学生、教职工、学校、办学条件)并完整校验(不写入) */
    post: operations["postRegistryImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入批次及校验结果 */
    get: operations["getRegistryImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(一个事务,全部成功或全部不写) */
    post: operations["postRegistryImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注) */
    get: operations["getRegistryImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县(或本校、本班)概况 */
    get: operations["getRegistryOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/promotion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 执行全县学年升级(基础教育股,升级日期当日或以后,按预览人数确认;一次完成,不可重复) */
    post: operations["postRegistryPromotion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/promotion/preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学年升级预览(各校各年级升级、毕业人数,需新建的班级;全县当前学年与升级日期) */
    get: operations["getRegistryPromotionPreview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/promotion/requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 学校申请升级(由基础教育股在全县升级日期统一办理,升级时确认) */
    post: operations["postRegistryPromotionRequests"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/school-directory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县在办学校目录(选择转入学校等用) */
    get: operations["getRegistrySchoolDirectory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/schools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校名录(按数据范围) */
    get: operations["getRegistrySchools"];
    put?: never;
    /** 新增学校(基础教育股) */
    post: operations["postRegistrySchools"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/schools/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校详情:沿革、逐年办学条件与规模 */
    get: operations["getRegistrySchoolsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改学校联系信息(名称、地址、状态通过沿革变更) */
    patch: operations["patchRegistrySchoolsById"];
    trace?: never;
  };
  "/api/registry/schools/{id}/conditions/{year}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 填报或更正某学年办学条件(更正须填写原因) */
    put: operations["putRegistrySchoolsByIdConditionsByYear"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/schools/{id}/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记学校更名、搬迁、合并、撤销(保留历史) */
    post: operations["postRegistrySchoolsByIdEvents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县学籍参数(转学逾期天数、当前学年、升级日期) */
    get: operations["getRegistrySettings"];
    /** 修改全县学籍参数:转学逾期天数、当前学年、升级日期(基础教育股,记入审计) */
    put: operations["putRegistrySettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/staff": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教职工名单(身份证号脱敏,含法定退休日期) */
    get: operations["getRegistryStaff"];
    put?: never;
    /** 登记教职工(人事股或本校;出生日期、性别取自身份证号) */
    post: operations["postRegistryStaff"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/staff/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教职工详情:任职经历与任课 */
    get: operations["getRegistryStaffById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改教职工信息及某学年任职信息(身份信息除外) */
    patch: operations["patchRegistryStaffById"];
    trace?: never;
  };
  "/api/registry/staff/{id}/leave": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标记教职工调离(不删除,保留任职经历) */
    post: operations["postRegistryStaffByIdLeave"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/students": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学生名单(身份证号脱敏) */
    get: operations["getRegistryStudents"];
    put?: never;
    /** 登记学生(出生日期、性别取自身份证号) */
    post: operations["postRegistryStudents"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/students/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学生详情与学籍变动经历(个人信息脱敏) */
    get: operations["getRegistryStudentsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改学生信息(身份信息除外) */
    patch: operations["patchRegistryStudentsById"];
    trace?: never;
  };
  "/api/registry/students/{id}/reveal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查看完整身份证号(需权限并填写事由,记入审计) */
    post: operations["postRegistryStudentsByIdReveal"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/templates/conditions.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载办学条件导入模板 */
    get: operations["getRegistryTemplatesConditionsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/templates/schools.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载学校信息导入模板 */
    get: operations["getRegistryTemplatesSchoolsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/templates/staff.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载教职工信息导入模板 */
    get: operations["getRegistryTemplatesStaffXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/templates/students.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载学生信息导入模板 */
    get: operations["getRegistryTemplatesStudentsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/transfers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 转学记录(本校转入、转出;县级全部) */
    get: operations["getRegistryTransfers"];
    put?: never;
    /** 发起转学(转入县内学校,或转出县外) */
    post: operations["postRegistryTransfers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/transfers/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销转学申请(转出学校或基础教育股) */
    post: operations["postRegistryTransfersByIdCancel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/transfers/{id}/receive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 接收转入(转入学校或基础教育股) */
    post: operations["postRegistryTransfersByIdReceive"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/transfers/{id}/reject": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回转学申请(转入学校或基础教育股) */
    post: operations["postRegistryTransfersByIdReject"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/registry/transfers/overdue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 超期未接收的转学(疑似辍学) */
    get: operations["getRegistryTransfersOverdue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/catalogue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 指标目录:每个指标的名称、分子、分母、统计时点、不计入的内容和计算来源 */
    get: operations["getReportsCatalogue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/checks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 统计数据核查:跨业务应一致的总数、同比异常变化、超出国家标准的数值,及处理情况 */
    get: operations["getReportsChecks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/checks/{code}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 标记核查项已更正或已说明(办公室、基础教育股) */
    put: operations["putReportsChecksByCode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/cockpit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 驾驶舱:各业务的指标卡片、上年对比和近五年走势(局领导看全县,股室负责人看本股室,学校看本校) */
    get: operations["getReportsCockpit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传课后服务、学校年度统计或高考/中考录取结果并完整校验(不写入) */
    post: operations["postReportsDataImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入批次及校验结果 */
    get: operations["getReportsDataImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(一个事务,全部正确才写入;记入审计) */
    post: operations["postReportsDataImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注) */
    get: operations["getReportsDataImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/templates/after-school.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载课后服务导入模板 */
    get: operations["getReportsDataTemplatesAfterSchoolXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/templates/gaokao.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载高考录取结果导入模板 */
    get: operations["getReportsDataTemplatesGaokaoXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/templates/school-counts.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载学校年度统计导入模板 */
    get: operations["getReportsDataTemplatesSchoolCountsXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/data/templates/zhongkao.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载中考录取结果导入模板 */
    get: operations["getReportsDataTemplatesZhongkaoXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/figures.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出全部指标及口径(Excel) */
    get: operations["getReportsFiguresXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/figures/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 指标下钻:口径、各校数值和指标背后的记录 */
    get: operations["getReportsFiguresByKey"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/needs-now": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办提醒:逾期整改(按逾期时长)、待复查、延期申请、转学待接收 */
    get: operations["getReportsNeedsNow"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/work-report": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度工作总结数据:按章节的指标表述、上年值与变化、口径脚注,修改过的表述及其是否过时 */
    get: operations["getReportsWorkReport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/work-report.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出年度工作总结数据(Word,办公室汇编用) */
    get: operations["getReportsWorkReportDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/reports/work-report/sentences/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改一个指标的报告表述(负责该指标的股室或办公室) */
    put: operations["putReportsWorkReportSentencesByKey"];
    post?: never;
    /** 撤销对表述的修改,恢复自动生成的表述 */
    delete: operations["deleteReportsWorkReportSentencesByKey"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/absences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 缺课登记(学校只见本校) */
    get: operations["getRetentionAbsences"];
    put?: never;
    /** 登记本校学生连续缺课情况(学校) */
    post: operations["postRetentionAbsences"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 劝返个案;register=confirmed 为确认辍学名册 */
    get: operations["getRetentionCases"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 个案详情:包保责任人、劝返记录、佐证照片、处理经过 */
    get: operations["getRetentionCasesById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传劝返佐证照片(JPEG、PNG、WebP 或 PDF,不超过10MB) */
    post: operations["postRetentionCasesByIdEvidence"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/transition": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 处理个案:确认辍学、排除疑似、登记返校、再次离校、核验销号 */
    post: operations["postRetentionCasesByIdTransition"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/cases/{id}/visits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记劝返记录(日期、人员、方式、结果) */
    post: operations["postRetentionCasesByIdVisits"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/children": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 适龄儿童名册(户籍名单与学籍比对结果,信息脱敏;每次查看记入审计日志) */
    get: operations["getRetentionChildren"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/children/{id}/explanation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 登记未在本县就读的说明(县外就读、死亡、迁出、送教上门、缓学) */
    put: operations["putRetentionChildrenByIdExplanation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/children/{id}/reveal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查看适龄儿童的完整身份信息(须填写原因,记入审计日志) */
    post: operations["postRetentionChildrenByIdReveal"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/comparisons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 比对记录 */
    get: operations["getRetentionComparisons"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/comparisons/{kind}/run": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 运行一项比对(户籍与学籍、学籍与在校、转学未接收、辍学与防返贫监测和低保名单),返回与上次比对相比的变化 */
    post: operations["postRetentionComparisonsByKindRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/evidence/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看劝返佐证材料 */
    get: operations["getRetentionEvidenceById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/exports/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出 Excel:suspects 疑似辍学名册、cases 劝返个案台账(含包保责任人和劝返记录)、zero-reports 某月零报告情况、rates 入学率与巩固率(附分子分母);姓名和身份证号脱敏,记入审计日志 */
    get: operations["getRetentionExportsByKind"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传户籍适龄人口名单或防返贫监测、低保名单并完整校验(不写入;基础教育股) */
    post: operations["postRetentionImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导入批次及校验结果 */
    get: operations["getRetentionImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交导入(一个事务,全部成功或全部不写) */
    post: operations["postRetentionImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载校验报告(错误单元格标红并附批注) */
    get: operations["getRetentionImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 控辍保学概况:户籍比对结果、疑似辍学、个案、零报告、最近比对 */
    get: operations["getRetentionOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/pupils": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本校在籍学生(学校填报缺课时选择) */
    get: operations["getRetentionPupils"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/rates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 入学率和巩固率(全县、乡镇、学校,本学年及此前四年),附分子分母、口径说明和工作报告表述 */
    get: operations["getRetentionRates"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/rates/compute": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按学籍和户籍名单重新测算入学率和巩固率(基础教育股) */
    post: operations["postRetentionRatesCompute"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/rates/records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某项比率背后的学生或儿童记录(姓名脱敏,记入审计日志) */
    get: operations["getRetentionRatesRecords"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/rechecks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全县季度复核记录 */
    get: operations["getRetentionRechecks"];
    put?: never;
    /** 登记全县季度复核(基础教育股),同时记下当时的疑似、个案和零报告数字 */
    post: operations["postRetentionRechecks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/reminders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办提醒(近60天):逾期个案报股室、局领导督办,零报告逾期未报的学校;学校只见本校 */
    get: operations["getRetentionReminders"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 控辍保学参数(连续缺课认定天数、返校核验天数、劝返时限、零报告截止日、是否保留户籍名单) */
    get: operations["getRetentionSettings"];
    /** 修改控辍保学参数(基础教育股) */
    put: operations["putRetentionSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/suspects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 疑似辍学名册(学校只见本校学生),每条附来源记录 */
    get: operations["getRetentionSuspects"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/suspects/{id}/case": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为疑似辍学学生立案并指定包保责任人(乡镇、村、学校、班主任) */
    post: operations["postRetentionSuspectsByIdCase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/templates/{kind}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载户籍适龄人口名单或防返贫监测、低保名单的导入模板 */
    get: operations["getRetentionTemplatesByKind"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/retention/zero-reports/{month}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某月各校零报告情况,列出逾期未报学校 */
    get: operations["getRetentionZeroReportsByMonth"];
    /** 填报本校某月的零报告或失学辍学人数(学校) */
    put: operations["putRetentionZeroReportsByMonth"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/settings/capability-owners": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 业务归口股室:学前教育、体质健康由哪个股室负责,自何日起,及历次决定 */
    get: operations["getSettingsCapabilityOwners"];
    put?: never;
    /** 设置业务归口股室(系统管理员按局里的决定设置,自生效日起执行) */
    post: operations["postSettingsCapabilityOwners"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/demand": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学科结构:按课程方案测算的各学科所需教师与现有教师、短缺清单 */
    get: operations["getStaffingDemand"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/establishment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 编制核定:各校按生师比及附加编制核定的编制、实有在编、超编缺编 */
    get: operations["getStaffingEstablishment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/establishment/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出编制核定表(Excel) */
    get: operations["getStaffingEstablishmentExportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传培训学时文件并完整校验(不写入;人事股) */
    post: operations["postStaffingImports"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 培训学时导入批次及校验结果 */
    get: operations["getStaffingImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/imports/{id}/commit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 提交培训学时导入(一个事务,全部成功或全部不写) */
    post: operations["postStaffingImportsByIdCommit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/imports/{id}/report.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载培训学时校验报告(错误单元格标红并附批注) */
    get: operations["getStaffingImportsByIdReportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/imports/template.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载培训学时导入模板(人事股) */
    get: operations["getStaffingImportsTemplateXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的教师档案:继续教育学时进度、骨干认定、交流记录(教师) */
    get: operations["getStaffingMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/overview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教师队伍概览:编制、学科缺口、年龄结构、退休与招聘、培训、交流和人才梯队,附工作报告表述 */
    get: operations["getStaffingOverview"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/pools": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人才梯队:骨干教师、学科带头人、名师,后备人才库,名师工作室,兼职教研员,双师型比例 */
    get: operations["getStaffingPools"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recognitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记骨干教师、学科带头人或名师认定(人事股) */
    post: operations["postStaffingRecognitions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recognitions/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改认定的类别、级别或日期(人事股) */
    put: operations["putStaffingRecognitionsById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招聘计划:按补充规则测算的建议、编辑后的计划及学校需求 */
    get: operations["getStaffingRecruitment"];
    put?: never;
    /** 按当前数据生成(或重新生成)本学年招聘计划草案(人事股) */
    post: operations["postStaffingRecruitment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment/approve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批本学年招聘计划(局领导) */
    post: operations["postStaffingRecruitmentApprove"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出招聘计划表(招聘公告附表,Excel) */
    get: operations["getStaffingRecruitmentExportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment/lines/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改招聘计划某校某学科的人数和备注(人事股,审批前) */
    put: operations["putStaffingRecruitmentLinesById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment/lines/{id}/recruits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记招聘计划某行的新教师到岗并录入教职工名册(人事股,审批后) */
    post: operations["postStaffingRecruitmentLinesByIdRecruits"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/recruitment/needs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 学校提出招聘需求(学校管理员为本校) */
    post: operations["postStaffingRecruitmentNeeds"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/researchers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 聘任兼职教研员(教研室) */
    post: operations["postStaffingResearchers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/reserve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 教师纳入后备人才库(人事股) */
    post: operations["postStaffingReserve"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/reserve/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改后备人才的入库条件、考核结果或出库(人事股) */
    put: operations["putStaffingReserveById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/roster/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出教师花名册(Excel,身份证号脱敏) */
    get: operations["getStaffingRosterExportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/rotation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 交流轮岗:符合交流条件的教师、学校申请和人事股决定、对照比例要求 */
    get: operations["getStaffingRotation"];
    put?: never;
    /** 学校提出教师交流申请(学校管理员为本校;人事股) */
    post: operations["postStaffingRotation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/rotation/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 人事股处理交流申请:同意(去向学校、起止日期)或不同意(原因) */
    post: operations["postStaffingRotationByIdDecision"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/rotation/exemptions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记教师本学年免于交流及原因(学校管理员为本校;人事股) */
    post: operations["postStaffingRotationExemptions"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教师队伍参数(按省份和适用年份记录) */
    get: operations["getStaffingSettings"];
    /** 保存某年起适用的参数(人事股) */
    put: operations["putStaffingSettings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/structure": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 队伍结构:年龄、职称、学历、骨干、性别、城乡,老龄化比例和五年退休预测 */
    get: operations["getStaffingStructure"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/studios": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新建名师工作室(教研室) */
    post: operations["postStaffingStudios"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/studios/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改名师工作室名称、主持人或学科(教研室) */
    put: operations["putStaffingStudiosById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/studios/{id}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记名师工作室活动(教研室) */
    post: operations["postStaffingStudiosByIdActivities"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/studios/{id}/members": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 名师工作室增加成员(教研室) */
    post: operations["postStaffingStudiosByIdMembers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/studios/{id}/members/{staffId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 名师工作室移出成员(教研室) */
    delete: operations["deleteStaffingStudiosByIdMembersByStaffId"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/summary.docx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 教师队伍工作情况(Word,一页,每个数字注明依据页面) */
    get: operations["getStaffingSummaryDocx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/training": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 继续教育学时:本周期各校和全县完成情况、进度滞后教师名单、国培省培人数 */
    get: operations["getStaffingTraining"];
    put?: never;
    /** 登记一条培训学时(学校登记本校校本研修;人事股登记各级培训) */
    post: operations["postStaffingTraining"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/staffing/training/export.xlsx": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出继续教育学时完成情况表(Excel) */
    get: operations["getStaffingTrainingExportXlsx"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 账号列表 */
    get: operations["getUsers"];
    put?: never;
    /** 新建账号 */
    post: operations["postUsers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改账号(姓名、角色、数据范围、停用) */
    patch: operations["patchUsersById"];
    trace?: never;
  };
  "/api/users/{id}/reset-password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码 */
    post: operations["postUsersByIdResetPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/users/towns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本县乡镇(为乡镇联络员账号指定乡镇) */
    get: operations["getUsersTowns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/metrics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 运行指标(Prometheus 文本格式;只对本机或持有 EDUBUREAU_METRICS_TOKEN 的采集程序开放) */
    get: operations["getMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AssignCapabilityOwner: {
      basis: string;
      /** @enum {string} */
      capability: "preschool" | "fitness";
      effectiveFrom: string;
      /** @enum {string} */
      section:
        | "basic_education"
        | "personnel"
        | "supervision"
        | "safety"
        | "finance"
        | "research"
        | "admissions"
        | "office"
        | "preschool_education"
        | "health_arts";
    };
    AuditRow: {
      action: string;
      actorDisplayName: string | null;
      actorId: string | null;
      actorName: string;
      afterDigest: string | null;
      at: string;
      beforeDigest: string | null;
      details: {
        [key: string]: unknown;
      } | null;
      id: number;
      ip: string | null;
      reason: string | null;
      targetId: string | null;
      targetLabel: string | null;
      targetType: string | null;
    };
    BalanceAdjustment: {
      addBackboneTeachers?: number;
      addBooks?: number;
      addComputers?: number;
      addEquipmentYuan?: number;
      addMultimediaRooms?: number;
      addPeArtsTeachers?: number;
      addQualifiedTeachers?: number;
      addSportsArea?: number;
      addTeachingArea?: number;
      /** Format: uuid */
      schoolId: string;
      /** @enum {string} */
      stage: "primary" | "junior";
    };
    BalanceConditionFlag: {
      field: string;
      message: string;
      name: string;
      schoolId: string;
      /** @enum {string} */
      severity: "error" | "warning";
    };
    BalanceConfig: {
      basicCompositeLimit: {
        junior: number;
        primary: number;
      };
      classSizeMax: {
        junior: number;
        primary: number;
      };
      nineYearSchoolSizeMax: number;
      qualificationAbove: {
        /** @enum {string} */
        junior: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
        /** @enum {string} */
        primary: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
      };
      qualityCoefficientLimit: {
        junior: number;
        primary: number;
      };
      schoolMinimumMet: number;
      schoolRemainderShare: number;
      schoolSizeMax: number;
      stageWeights: {
        junior: number;
        primary: number;
        senior: number;
      };
      standards: {
        junior: {
          L1: number;
          L2: number;
          L3: number;
          L4: number;
          L5: number;
          L6: number;
          L7: number;
        };
        primary: {
          L1: number;
          L2: number;
          L3: number;
          L4: number;
          L5: number;
          L6: number;
          L7: number;
        };
      };
      teachingPointMinimum: number;
    };
    BalanceConfigAnswer: {
      config: components["schemas"]["BalanceConfig"];
      customized: boolean;
      national: components["schemas"]["BalanceConfig"];
      updatedAt: string | null;
    };
    BalanceEvaluation: {
      asOf: string;
      basic: {
        composite: number | null;
        indicators: components["schemas"]["BalanceIndicatorRow"][];
        limit: number;
        passed: boolean | null;
      };
      excluded: {
        label: string;
        name: string;
        /** @enum {string} */
        reason: "special" | "vocational" | "small_teaching_point";
        schoolId: string;
      }[];
      incomplete: boolean;
      method: {
        basic: string;
        coefficient: string;
        quality: string;
      };
      quality: {
        composite: number | null;
        indicators: components["schemas"]["BalanceIndicatorRow"][];
        limit: number;
        passed: boolean | null;
        schoolsPassing: number;
      };
      rule: {
        /** @enum {string} */
        qualificationAbove: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
        schoolMinimumMet: number;
        schoolRemainderShare: number;
        stageWeights: {
          junior: number;
          primary: number;
          senior: number;
        };
      };
      schools: components["schemas"]["BalanceSchoolStanding"][];
      schoolsEvaluated: number;
      schoolYear: number;
      /** @enum {string} */
      stage: "primary" | "junior";
      standards: {
        L1: number;
        L2: number;
        L3: number;
        L4: number;
        L5: number;
        L6: number;
        L7: number;
      };
      students: number;
    };
    BalanceIndicatorRow: {
      cv: number | null;
      digits: number;
      /** @enum {string} */
      indicator: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7" | "B1" | "B2" | "B3" | "B4" | "B5" | "B6" | "B7" | "B8";
      /** @description 县级限值(优质均衡指标);基本均衡指标只有综合限值,为 null */
      limit: number | null;
      mean: number | null;
      missing: number;
      name: string;
      noDataReason: string | null;
      passed: boolean | null;
      schools: number;
      sd: number | null;
      shortName: string;
      unit: string;
    };
    BalanceOverview: components["schemas"]["BalancePublishedResult"] & {
      /** @enum {string} */
      scope: "county" | "school" | "classes";
    };
    BalanceProvenanceTeacher: {
      /** @enum {string} */
      backboneLevel: "none" | "school" | "county" | "city" | "province";
      countsIn: {
        aboveQualification: boolean;
        backbone: boolean;
        certified: boolean;
        intermediateTitle: boolean;
        peArts: boolean;
      };
      fullTime: boolean;
      hasCertificate: boolean;
      name: string;
      /** @enum {string} */
      qualification: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
      staffId: string;
      stageTaught: string | null;
      subject: string | null;
      /** @enum {string} */
      title: "senior_high" | "senior" | "intermediate" | "junior" | "entry" | "none";
    };
    BalancePublishedResult: components["schemas"]["BalanceEvaluation"] & {
      conditionFlags: components["schemas"]["BalanceConditionFlag"][];
      requirements: components["schemas"]["BalanceRequirementCheck"][];
    };
    BalanceRequirementCheck: {
      items: {
        detail: string;
        label: string;
        schoolId: string;
      }[];
      key: string;
      name: string;
      /** @enum {string} */
      status: "met" | "not_met" | "unknown";
      target: string;
      value: string;
    };
    BalanceScenario: {
      adjustments: components["schemas"]["BalanceAdjustment"][];
      createdAt: string;
      createdByName: string;
      id: string;
      name: string;
      note: string;
      schoolYear: number;
      /** @enum {string} */
      stage: "primary" | "junior";
    };
    BalanceScenarioSummary: {
      adjustments: number;
      createdAt: string;
      createdByName: string;
      id: string;
      name: string;
      note: string;
      schoolYear: number;
      /** @enum {string} */
      stage: "primary" | "junior";
    };
    BalanceSchoolBalance: {
      asOf: string;
      countyMeans: {
        B1: number | null;
        B2: number | null;
        B3: number | null;
        B4: number | null;
        B5: number | null;
        B6: number | null;
        B7: number | null;
        B8: number | null;
        L1: number | null;
        L2: number | null;
        L3: number | null;
        L4: number | null;
        L5: number | null;
        L6: number | null;
        L7: number | null;
      };
      excluded: {
        label: string;
        /** @enum {string} */
        reason: "special" | "vocational" | "small_teaching_point";
      } | null;
      method: {
        basic: string;
        coefficient: string;
        quality: string;
      };
      provenance: {
        condition: {
          books: number;
          conditionId: string;
          equipmentValueFen: number;
          multimediaRooms: number;
          schoolYear: number;
          sportsArea: number;
          studentComputers: number;
          teachingArea: number;
        } | null;
        enrollment: {
          junior: number;
          primary: number;
          rule: string;
          senior: number;
        };
        stockShare: number;
        stockShareFormula: string;
        teachers: components["schemas"]["BalanceProvenanceTeacher"][];
        unassignedTeachers: number;
      } | null;
      school: {
        /** @enum {string} */
        kind:
          | "kindergarten"
          | "primary"
          | "teaching_point"
          | "junior"
          | "nine_year"
          | "complete_secondary"
          | "senior"
          | "twelve_year"
          | "vocational"
          | "special";
        /** @enum {string} */
        locality: "urban" | "town" | "rural";
        name: string;
        /** @enum {string} */
        ownership: "public" | "private";
        schoolId: string;
      };
      schoolYear: number;
      /** @enum {string} */
      stage: "primary" | "junior";
      standards: {
        L1: number;
        L2: number;
        L3: number;
        L4: number;
        L5: number;
        L6: number;
        L7: number;
      };
      standing: components["schemas"]["BalanceSchoolStanding"] & (Record<string, never> | null);
    };
    BalanceSchoolStanding: {
      /** @enum {string} */
      kind:
        | "kindergarten"
        | "primary"
        | "teaching_point"
        | "junior"
        | "nine_year"
        | "complete_secondary"
        | "senior"
        | "twelve_year"
        | "vocational"
        | "special";
      /** @enum {string} */
      locality: "urban" | "town" | "rural";
      met: ("L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7")[];
      metCount: number;
      missingConditions: boolean;
      name: string;
      passes: boolean | null;
      ratios: {
        L1: number | null;
        L2: number | null;
        L3: number | null;
        L4: number | null;
        L5: number | null;
        L6: number | null;
        L7: number | null;
      };
      schoolId: string;
      shortfalls: components["schemas"]["BalanceShortfall"][];
      stockShare: number;
      students: number;
      teachers: number;
      values: {
        B1: number | null;
        B2: number | null;
        B3: number | null;
        B4: number | null;
        B5: number | null;
        B6: number | null;
        B7: number | null;
        B8: number | null;
        L1: number | null;
        L2: number | null;
        L3: number | null;
        L4: number | null;
        L5: number | null;
        L6: number | null;
        L7: number | null;
      };
    };
    BalanceShortfall: {
      amount: number;
      description: string;
      /** @enum {string} */
      indicator: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
      /** @enum {string} */
      unit: "人" | "m²" | "元" | "间";
    };
    BalanceSnapshot: components["schemas"]["BalanceSnapshotSummary"] & {
      config: components["schemas"]["BalanceConfig"];
      publishedBy: string;
      regionCode: string;
      result: components["schemas"]["BalancePublishedResult"];
    };
    BalanceSnapshotList: {
      currentInputsSha256: string | null;
      latestMatches: boolean | null;
      rows: components["schemas"]["BalanceSnapshotSummary"][];
    };
    BalanceSnapshotSummary: {
      id: string;
      inputsSha256: string;
      note: string;
      publishedAt: string;
      publishedByName: string;
      schoolYear: number;
      /** @enum {string} */
      stage: "primary" | "junior";
      version: number;
    };
    BalanceTrend: {
      basicLimit: number;
      limit: number;
      points: {
        basic: {
          B1: number | null;
          B2: number | null;
          B3: number | null;
          B4: number | null;
          B5: number | null;
          B6: number | null;
          B7: number | null;
          B8: number | null;
        };
        basicComposite: number | null;
        basicPassed: boolean | null;
        quality: {
          L1: number | null;
          L2: number | null;
          L3: number | null;
          L4: number | null;
          L5: number | null;
          L6: number | null;
          L7: number | null;
        };
        qualityComposite: number | null;
        qualityPassed: boolean | null;
        schoolYear: number;
      }[];
      /** @enum {string} */
      stage: "primary" | "junior";
    };
    BalanceWhatIf: {
      after: components["schemas"]["BalanceEvaluation"];
      before: components["schemas"]["BalanceEvaluation"];
    };
    CapabilityOwners: {
      capabilities: {
        /** @enum {string} */
        capability: "preschool" | "fitness";
        choices: {
          label: string;
          /** @enum {string} */
          section:
            | "basic_education"
            | "personnel"
            | "supervision"
            | "safety"
            | "finance"
            | "research"
            | "admissions"
            | "office"
            | "preschool_education"
            | "health_arts";
        }[];
        current: {
          label: string;
          /** @enum {string} */
          section:
            | "basic_education"
            | "personnel"
            | "supervision"
            | "safety"
            | "finance"
            | "research"
            | "admissions"
            | "office"
            | "preschool_education"
            | "health_arts";
          since: string | null;
        };
        label: string;
        scheduled: {
          basis: string;
          /** @enum {string} */
          capability: "preschool" | "fitness";
          capabilityLabel: string;
          effectiveFrom: string;
          id: string;
          /** @enum {string} */
          section:
            | "basic_education"
            | "personnel"
            | "supervision"
            | "safety"
            | "finance"
            | "research"
            | "admissions"
            | "office"
            | "preschool_education"
            | "health_arts";
          sectionLabel: string;
          setAt: string;
          setBy: string;
        }[];
      }[];
      history: {
        basis: string;
        /** @enum {string} */
        capability: "preschool" | "fitness";
        capabilityLabel: string;
        effectiveFrom: string;
        id: string;
        /** @enum {string} */
        section:
          | "basic_education"
          | "personnel"
          | "supervision"
          | "safety"
          | "finance"
          | "research"
          | "admissions"
          | "office"
          | "preschool_education"
          | "health_arts";
        sectionLabel: string;
        setAt: string;
        setBy: string;
      }[];
      mayAssign: boolean;
      today: string;
    };
    CatchmentZone: {
      id: string;
      name: string;
      stage: string;
    } & {
      [key: string]: unknown;
    };
    CatchmentZoneCapacity: {
      children: number;
      cohort: {
        from: string;
        to: string;
      };
      gap: number;
      id: string;
      name: string;
      places: number;
      ratio: number | null;
      schools: {
        id: string;
        name: string;
        override: boolean;
        places: number;
      }[];
      /** @enum {string} */
      stage: "primary" | "junior";
      /** @enum {string} */
      status: "shortfall" | "tight" | "ok" | "no_school";
      units: string[];
    };
    CatchmentZoneMatch: {
      id: string;
      name: string;
      schools: {
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      stage: "primary" | "junior";
      units: string[];
    };
    ChangePasswordBody: {
      currentPassword: string;
      newPassword: string;
    };
    ClassRow: {
      grade: number;
      headTeacherId: string | null;
      headTeacherName: string | null;
      id: string;
      name: string;
      number: number;
      schoolId: string;
      schoolKind: string;
      schoolName: string;
      schoolYear: number;
      size: number;
      /** @enum {string} */
      sizeCategory: "normal" | "oversized" | "large" | "super_large";
      stage: string;
      standardSize: number | null;
    };
    Cockpit: {
      cards: {
        capability: string;
        figures: components["schemas"]["CockpitFigure"][];
        label: string;
      }[];
      countyName: string;
      /** @enum {string} */
      scope: "county" | "school";
      year: number;
    };
    CockpitFigure: {
      change: components["schemas"]["FigureChange"];
      denominator: number | null;
      display: string | null;
      higherIsBetter: boolean | null;
      key: string;
      missing: string | null;
      name: string;
      numerator: number | null;
      previous: number | null;
      previousDisplay: string | null;
      sentence: string;
      /** @enum {string} */
      status: "ok" | "incomplete";
      trend: {
        value: number | null;
        year: number;
      }[];
      unit: string;
      value: number | null;
    };
    CreateUser: {
      displayName: string;
      password: string;
      /** @enum {string} */
      role: "admin" | "leader" | "section" | "school_admin" | "teacher" | "inspector" | "township";
      /** Format: uuid */
      schoolId?: string | null;
      /** @enum {string|null} */
      section?:
        | "basic_education"
        | "personnel"
        | "supervision"
        | "safety"
        | "finance"
        | "research"
        | "admissions"
        | "office"
        | "preschool_education"
        | "health_arts"
        | null;
      /** Format: uuid */
      staffId?: string | null;
      townCode?: string | null;
      username: string;
    };
    DrawClass: {
      boys: number;
      girls: number;
      headTeacherName: string | null;
      headTeacherTeam: string | null;
      number: number;
      size: number;
      specialNeeds: number;
      students: {
        code: string;
        gender: string;
        name: string;
      }[];
    };
    DrawEntrySummary: {
      boys: number;
      byTier: {
        count: number;
        tier: number;
      }[];
      girls: number;
      specialNeeds: number;
      total: number;
    };
    DrawEvent: {
      algorithm: string;
      algorithmVersion: number;
      classes: components["schemas"]["DrawClass"][] | null;
      code: string;
      confirmedAt: string | null;
      contributions: {
        enteredAt: string;
        name: string;
        role: string;
        value: string;
      }[];
      drawnAt: string | null;
      entries: components["schemas"]["DrawEntrySummary"];
      eventTime: string;
      families: {
        /** @enum {string|null} */
        choice: "together" | "apart" | null;
        family: string;
        members: {
          code: string;
          name: string;
        }[];
      }[];
      frozenAt: string | null;
      grade: number | null;
      id: string;
      inputDigest: string;
      /** @enum {string} */
      kind: "class_allocation" | "lottery" | "quota";
      kindLabel: string;
      lottery: {
        admitted: components["schemas"]["DrawLotteryEntry"][];
        placesLeft: number;
        waiting: components["schemas"]["DrawLotteryEntry"][];
      } | null;
      publishedAt: string | null;
      quota: components["schemas"]["DrawQuotaResult"];
      rerunOfCode: string | null;
      rerunOfId: string | null;
      rerunReason: string | null;
      resultDigest: string | null;
      roster: {
        code: string;
        family: string | null;
        /** @description 分班活动 */
        gender?: string;
        name: string;
        /** @description 摇号活动 */
        tier?: number | null;
      }[];
      schoolId: string | null;
      schoolName: string | null;
      schoolYear: number | null;
      seed: string | null;
      settings: {
        [key: string]: unknown;
      };
      /** @description 从学籍分班且尚未写回时,该年级已分班的学生数与能否覆盖;其他情况为 null */
      settledGrade: {
        canOverride: boolean;
        studentsInClasses: number;
      } | null;
      settledOverrides: components["schemas"]["DrawSettledOverride"][];
      /** @enum {string} */
      source: "register" | "excel" | "manual";
      /** @enum {string} */
      status: "draft" | "frozen" | "drawn" | "published";
      statusLabel: string;
      teams: {
        code: string;
        name: string;
      }[];
      title: string;
      warnings: string[];
    };
    DrawEventRow: {
      code: string;
      confirmedAt: string | null;
      entries: number;
      eventTime: string;
      grade: number | null;
      id: string;
      inputDigest: string;
      /** @enum {string} */
      kind: "class_allocation" | "lottery" | "quota";
      kindLabel: string;
      publishedAt: string | null;
      rerunOfId: string | null;
      resultDigest: string | null;
      schoolId: string | null;
      schoolName: string | null;
      schoolYear: number | null;
      /** @enum {string} */
      status: "draft" | "frozen" | "drawn" | "published";
      statusLabel: string;
      title: string;
    };
    DrawLotteryEntry: {
      code: string;
      drawPosition: number;
      family: string | null;
      name: string;
      tier: number;
    };
    DrawQuotaResult: {
      algorithm: string;
      code: string;
      inputDigest: string;
      openPlaces: number;
      plan: number;
      quotaTotal: number;
      remainderPlaces: number;
      returnedPlaces: number;
      schools: {
        admitted: string[];
        base: number;
        code: string;
        eligible: number;
        exact: number;
        exactDenominator: number;
        exactNumerator: number;
        extra: number;
        floor: number;
        name: string;
        places: number;
        remainderRank: number;
        returned: number;
        rural: boolean;
        weightedBase: number;
      }[];
      sharePercent: number;
      totalWeightedBase: number;
      version: number;
    } | null;
    DrawSettledOverride: {
      at: string;
      /** @description 操作账号(仅平台内可见) */
      by: string;
      reason: string;
      /** @enum {string} */
      step: "run" | "confirm";
      studentsChanged: number;
      studentsInClasses: number;
    };
    Error: {
      error: {
        /** @example VALIDATION_FAILED */
        code: string;
        details?: unknown;
        /** @example 输入有误,请检查标出的字段 */
        message: string;
      };
    };
    Exam: {
      baselineExamId: string | null;
      changeNote: string | null;
      changes: components["schemas"]["ExamChanges"];
      config: {
        bandShare: number;
        borderlines: {
          buffer: number;
          name: string;
          share: number;
        }[];
        /** @enum {string} */
        denominator: "enrolled" | "sat";
        levels: {
          cutoffs: number[];
          names: string[];
        };
        minValueAddedN: number;
        thresholds: {
          excellent: number;
          good: number;
          low: number;
          pass: number;
        };
      };
      createdAt: string;
      grade: number;
      gradeLabel: string;
      graduating: boolean;
      heldOn: string;
      id: string;
      inputHash: string | null;
      name: string;
      publishedAt: string | null;
      schoolYear: number;
      schoolYearLabel: string;
      seriesId: string;
      /** @enum {string} */
      status: "draft" | "published" | "superseded";
      subjects: {
        code: string;
        fullMarks: number;
        items?: {
          /** @enum {string} */
          kind: "objective" | "subjective";
          knowledge?: string;
          maxScore: number;
          number: string;
        }[];
        name: string;
      }[];
      term: number;
      version: number;
    };
    ExamAnalysisGroupsView: {
      /** @enum {string} */
      level: "class" | "teacher";
      /** @description 分页时的页码;不分页时为空 */
      page: number | null;
      pageSize: number | null;
      policy: components["schemas"]["ExamPolicy"];
      subjects: {
        code: string;
        groups: components["schemas"]["ExamGroupStatsView"][];
        name: string;
        /** @description 符合条件的组数(分页前) */
        total: number;
      }[];
    };
    ExamAnalysisView: {
      config: {
        bandShare: number;
        borderlines: {
          buffer: number;
          name: string;
          share: number;
        }[];
        /** @enum {string} */
        denominator: "enrolled" | "sat";
        levels: {
          cutoffs: number[];
          names: string[];
        };
        minValueAddedN: number;
        thresholds: {
          excellent: number;
          good: number;
          low: number;
          pass: number;
        };
      };
      exam: components["schemas"]["Exam"];
      levelNames: string[];
      policy: components["schemas"]["ExamPolicy"];
      subjects: components["schemas"]["ExamSubjectView"][];
    };
    ExamChanges: {
      added: number;
      changed: number;
      itemsChanged?: string[];
      previousVersion: number;
      removed: number;
    } | null;
    ExamDetail: {
      abilities: {
        import: boolean;
        manage: boolean;
      };
      baseline: {
        heldOn: string;
        id: string;
        name: string;
      } | null;
      exam: components["schemas"]["Exam"];
      imports: {
        committedAt: string | null;
        createdAt: string;
        errorCount: number;
        fileName: string;
        id: string;
        layout: string;
        rowCount: number;
        status: string;
      }[];
      policy: components["schemas"]["ExamPolicy"];
      progress: {
        enrolled: number;
        schoolId: string;
        schoolName: string;
        withScores: number;
      }[];
      versions: {
        changeNote: string | null;
        changes: components["schemas"]["ExamChanges"];
        createdAt: string;
        id: string;
        publishedAt: string | null;
        /** @enum {string} */
        status: "draft" | "published" | "superseded";
        version: number;
      }[];
    };
    ExamGroupStats: {
      absent: number;
      bands: number[];
      counts: {
        excellent: number;
        good: number;
        low: number;
        pass: number;
      };
      deciles: number[];
      enrolled: number;
      levels: number[];
      max: number | null;
      mean: number | null;
      meanDiff: number | null;
      median: number | null;
      min: number | null;
      q1: number | null;
      q3: number | null;
      rank: number | null;
      rates: {
        excellent: number | null;
        good: number | null;
        low: number | null;
        pass: number | null;
      };
      ratesOfEnrolled: {
        excellent: number | null;
        good: number | null;
        low: number | null;
        pass: number | null;
      };
      ratesOfSat: {
        excellent: number | null;
        good: number | null;
        low: number | null;
        pass: number | null;
      };
      sat: number;
      sd: number | null;
      standardizedDiff: number | null;
    };
    ExamGroupStatsView: components["schemas"]["ExamGroupStats"] & {
      id: string;
      name: string;
      schoolId: string;
      schoolName: string;
    };
    ExamImportResult: {
      job: {
        committedAt: string | null;
        createdAt: string;
        errorCount: number;
        fileName: string;
        id: string;
        layout: string;
        rowCount: number;
        status: string;
      };
      problems: components["schemas"]["ImportProblem"][];
      summary: {
        errors: number;
        layout: string;
        rows: number;
        students: number;
        subjects: string[];
        warnings: number;
      };
    };
    ExamInput: {
      /**
       * Format: uuid
       * @default null
       */
      baselineExamId?: string | null;
      /**
       * @default {
       *       "bandShare": 0.1,
       *       "borderlines": [
       *         {
       *           "buffer": 0.05,
       *           "name": "优秀临界",
       *           "share": 0.85
       *         },
       *         {
       *           "buffer": 0.05,
       *           "name": "及格临界",
       *           "share": 0.6
       *         }
       *       ],
       *       "denominator": "enrolled",
       *       "levels": {
       *         "cutoffs": [
       *           0.85,
       *           0.7,
       *           0.6
       *         ],
       *         "names": [
       *           "A",
       *           "B",
       *           "C",
       *           "D"
       *         ]
       *       },
       *       "minValueAddedN": 10,
       *       "thresholds": {
       *         "excellent": 0.85,
       *         "good": 0.7,
       *         "low": 0.4,
       *         "pass": 0.6
       *       }
       *     }
       */
      config?: {
        bandShare: number;
        borderlines: {
          buffer: number;
          name: string;
          share: number;
        }[];
        /** @enum {string} */
        denominator: "enrolled" | "sat";
        levels: {
          cutoffs: number[];
          names: string[];
        };
        minValueAddedN: number;
        thresholds: {
          excellent: number;
          good: number;
          low: number;
          pass: number;
        };
      };
      grade: number;
      /** @default false */
      graduating?: boolean;
      /** Format: date */
      heldOn: string;
      name: string;
      schoolYear: number;
      subjects: {
        /** @enum {string} */
        code:
          | "chinese"
          | "math"
          | "english"
          | "physics"
          | "chemistry"
          | "biology"
          | "history"
          | "geography"
          | "politics"
          | "science"
          | "pe"
          | "music"
          | "art"
          | "it"
          | "psychology"
          | "preschool"
          | "vocational"
          | "special";
        fullMarks: number;
        items?: {
          /** @enum {string} */
          kind: "objective" | "subjective";
          knowledge?: string;
          maxScore: number;
          number: string;
        }[];
        name: string;
      }[];
      term: 1 | 2;
    };
    ExamItemsInput: {
      /**
       * @description 题号、分值或题数改变时,清除该科已导入的小题分(科目成绩保留)
       * @default false
       */
      discardItemScores?: boolean;
      items: {
        /** @enum {string} */
        kind: "objective" | "subjective";
        knowledge?: string;
        maxScore: number;
        number: string;
      }[];
    };
    ExamItemStats: {
      difficulty: number | null;
      /** @enum {string|null} */
      difficultyBand: "easy" | "medium" | "hard" | null;
      difficultyLabel: string | null;
      discrimination: number | null;
      fullMarkRate: number | null;
      /** @enum {string} */
      kind: "objective" | "subjective";
      knowledge: string;
      maxScore: number;
      mean: number | null;
      n: number;
      number: string;
      /** @enum {string|null} */
      quality: "very_good" | "good" | "revise" | "poor" | null;
      qualityLabel: string | null;
      zeroRate: number | null;
    };
    ExamItemsView: {
      items: components["schemas"]["ExamItemStats"][];
      policy: components["schemas"]["ExamPolicy"];
      sat: number;
      subject: {
        code: string;
        fullMarks: number;
        name: string;
      };
    };
    ExamPatch: {
      /** Format: uuid */
      baselineExamId?: string | null;
      config?: {
        bandShare: number;
        borderlines: {
          buffer: number;
          name: string;
          share: number;
        }[];
        /** @enum {string} */
        denominator: "enrolled" | "sat";
        levels: {
          cutoffs: number[];
          names: string[];
        };
        minValueAddedN: number;
        thresholds: {
          excellent: number;
          good: number;
          low: number;
          pass: number;
        };
      };
      graduating?: boolean;
      /** Format: date */
      heldOn?: string;
      name?: string;
    };
    ExamPolicy: {
      internal: boolean;
      /** @enum {string} */
      mode: "scores" | "levels";
      note: string;
      ranks: boolean;
      /** @enum {string} */
      view: "bureau" | "school" | "teacher";
    };
    ExamSchoolStats: components["schemas"]["ExamGroupStats"] & {
      id: string;
      name: string;
    };
    ExamStudentRow: {
      borderline: string[];
      className: string;
      id: string;
      name: string;
      schoolName: string;
      /** @description 学籍号(已脱敏) */
      studentNumber: string;
      subjects: {
        absent: boolean;
        code: string;
        level: string | null;
        score: number | null;
      }[];
      total: number | null;
      totalLevel: string | null;
      tScore: number | null;
    };
    ExamStudentsView: {
      borderlineCounts: {
        count: number;
        from: number;
        line: number;
        name: string;
      }[];
      levelNames: string[];
      policy: components["schemas"]["ExamPolicy"];
      rows: components["schemas"]["ExamStudentRow"][];
      subjects: {
        code: string;
        fullMarks: number;
        items?: {
          /** @enum {string} */
          kind: "objective" | "subjective";
          knowledge?: string;
          maxScore: number;
          number: string;
        }[];
        name: string;
      }[];
      total: number;
    };
    ExamSubjectView: {
      bandEdges: number[];
      code: string;
      county: components["schemas"]["ExamGroupStats"];
      fullMarks: number;
      levelLines: number[];
      lines: {
        excellent: number;
        good: number;
        low: number;
        pass: number;
      };
      name: string;
      schools: components["schemas"]["ExamSchoolStats"][];
    };
    ExamValueAddedGroup: {
      current: number | null;
      estimate: number | null;
      hidden: boolean;
      high: number | null;
      id: string;
      low: number | null;
      n: number;
      name: string;
      previous: number | null;
    };
    ExamValueAddedView: {
      baseline: {
        grade: number;
        heldOn: string;
        id: string;
        name: string;
      };
      minN: number;
      policy: components["schemas"]["ExamPolicy"];
      subjects: {
        classes: components["schemas"]["ExamValueAddedGroup"][];
        code: string;
        matched: number;
        name: string;
        r2: number | null;
        schools: components["schemas"]["ExamValueAddedGroup"][];
        slope: number | null;
        teachers: components["schemas"]["ExamValueAddedGroup"][];
      }[];
    };
    FigureChange: {
      delta: number;
      /** @enum {string} */
      direction: "up" | "down" | "same";
      phrase: string;
    } | null;
    FigureDefinition: {
      asOf: string;
      capability: string;
      capabilityLabel: string;
      denominator: string | null;
      excludes: string;
      footnote: string;
      group: string;
      groupLabel: string;
      higherIsBetter: boolean | null;
      key: string;
      name: string;
      numerator: string;
      unit: string;
    };
    FigureDrill: {
      bySchool: {
        figure: components["schemas"]["CockpitFigure"];
        schoolId: string;
        schoolName: string;
      }[];
      definition: components["schemas"]["FigureDefinition"];
      figure: components["schemas"]["CockpitFigure"];
      link: string;
      records: {
        detail: string;
        id: string;
        label: string;
      }[];
      year: number;
    };
    ImportCommitResult: {
      job: components["schemas"]["ImportJob"];
      skipped: number;
      written: number;
    };
    ImportJob: {
      committedAt: string | null;
      createdAt: string;
      errorCount: number;
      fileName: string;
      id: string;
      /** @example students */
      kind: string;
      rowCount: number;
      schoolYear: number;
      /** @description validated:无错误,可提交;failed:有错误(改正后重新上传,或只导入正确的行);committed:已导入 */
      status: string;
    };
    ImportProblem: {
      /** @example 身份证号 */
      column: string;
      /** @enum {string} */
      level: "error" | "warning";
      /** @example 身份证号校验位不正确,请核对号码是否抄错 */
      message: string;
      /** @description Excel 行号 */
      row: number;
      value: string;
    };
    ImportResult: {
      job: components["schemas"]["ImportJob"];
      problems: components["schemas"]["ImportProblem"][];
      summary: components["schemas"]["ImportSummary"];
    };
    ImportSummary: {
      byColumn: {
        column: string;
        errors: number;
        warnings: number;
      }[];
      errors: number;
      exampleRowsSkipped: number;
      invalidRows: number;
      rows: number;
      validRows: number;
      warnings: number;
    };
    LedgerEvidence: {
      contentType: string;
      fileName: string;
      hasThumbnail: boolean;
      id: string;
      sha256: string;
      size: number;
      transitionId: string | null;
      uploadedAt: string;
      uploaderName: string;
    };
    LedgerFinding: {
      can: {
        approve_extension: boolean;
        fail: boolean;
        pass: boolean;
        reject_extension: boolean;
        request_extension: boolean;
        start: boolean;
        submit: boolean;
        upload: boolean;
        withdraw: boolean;
      };
      category: string;
      checklistCode: string | null;
      closedOn: string | null;
      commonGroup: string | null;
      daysLeft: number | null;
      daysOverdue: number;
      deadline: string;
      /** @enum {string} */
      deadlineStatus: "on_track" | "approaching" | "overdue" | "done" | "invalid";
      deadlineStatusLabel: string;
      description: string;
      /** @enum {string} */
      escalation: "none" | "school" | "section" | "leadership";
      escalationLabel: string;
      extensionRequest: {
        deadline: string;
        reason: string;
      } | null;
      id: string;
      inspectedOn: string;
      inspectionId: string;
      inspectionTitle: string;
      institutionId: string | null;
      /** @enum {string} */
      kind: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
      kindLabel: string;
      measures: string;
      number: string;
      originalDeadline: string;
      raisedOn: string;
      responsiblePerson: string;
      responsibleUnit: string;
      schoolId: string | null;
      /** @enum {string} */
      scope: "common" | "individual";
      scopeLabel: string;
      /** @enum {string} */
      severity: "minor" | "major" | "critical";
      severityLabel: string;
      /** @enum {string} */
      state: "pending" | "in_progress" | "awaiting_review" | "closed" | "withdrawn";
      stateLabel: string;
      targetName: string;
    };
    LedgerFindingCounts: {
      awaiting_review: number;
      closed: number;
      in_progress: number;
      pending: number;
      withdrawn: number;
    };
    LedgerFindingDetail: {
      evidence: components["schemas"]["LedgerEvidence"][];
      finding: components["schemas"]["LedgerFinding"];
      history: components["schemas"]["LedgerHistoryEntry"][];
    };
    LedgerHistoryEntry: {
      action: string;
      actionLabel: string;
      actorName: string;
      actorParty: string;
      at: string;
      deadlineAfter: string | null;
      deadlineBefore: string | null;
      evidenceIds: string[];
      fromState: string | null;
      note: string;
      seq: number;
      toState: string;
      toStateLabel: string;
    };
    LedgerInspection: {
      canRaise: boolean;
      findings: number;
      id: string;
      inspectedOn: string;
      inspectors: string[];
      /** @enum {string} */
      kind: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
      kindLabel: string;
      openFindings: number;
      selfInspection: boolean;
      summary: string;
      targets: number;
      title: string;
      typeId: string;
      typeName: string;
    };
    LedgerInspectionDetail: {
      checklist: {
        category: string;
        code: string;
        /** @enum {string} */
        severity: "minor" | "major" | "critical";
        text: string;
      }[];
      inspection: components["schemas"]["LedgerInspection"];
      targets: components["schemas"]["LedgerInspectionTarget"][];
    };
    LedgerInspectionTarget: {
      checkedAt: string | null;
      id: string;
      institutionId: string | null;
      name: string;
      results: {
        code: string;
        note?: string;
        /** @enum {string} */
        result: "pass" | "fail" | "na";
      }[];
      schoolId: string | null;
      summary: {
        fail: number;
        na: number;
        pass: number;
        total: number;
        unfilled: number;
      };
    };
    LedgerInspectionType: {
      active: boolean;
      checklist: {
        category: string;
        code: string;
        /** @enum {string} */
        severity: "minor" | "major" | "critical";
        text: string;
      }[];
      defaultDays: number;
      id: string;
      /** @enum {string} */
      kind: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
      kindLabel: string;
      name: string;
    };
    LedgerInstitution: {
      address: string;
      contact: string | null;
      id: string;
      licence: string;
      name: string;
      /** @enum {string} */
      status: "operating" | "suspended" | "closed";
      statusLabel: string;
      /** @enum {string} */
      type: "academic" | "arts" | "sports" | "science" | "other";
      typeLabel: string;
    };
    LedgerReminders: {
      approaching: components["schemas"]["LedgerFinding"][];
      awaitingReview: number;
      extensionRequests: number;
      overdue: components["schemas"]["LedgerFinding"][];
      today: string;
    };
    LedgerStatistics: {
      byCategory: {
        key: string;
        name: string;
        stats: {
          averageDaysToClose: number | null;
          findings: number;
          inspections: number;
          onTimeRate: number | null;
          open: number;
          overdue: number;
          rectificationRate: number | null;
          rectified: number;
          rectifiedOnTime: number;
          withdrawn: number;
        };
      }[];
      byKind: {
        kind: string;
        label: string;
        sentence: string;
        stats: {
          averageDaysToClose: number | null;
          findings: number;
          inspections: number;
          onTimeRate: number | null;
          open: number;
          overdue: number;
          rectificationRate: number | null;
          rectified: number;
          rectifiedOnTime: number;
          withdrawn: number;
        };
      }[];
      bySchool: {
        key: string;
        name: string;
        stats: {
          averageDaysToClose: number | null;
          findings: number;
          inspections: number;
          onTimeRate: number | null;
          open: number;
          overdue: number;
          rectificationRate: number | null;
          rectified: number;
          rectifiedOnTime: number;
          withdrawn: number;
        };
      }[];
      bySeverity: {
        key: string;
        name: string;
        stats: {
          averageDaysToClose: number | null;
          findings: number;
          inspections: number;
          onTimeRate: number | null;
          open: number;
          overdue: number;
          rectificationRate: number | null;
          rectified: number;
          rectifiedOnTime: number;
          withdrawn: number;
        };
      }[];
      from: string | null;
      kind: string | null;
      sentence: string;
      to: string | null;
      today: string;
      totals: {
        averageDaysToClose: number | null;
        findings: number;
        inspections: number;
        onTimeRate: number | null;
        open: number;
        overdue: number;
        rectificationRate: number | null;
        rectified: number;
        rectifiedOnTime: number;
        withdrawn: number;
      };
    };
    LoginBody: {
      password: string;
      username: string;
    };
    Me: {
      abilities: {
        read: (
          | "registry"
          | "balance"
          | "exams"
          | "ledger"
          | "admissions"
          | "staffing"
          | "retention"
          | "preschool"
          | "aid"
          | "fitness"
          | "reports"
          | "users"
          | "audit"
        )[];
        reveal: (
          | "registry"
          | "balance"
          | "exams"
          | "ledger"
          | "admissions"
          | "staffing"
          | "retention"
          | "preschool"
          | "aid"
          | "fitness"
          | "reports"
          | "users"
          | "audit"
        )[];
        write: (
          | "registry"
          | "balance"
          | "exams"
          | "ledger"
          | "admissions"
          | "staffing"
          | "retention"
          | "preschool"
          | "aid"
          | "fitness"
          | "reports"
          | "users"
          | "audit"
        )[];
      };
      csrfToken: string;
      mustChangePassword: boolean;
      user: {
        displayName: string;
        id: string;
        regionCode: string;
        regionName: string | null;
        /** @enum {string} */
        role: "admin" | "leader" | "section" | "school_admin" | "teacher" | "inspector" | "township";
        roleLabel: string;
        schoolId: string | null;
        schoolName: string | null;
        /** @enum {string|null} */
        section:
          | "basic_education"
          | "personnel"
          | "supervision"
          | "safety"
          | "finance"
          | "research"
          | "admissions"
          | "office"
          | "preschool_education"
          | "health_arts"
          | null;
        sectionLabel: string | null;
        townCode: string | null;
        townName: string | null;
        username: string;
      };
    };
    NeedsNow: {
      items: {
        count: number;
        detail: string;
        kind: string;
        label: string;
        link: string;
      }[];
      today: string;
    };
    NewStaff: {
      /** @enum {string} */
      backboneLevel: "none" | "school" | "county" | "city" | "province";
      /** @enum {string} */
      establishment: "established" | "contract" | "substitute";
      ethnicity: string;
      fullTime: boolean;
      hasCertificate: boolean;
      /** Format: date */
      hireDate: string | null;
      name: string;
      /** @enum {string} */
      postType: "teacher" | "admin" | "support" | "worker";
      /** @enum {string} */
      qualification: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
      residentId: string;
      /** Format: uuid */
      schoolId: string;
      schoolYear: number;
      staffNumber: string | null;
      /** @enum {string|null} */
      stageTaught: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special" | null;
      /** @enum {string} */
      status: "active" | "leave" | "retired";
      /** @enum {string|null} */
      subject:
        | "chinese"
        | "math"
        | "english"
        | "physics"
        | "chemistry"
        | "biology"
        | "history"
        | "geography"
        | "politics"
        | "science"
        | "pe"
        | "music"
        | "art"
        | "it"
        | "psychology"
        | "preschool"
        | "vocational"
        | "special"
        | null;
      /** @enum {string} */
      title: "senior_high" | "senior" | "intermediate" | "junior" | "entry" | "none";
    };
    NewStudent: {
      address: string | null;
      /** Format: uuid */
      classId: string | null;
      dibao: boolean;
      disability: string | null;
      /** @enum {string|null} */
      disabilityPlacement: "随班就读" | "特教学校" | "送教上门" | null;
      ethnicity: string;
      grade: number;
      guardianName: string | null;
      guardianPhone: string | null;
      /** @enum {string} */
      householdType: "urban" | "rural";
      leftBehind: boolean;
      migrant: boolean;
      name: string;
      orphan: boolean;
      povertyRegistered: boolean;
      residentId: string;
      /** Format: uuid */
      schoolId: string;
      schoolYear: number;
    };
    PreschoolBirths: {
      rows: {
        births: number;
        birthYear: number;
        source: string;
        townCode: string;
      }[];
    };
    PreschoolConfig: {
      buildingAreaPerChild: number;
      buildingStandardShareMin: number;
      certifiedPrincipalShareMin: number;
      certifiedTeacherShareMin: number;
      childrenPerTeacherMax: number;
      classLimits: {
        large: number;
        middle: number;
        mixed: number;
        small: number;
      };
      classWithinLimitShareMin: number;
      grossEnrollmentMin: number;
      inclusiveCoverageMin: number;
      inclusiveSubsidyPerChildYuan: number;
      payShareMin: number;
      playAreaPerChild: number;
      publicFundingPerChildYuan: number;
      publicShareMin: number;
      satisfactionMin: number;
    };
    PreschoolConfigInfo: {
      config: components["schemas"]["PreschoolConfig"];
      customized: boolean;
      national: components["schemas"]["PreschoolConfig"];
      provinceFixed: string[];
      updatedAt: string | null;
    };
    PreschoolEvaluation: {
      asOf: string;
      children: number;
      failed: number;
      indicators: components["schemas"]["PreschoolIndicator"][];
      kindergartens: number;
      missing: number;
      passed: number;
      schoolYear: number;
    };
    PreschoolIndicator: {
      denominator: number | null;
      /** @enum {string} */
      form: "share" | "ratio";
      /** @enum {string} */
      key:
        | "gross_enrollment"
        | "inclusive_coverage"
        | "public_share"
        | "class_within_limit"
        | "children_per_teacher"
        | "certified_teachers"
        | "certified_principals"
        | "pay_share"
        | "funding"
        | "building_standard"
        | "rural_central"
        | "satisfaction";
      label: string;
      method: string;
      missing: string | null;
      numerator: number | null;
      pulling: {
        id: string;
        name: string;
        note: string;
        value: number | null;
      }[];
      /** @enum {string} */
      status: "pass" | "fail" | "missing";
      threshold: number;
      value: number | null;
    };
    PreschoolInputs: {
      birthSources: string[];
      birthYears: number[];
      schoolYear: number;
      survey: {
        satisfaction: number;
        source: string;
      } | null;
      townships: {
        births: {
          births: number;
          year: number;
        }[];
        name: string;
        population: {
          age3: number;
          age4: number;
          age5: number;
          source: string;
        } | null;
        townCode: string;
        urban: boolean;
      }[];
    };
    PreschoolKindergarten: {
      attached: boolean;
      buildingAreaPerChild: number | null;
      certifiedTeachers: number;
      children: number;
      childrenPerTeacher: number | null;
      classes: {
        /** @enum {string} */
        band: "small" | "middle" | "large" | "mixed";
        bandLabel: string;
        children: number;
        classId: string;
        limit: number;
        name: string;
        over: boolean;
      }[];
      classesOverLimit: number;
      code: string;
      establishedPayYuan: number | null;
      establishedTeachers: number;
      fullTimeTeachers: number;
      fundingPerChildYuan: number | null;
      /** @enum {string|null} */
      kind: "education_public" | "other_public" | "collective" | "inclusive_private" | "private" | null;
      kindLabel: string;
      name: string;
      nonEstablishedPayYuan: number | null;
      nonEstablishedTeachers: number;
      playAreaPerChild: number | null;
      principalCertified: boolean | null;
      report: {
        buildingArea: number | null;
        establishedPayYuan: number | null;
        feeYuanPerMonth: number | null;
        fundingPerChildYuan: number | null;
        /** @enum {string} */
        kind: "education_public" | "other_public" | "collective" | "inclusive_private" | "private";
        licenceNumber: string | null;
        nonEstablishedPayYuan: number | null;
        playArea: number | null;
        principalCertified: boolean | null;
        recognisedDocument: string | null;
        recognisedOn: string | null;
        ruralCentral: boolean;
        updatedAt: string;
      } | null;
      reported: boolean;
      ruralCentral: boolean;
      schoolId: string;
      townName: string;
    };
    PreschoolKindergartenDetail: {
      asOf: string;
      config: components["schemas"]["PreschoolConfig"];
      kindergarten: components["schemas"]["PreschoolKindergarten"];
      schoolYear: number;
      schoolYearLabel: string;
    };
    PreschoolOverview: {
      asOf: string;
      config: components["schemas"]["PreschoolConfig"];
      countyName: string;
      dataChecks: {
        children: number;
        className: string;
        message: string;
        schoolId: string;
        schoolName: string;
      }[];
      evaluation: components["schemas"]["PreschoolEvaluation"];
      kindergartens: components["schemas"]["PreschoolKindergarten"][];
      methodNotes: string[];
      schoolYear: number;
      schoolYearLabel: string;
      /** @enum {string} */
      scope: "county" | "school" | "classes";
    };
    PreschoolPlan: {
      county: {
        children: number | null;
        gap: number | null;
        needed: number | null;
        places: number;
        schoolYear: number;
      }[];
      kindergartens: {
        /** @enum {string|null} */
        kind: "education_public" | "other_public" | "collective" | "inclusive_private" | "private" | null;
        name: string;
        schoolId: string;
        townCode: string | null;
      }[];
      schoolYear: number;
      townships: {
        enrolled: number;
        inclusivePlaces: number;
        name: string;
        places: number;
        populationSource: string | null;
        townCode: string;
        years: {
          children: number | null;
          gap: number | null;
          needed: number | null;
          schoolYear: number;
          /** @enum {string|null} */
          source: "录入" | "户籍名单" | "出生数推算" | null;
        }[];
      }[];
    };
    PreschoolPopulation: {
      rows: {
        age3: number;
        age4: number;
        age5: number;
        source: string;
        townCode: string;
      }[];
      schoolYear: number;
    };
    PreschoolReport: {
      buildingArea?: number | null;
      establishedPayYuan?: number | null;
      feeYuanPerMonth?: number | null;
      fundingPerChildYuan?: number | null;
      /** @enum {string} */
      kind: "education_public" | "other_public" | "collective" | "inclusive_private" | "private";
      licenceNumber?: string | null;
      nonEstablishedPayYuan?: number | null;
      playArea?: number | null;
      principalCertified?: boolean | null;
      recognisedDocument?: string | null;
      /** Format: date */
      recognisedOn?: string | null;
      /** @default false */
      ruralCentral?: boolean;
      schoolYear: number;
    };
    PreschoolSurvey: {
      satisfaction: number;
      schoolYear: number;
      source: string;
    };
    PreschoolWhatIf: {
      adjustments: (
        | {
            /** Format: uuid */
            schoolId: string;
            /** @enum {string} */
            type: "recognise";
          }
        | {
            places: number;
            townCode: string;
            /** @enum {string} */
            type: "newPublic";
          }
      )[];
      schoolYear: number;
    };
    PreschoolWhatIfResult: {
      after: components["schemas"]["PreschoolEvaluation"];
      before: components["schemas"]["PreschoolEvaluation"];
      changed: {
        after: string;
        before: string;
        key: string;
      }[];
      newKindergartens: {
        children: number;
        name: string;
        places: number;
        townCode: string;
      }[];
      plan: {
        county: {
          children: number | null;
          gap: number | null;
          needed: number | null;
          places: number;
          schoolYear: number;
        }[];
        schoolYear: number;
        townships: {
          enrolled: number;
          inclusivePlaces: number;
          name: string;
          places: number;
          townCode: string;
          years: {
            children: number | null;
            gap: number | null;
            needed: number | null;
            schoolYear: number;
            /** @enum {string|null} */
            source: "录入" | "户籍名单" | "出生数推算" | null;
          }[];
        }[];
      };
      problems: {
        index: number;
        message: string;
      }[];
    };
    PromotionPreview: {
      canPromote: boolean;
      canRequest: boolean;
      currentSchoolYear: number;
      fromYear: number;
      promotionDate: string | null;
      refusal: {
        code: string;
        message: string;
      } | null;
      schools: components["schemas"]["SchoolPromotion"][];
      totals: {
        classesToCreate: number;
        graduate: number;
        promote: number;
        skipped: number;
      };
      toYear: number;
    };
    PromotionRequest: {
      id: string;
      note: string | null;
      requestedAt: string;
      status: string;
    } | null;
    PromotionResult: {
      fromYear: number;
      schools: {
        classesCreated: number;
        graduated: number;
        promoted: number;
        schoolId: string;
        schoolName: string;
        skipped: number;
      }[];
      totals: {
        classesCreated: number;
        graduated: number;
        promoted: number;
      };
      toYear: number;
    };
    PublicDraw: {
      algorithm: string;
      algorithmVersion: number;
      code: string;
      contributions: {
        role: string;
        value: string;
      }[];
      entries: number;
      eventTime: string;
      frozenAt: string | null;
      inputDigest: string;
      /** @enum {string} */
      kind: "class_allocation" | "lottery" | "quota";
      kindLabel: string;
      publishedAt: string | null;
      rerunOfCode: string | null;
      rerunReason: string | null;
      resultDigest: string | null;
      schoolName: string | null;
      seed: string | null;
      settledOverrides: {
        at: string;
        reason: string;
        /** @enum {string} */
        step: "run" | "confirm";
        studentsChanged: number;
        studentsInClasses: number;
      }[];
      /** @enum {string} */
      status: "frozen" | "published";
      title: string;
    };
    RegistryOverview: {
      classes: {
        byStage: {
          byCategory: {
            large: number;
            normal: number;
            oversized: number;
            super_large: number;
          };
          classes: number;
          largeShare: number | null;
          /** @enum {string} */
          stage: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special";
        }[];
        sizeSummary: {
          byCategory: {
            large: number;
            normal: number;
            oversized: number;
            super_large: number;
          };
          classes: number;
          largeShare: number | null;
        };
        total: number;
      };
      schools: {
        byKindAndLocality: {
          /** @enum {string} */
          kind:
            | "kindergarten"
            | "primary"
            | "teaching_point"
            | "junior"
            | "nine_year"
            | "complete_secondary"
            | "senior"
            | "twelve_year"
            | "vocational"
            | "special";
          /** @enum {string} */
          locality: "urban" | "town" | "rural";
          n: number;
        }[];
        total: number;
      };
      schoolYear: number;
      /** @enum {string} */
      scope: "county" | "school" | "classes";
      staff: {
        byPost: {
          n: number;
          /** @enum {string} */
          postType: "teacher" | "admin" | "support" | "worker";
        }[];
        teachers: number;
        total: number;
      };
      students: {
        byLocality: {
          /** @enum {string} */
          locality: "urban" | "town" | "rural";
          n: number;
        }[];
        byStage: {
          n: number;
          /** @enum {string} */
          stage: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special";
        }[];
        total: number;
      };
      years: number[];
    };
    RegistrySettings: {
      /** @description 全县当前学年(2026 即 2026—2027学年):各名录、概况、统计不指定学年时所示 */
      currentSchoolYear: number;
      /** @description false:尚未设定,按日历所在学年 */
      currentSchoolYearSet: boolean;
      /** @description 本学年升级日期(此日起基础教育股可办理全县升级) */
      promotionDate: string | null;
      /** @description 转学申请超过多少天未接收视为疑似辍学 */
      transferOverdueDays: number;
      updatedAt: string | null;
    };
    RegistrySettingsChange: {
      currentSchoolYear?: number;
      /** Format: date */
      promotionDate?: string | null;
      transferOverdueDays?: number;
    };
    ResetPassword: {
      password: string;
    };
    ResolveCheckBody: {
      note: string;
      /** @enum {string} */
      status: "fixed" | "explained";
    };
    RetentionAbsence: {
      approvedLeave: boolean;
      fromDate: string;
      id: string;
      month: string;
      name: string;
      reason: string;
      schoolDays: number;
      schoolName: string;
      studentId: string;
      toDate: string;
    };
    RetentionCase: {
      abilities: {
        act: boolean;
        dismiss: boolean;
        visit: boolean;
      };
      chain: {
        [key: string]: {
          name: string;
          phone: string;
        };
      };
      closedOn: string | null;
      deadline: string;
      detail: string;
      escalation: string;
      escalationLabel: string;
      id: string;
      lastVisitOn: string | null;
      nameMasked: string;
      number: string;
      openedOn: string;
      priority: boolean;
      returnedOn: string | null;
      schoolId: string | null;
      schoolName: string | null;
      source: string;
      sourceLabel: string;
      state: string;
      stateLabel: string;
      townName: string | null;
      visits: number;
    };
    RetentionCaseDetail: {
      case: components["schemas"]["RetentionCase"];
      events: {
        action: string;
        actionLabel: string;
        actorName: string;
        at: string;
        note: string;
        toState: string;
      }[];
      visits: {
        evidence: {
          contentType: string;
          fileName: string;
          id: string;
          size: number;
        }[];
        id: string;
        method: string;
        methodLabel: string;
        note: string;
        outcome: string;
        outcomeLabel: string;
        visitedOn: string;
        visitors: string;
      }[];
    };
    RetentionChild: {
      age: number;
      birthDate: string;
      explanation: {
        detail: string;
        /** @enum {string} */
        kind: "outside_county" | "deceased" | "emigrated" | "home_teaching" | "deferred";
        kindLabel: string;
        /** @enum {string|null} */
        stage: "primary" | "junior" | null;
      } | null;
      gender: string;
      grade: number | null;
      id: string;
      nameMasked: string;
      outcome: string | null;
      outcomeLabel: string;
      purged: boolean;
      residentIdMasked: string;
      rowNumber: number;
      schoolName: string | null;
      townCode: string;
      townName: string;
      villageName: string;
    };
    RetentionChildReveal: {
      address: string | null;
      guardianName: string | null;
      guardianPhone: string | null;
      name: string;
      residentId: string;
    };
    RetentionOverview: {
      cases: {
        byState: {
          [key: string]: number;
        };
        overdue: number;
        priority: number;
      };
      children: {
        enrolled: number;
        explained: number;
        gap: number;
        unmatched: number;
      };
      roster: {
        fileName: string;
        id: string;
        importedAt: string;
        matchedAt: string | null;
        purgedAt: string | null;
        rowCount: number;
        source: string;
      } | null;
      runs: {
        kind: string;
        kindLabel: string;
        ranAt: string;
        summary: {
          [key: string]: number;
        };
      }[];
      schoolYear: number;
      suspects: {
        bySource: {
          [key: string]: number;
        };
        open: number;
      };
      today: string;
      zeroReports: {
        late: number;
        month: string;
        reported: number;
        schools: number;
      };
    };
    RetentionRates: {
      computedAt: string | null;
      countyName: string;
      method: string[];
      schoolYear: number;
      sentence: string;
      years: {
        county: {
          compulsory: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorGross: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          name: string;
          nineYear: components["schemas"]["RetentionRatio"];
          primaryNet: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          primaryRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          unit: string;
        };
        schools: {
          compulsory: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorGross: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          name: string;
          primaryNet: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          primaryRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          unit: string;
        }[];
        schoolYear: number;
        towns: {
          compulsory: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorGross: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          juniorRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          name: string;
          primaryNet: components["schemas"]["RetentionRatio"] & (Record<string, never> | null);
          primaryRetention: {
            deceased: number;
            entryYear: number;
            finalYear: number;
            graduates: number;
            intake: number;
            retention: components["schemas"]["RetentionRatio"];
            transfersIn: number;
            transfersOut: number;
          } | null;
          unit: string;
        }[];
      }[];
    };
    RetentionRatio: {
      capped: boolean;
      denominator: number;
      numerator: number;
      rate: number | null;
    };
    RetentionRecheck: {
      checkedOn: string;
      figures: {
        [key: string]: number;
      };
      id: string;
      note: string;
      quarter: string;
    };
    RetentionRecords: {
      denominatorLabel: string;
      numeratorLabel: string;
      rows: {
        inDenominator: boolean;
        inNumerator: boolean;
        nameMasked: string;
        reference: string;
        role: string;
        schoolName: string | null;
      }[];
      title: string;
      truncated: boolean;
    };
    RetentionReminder: {
      caseId: string | null;
      id: string;
      /** @enum {string} */
      kind: "case_overdue" | "zero_report_late";
      level: string;
      levelLabel: string;
      message: string;
      month: string | null;
      raisedOn: string;
      schoolId: string | null;
      schoolName: string | null;
      townName: string | null;
    };
    RetentionRun: {
      added: string[];
      flagged: number;
      id: string;
      kind: string;
      kindLabel: string;
      ranAt: string;
      removed: string[];
      summary: {
        [key: string]: number;
      };
    };
    RetentionSettings: {
      absenceThresholdDays: number;
      caseDeadlineDays: number;
      currentSchoolYear: number;
      keepRoster: boolean;
      leadershipEscalationDays: number;
      returnVerifyDays: number;
      transferOverdueDays: number;
      zeroReportDueDay: number;
    };
    RetentionSuspect: {
      birthDate: string | null;
      caseId: string | null;
      caseNumber: string | null;
      createdAt: string;
      detail: string;
      id: string;
      nameMasked: string;
      priorityLists: string[];
      residentIdMasked: string | null;
      schoolId: string | null;
      schoolName: string | null;
      source: string;
      sourceId: string;
      sourceLabel: string;
      status: string;
      townName: string | null;
    };
    RetentionZeroReport: {
      dueDate: string;
      month: string;
      note: string;
      outOfSchool: number | null;
      reportedOn: string | null;
      schoolId: string;
      schoolName: string;
      status: string;
      statusLabel: string;
      townName: string | null;
    };
    SchoolConditions: {
      artRoomArea: number;
      artRooms: number;
      books: number;
      buildingArea: number;
      equipmentValueFen: number;
      multimediaRooms: number;
      musicRoomArea: number;
      musicRooms: number;
      reason?: string;
      sportsArea: number;
      studentComputers: number;
      teachingArea: number;
    };
    SchoolDirectoryEntry: {
      code: string;
      id: string;
      /** @enum {string} */
      kind:
        | "kindergarten"
        | "primary"
        | "teaching_point"
        | "junior"
        | "nine_year"
        | "complete_secondary"
        | "senior"
        | "twelve_year"
        | "vocational"
        | "special";
      /** @enum {string} */
      locality: "urban" | "town" | "rural";
      name: string;
    };
    SchoolEvent:
      | {
          /** @enum {string} */
          kind: "renamed";
          newName: string;
          note?: string;
          /** Format: date */
          on: string;
        }
      | {
          /** @enum {string} */
          kind: "relocated";
          newAddress: string;
          note?: string;
          /** Format: date */
          on: string;
        }
      | {
          /** Format: uuid */
          intoSchoolId: string;
          /** @enum {string} */
          kind: "merged";
          note?: string;
          /** Format: date */
          on: string;
        }
      | {
          /** @enum {string} */
          kind: "closed";
          note?: string;
          /** Format: date */
          on: string;
        };
    SchoolFields: {
      address: string | null;
      code: string;
      /** @enum {string} */
      kind:
        | "kindergarten"
        | "primary"
        | "teaching_point"
        | "junior"
        | "nine_year"
        | "complete_secondary"
        | "senior"
        | "twelve_year"
        | "vocational"
        | "special";
      latitude: number | null;
      /** @enum {string} */
      locality: "urban" | "town" | "rural";
      longitude: number | null;
      name: string;
      /** Format: date */
      openedOn: string | null;
      /** @enum {string} */
      ownership: "public" | "private";
      phone: string | null;
      principal: string | null;
    };
    SchoolPromotion: {
      classesToCreate: number;
      done: boolean;
      grades: {
        classesToCreate: {
          grade: number;
          name: string;
          number: number;
        }[];
        grade: number;
        gradeLabel: string;
        graduate: number;
        promote: number;
        skipped: number;
        toGrade: number | null;
        toGradeLabel: string | null;
      }[];
      graduate: number;
      problems: {
        grade: number;
        message: string;
        studentId: string;
      }[];
      promote: number;
      request: components["schemas"]["PromotionRequest"];
      schoolId: string;
      schoolKind: string;
      schoolKindLabel: string;
      schoolName: string;
      skipped: number;
      skippedByReason: {
        label: string;
        n: number;
        reason: string;
      }[];
    };
    SchoolSummary: {
      address: string | null;
      code: string;
      id: string;
      /** @enum {string} */
      kind:
        | "kindergarten"
        | "primary"
        | "teaching_point"
        | "junior"
        | "nine_year"
        | "complete_secondary"
        | "senior"
        | "twelve_year"
        | "vocational"
        | "special";
      /** @enum {string} */
      locality: "urban" | "town" | "rural";
      name: string;
      /** @enum {string} */
      ownership: "public" | "private";
      principal: string | null;
      status: string;
    };
    SentenceBody: {
      text: string;
    };
    StaffChanges: {
      /** @enum {string} */
      backboneLevel?: "none" | "school" | "county" | "city" | "province";
      /** @enum {string} */
      establishment?: "established" | "contract" | "substitute";
      ethnicity?: string;
      fullTime?: boolean;
      hasCertificate?: boolean;
      /** Format: date */
      hireDate?: string | null;
      name?: string;
      /** @enum {string} */
      postType?: "teacher" | "admin" | "support" | "worker";
      /** @enum {string} */
      qualification?: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
      /** Format: uuid */
      schoolId?: string;
      schoolYear: number;
      /** @enum {string|null} */
      stageTaught?: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special" | null;
      /** @enum {string} */
      status?: "active" | "leave" | "retired";
      /** @enum {string|null} */
      subject?:
        | "chinese"
        | "math"
        | "english"
        | "physics"
        | "chemistry"
        | "biology"
        | "history"
        | "geography"
        | "politics"
        | "science"
        | "pe"
        | "music"
        | "art"
        | "it"
        | "psychology"
        | "preschool"
        | "vocational"
        | "special"
        | null;
      /** @enum {string} */
      title?: "senior_high" | "senior" | "intermediate" | "junior" | "entry" | "none";
    };
    StaffingDemand: {
      county: {
        had: number;
        label: string;
        needed: number;
        net: number;
        schoolsShort: number;
        shortage: number;
        subject: string;
        usuallyShort: boolean;
      }[];
      schools: {
        gap: number;
        had: number;
        label: string;
        needed: number;
        schoolId: string;
        schoolName: string;
        short: boolean;
        subject: string;
      }[];
      schoolYear: number;
    };
    StaffingEstablishment: {
      balance: number;
      filled: number;
      nonEstablished: number;
      owed: number;
      schools: {
        balance: number;
        boarding: number;
        byClass: boolean;
        exact: number;
        filled: number;
        inclusive: number;
        junior: number | null;
        kind: string;
        nonEstablished: number;
        owed: number;
        primary: number | null;
        schoolId: string;
        schoolName: string;
        senior: number | null;
        special: number;
      }[];
      schoolYear: number;
      shortage: number;
      surplus: number;
    };
    StaffingMyRecord: {
      cycle: {
        end: string;
        start: string;
        startYear: number;
      };
      label: string;
      name: string;
      progress: {
        behind: boolean;
        complete: boolean;
        counted: number;
        expected: number;
        name: string;
        percent: number;
        required: number;
        schoolBased: number;
        schoolName: string;
        staffId: string;
        staffNumber: string;
        subject: string;
        total: number;
      };
      recognitions: {
        expiresOn: string | null;
        levelLabel: string;
        recognisedOn: string;
        tierLabel: string;
      }[];
      records: {
        course: string;
        endDate: string;
        hours: number;
        levelLabel: string;
        startDate: string;
      }[];
      retirementDate: string;
      rotations: {
        schoolYear: number;
        status: string;
        toSchool: string | null;
      }[];
      schoolName: string;
      staffNumber: string;
      titleLabel: string;
    };
    StaffingOverview: {
      countyName: string;
      establishment: {
        balance: number;
        filled: number;
        nonEstablished: number;
        owed: number;
        schools: number;
        schoolsOver: number;
        schoolsShort: number;
        shortage: number;
        surplus: number;
      };
      forecast: {
        byYear: number[];
        overdue: number;
        years: number[];
      };
      plan: {
        proposed: number;
        quantity: number;
        retirements: number;
        status: string;
      } | null;
      pools: {
        backbone: number;
        doubleQualifiedShare: number | null;
        leader: number;
        master: number;
        researchers: number;
        reserve: number;
        studios: number;
      };
      proposal: {
        forShortage: number;
        proposed: number;
        replacement: number;
        retirements: number;
      };
      rotation: {
        backboneMet: boolean;
        backboneRotating: number;
        backboneTarget: number;
        eligible: number;
        met: boolean;
        rotating: number;
        share: number | null;
        target: number;
      };
      rule: {
        fromYear: number;
        /** @enum {string} */
        postRounding: "round" | "ceil" | "floor";
        province: string;
        /** @enum {string} */
        recruitRounding: "round" | "ceil" | "floor";
        retirementsPerRecruit: number;
      };
      schoolYear: number;
      sentences: {
        link: string;
        text: string;
      }[];
      shortages: {
        label: string;
        schoolsShort: number;
        shortage: number;
        subject: string;
      }[];
      structure: {
        aged50: number;
        ageingShare: number | null;
        averageAge: number | null;
        total: number;
      };
      today: string;
      training: {
        behind: number;
        complete: number;
        cycleEnd: string;
        cycleStart: string;
        nationalParticipants: number;
        provincialParticipants: number;
        rate: number | null;
        total: number;
      };
    };
    StaffingPools: {
      activeResearchers: number;
      doubleQualified: number;
      doubleQualifiedShare: number | null;
      expiringWithinYear: number;
      recognitions: {
        active: boolean;
        expiresOn: string | null;
        id: string;
        level: string;
        levelLabel: string;
        name: string;
        recognisedOn: string;
        schoolName: string;
        staffId: string;
        tier: string;
        tierLabel: string;
      }[];
      researchers: {
        appointedOn: string;
        id: string;
        label: string;
        name: string;
        termEndsOn: string | null;
      }[];
      reserve: {
        assessedOn: string | null;
        assessment: string | null;
        criteria: string;
        id: string;
        joinedOn: string;
        name: string;
        schoolName: string;
        staffId: string;
        /** @enum {string} */
        status: "active" | "left";
      }[];
      reserveActive: number;
      studios: {
        activities: {
          on: string;
          participants: number;
          title: string;
        }[];
        foundedOn: string;
        host: string;
        hostStaffId: string;
        id: string;
        label: string;
        memberList: {
          joinedOn: string;
          name: string;
          schoolName: string;
          staffId: string;
        }[];
        members: number;
        name: string;
        subject: string;
      }[];
      tiers: {
        backbone: number;
        leader: number;
        master: number;
      };
      vocationalTeachers: number;
    };
    StaffingRecruitment: {
      needs: {
        count: number;
        createdAt: string;
        id: string;
        label: string;
        planned: number | null;
        reason: string;
        schoolId: string;
        schoolName: string;
        subject: string;
      }[];
      plan: {
        approvedAt: string | null;
        arrived: number;
        id: string;
        lines: {
          arrived: number;
          forShortage: number;
          gap: number;
          id: string;
          label: string;
          note: string;
          proposed: number;
          quantity: number;
          recruits: {
            arrivedOn: string;
            name: string;
            staffId: string;
            staffNumber: string;
          }[];
          replacement: number;
          retirements: number;
          schoolId: string;
          schoolName: string;
          subject: string;
        }[];
        proposedTotal: number;
        quantity: number;
        retirements: number;
        /** @enum {string} */
        status: "draft" | "approved";
      } | null;
      proposal: {
        forShortage: number;
        proposed: number;
        replacement: number;
        replacementExact: number;
        retirements: number;
      };
      rule: {
        /** @enum {string} */
        recruitRounding: "round" | "ceil" | "floor";
        retirementsPerRecruit: number;
      };
      schools: {
        id: string;
        name: string;
      }[];
      schoolYear: number;
    };
    StaffingRotation: {
      due: {
        backbone: boolean;
        exemptReason: string | null;
        label: string;
        name: string;
        schoolId: string;
        schoolName: string;
        since: string;
        staffId: string;
        staffNumber: string;
        targetSchool: boolean;
        years: number;
      }[];
      figures: {
        backboneMet: boolean;
        backboneRotating: number;
        backboneShare: number | null;
        backboneTarget: number;
        eligibleAtTargetSchools: number;
        met: boolean;
        rotating: number;
        share: number | null;
        target: number;
      };
      rotations: {
        decisionNote: string | null;
        endDate: string | null;
        fromSchool: string;
        id: string;
        name: string;
        note: string;
        staffId: string;
        startDate: string | null;
        /** @enum {string} */
        status: "proposed" | "approved" | "rejected";
        toSchool: string | null;
      }[];
      schools: {
        id: string;
        name: string;
      }[];
      schoolYear: number;
    };
    StaffingSettings: {
      boardingStudentsPerPost: number;
      curriculum: {
        [key: string]: {
          [key: string]: number;
        };
      };
      cycleHours: number;
      cycleStartYear: number;
      forecastYears: number;
      fromYear: number;
      fullWorkload: {
        junior: number;
        primary: number;
        senior: number;
      };
      inclusiveStudentsPerPost: number;
      /** @enum {string} */
      postRounding: "round" | "ceil" | "floor";
      postsPerClass: {
        junior: number;
        primary: number;
        senior: number;
      };
      principalTermYears: number;
      province: string;
      /** @enum {string} */
      recruitRounding: "round" | "ceil" | "floor";
      retirementsPerRecruit: number;
      rotationBackboneMinShare: number;
      rotationMinShare: number;
      rotationYears: number;
      schoolBasedMaxShare: number;
      smallSchoolStudents: number;
      specialStudentsPerPost: number;
      studentsPerPost: {
        junior: number;
        primary: number;
        senior: number;
      };
    };
    StaffingSettingsView: {
      history: {
        fromYear: number;
        province: string;
        updatedAt: string;
      }[];
      settings: components["schemas"]["StaffingSettings"];
      stored: boolean;
    };
    StaffingStructure: {
      aged50: number;
      ageingShare: number | null;
      asOf: string;
      averageAge: number | null;
      byBackbone: {
        code: string;
        count: number;
        label: string;
      }[];
      byGender: {
        code: string;
        count: number;
        label: string;
      }[];
      byLocality: {
        code: string;
        count: number;
        label: string;
      }[];
      byQualification: {
        code: string;
        count: number;
        label: string;
      }[];
      byStage: {
        code: string;
        count: number;
        label: string;
      }[];
      bySubject: {
        code: string;
        count: number;
        label: string;
      }[];
      byTitle: {
        code: string;
        count: number;
        label: string;
      }[];
      forecast: {
        county: {
          byYear: number[];
          overdue: number;
          total: number;
        };
        rows: {
          byYear: number[];
          label: string;
          overdue: number;
          schoolId: string;
          schoolName: string;
          subject: string | null;
          total: number;
        }[];
        years: number[];
      };
      pyramid: {
        band: string;
        F: number;
        M: number;
      }[];
      schoolYear: number;
      total: number;
    };
    StaffingTraining: {
      behind: number;
      complete: number;
      cycle: {
        end: string;
        start: string;
        startYear: number;
      };
      hoursByYear: {
        hours: number;
        year: number;
      }[];
      nationalParticipants: number;
      provincialParticipants: number;
      rate: number | null;
      schools: {
        behind: number;
        complete: number;
        rate: number | null;
        schoolId: string;
        schoolName: string;
        teachers: number;
      }[];
      teachers: {
        behind: boolean;
        complete: boolean;
        counted: number;
        expected: number;
        name: string;
        percent: number;
        required: number;
        schoolBased: number;
        schoolName: string;
        staffId: string;
        staffNumber: string;
        subject: string;
        total: number;
      }[];
      teachersTotal: number;
      total: number;
    };
    StaffLeft: {
      /** Format: date */
      on: string;
      reason: string;
      schoolYear: number;
    };
    StaffRow: {
      backboneLevel: string;
      birthDate: string;
      establishment: string;
      ethnicity: string;
      fullTime: boolean;
      gender: string;
      hasCertificate: boolean;
      hireDate: string | null;
      id: string;
      name: string;
      postType: string;
      qualification: string;
      residentIdMasked: string | null;
      retirementDate: string;
      schoolId: string;
      schoolName: string;
      schoolYear: number;
      staffNumber: string;
      stageTaught: string | null;
      status: string;
      subject: string | null;
      title: string;
    };
    StudentChanges: {
      address?: string | null;
      dibao?: boolean;
      disability?: string | null;
      /** @enum {string|null} */
      disabilityPlacement?: "随班就读" | "特教学校" | "送教上门" | null;
      ethnicity?: string;
      guardianName?: string | null;
      guardianPhone?: string | null;
      /** @enum {string} */
      householdType?: "urban" | "rural";
      leftBehind?: boolean;
      migrant?: boolean;
      name?: string;
      orphan?: boolean;
      povertyRegistered?: boolean;
    };
    StudentDetail: {
      enrollments: {
        classId: string | null;
        className: string | null;
        enteredOn: string | null;
        fromSchoolId: string | null;
        grade: number;
        leftOn: string | null;
        schoolId: string;
        schoolName: string;
        schoolYear: number;
        status: string;
        toSchoolId: string | null;
      }[];
      pendingTransfer: components["schemas"]["TransferRow"];
      student: {
        address: string | null;
        birthDate: string;
        dibao: boolean;
        disability: string | null;
        disabilityPlacement: string | null;
        ethnicity: string;
        gender: string;
        guardianName: string | null;
        guardianPhone: string | null;
        householdInCounty: boolean;
        householdType: string;
        id: string;
        leftBehind: boolean;
        migrant: boolean;
        name: string;
        orphan: boolean;
        povertyRegistered: boolean;
        residentIdMasked: string | null;
        studentNumber: string;
      };
    };
    StudentRow: {
      birthDate: string;
      className: string | null;
      /** @enum {string} */
      gender: "M" | "F";
      grade: number;
      id: string;
      name: string;
      residentIdMasked: string | null;
      schoolId: string;
      schoolName: string;
      /** @enum {string} */
      status: "enrolled" | "suspended" | "transferred_out" | "graduated" | "dropped_out" | "deceased";
      studentNumber: string;
    };
    TransferRow: {
      can: {
        cancel: boolean;
        receive: boolean;
        reject: boolean;
      };
      daysPending: number | null;
      decidedOn: string | null;
      decisionNote: string | null;
      destination: string | null;
      fromSchoolId: string;
      fromSchoolName: string;
      id: string;
      initiatedOn: string;
      overdue: boolean;
      reason: string;
      schoolYear: number;
      /** @enum {string} */
      status: "pending" | "received" | "rejected" | "cancelled" | "left_county";
      statusLabel: string;
      studentId: string;
      studentName: string;
      studentNumberMasked: string;
      toSchoolId: string | null;
      toSchoolName: string | null;
    } | null;
    UpdateUser: {
      disabled?: boolean;
      displayName?: string;
      /** @enum {string} */
      role?: "admin" | "leader" | "section" | "school_admin" | "teacher" | "inspector" | "township";
      /** Format: uuid */
      schoolId?: string | null;
      /** @enum {string|null} */
      section?:
        | "basic_education"
        | "personnel"
        | "supervision"
        | "safety"
        | "finance"
        | "research"
        | "admissions"
        | "office"
        | "preschool_education"
        | "health_arts"
        | null;
      /** Format: uuid */
      staffId?: string | null;
      townCode?: string | null;
    };
    User: {
      createdAt: string;
      disabled: boolean;
      displayName: string;
      id: string;
      isDemo: boolean;
      lastLoginAt: string | null;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      /** @enum {string} */
      role: "admin" | "leader" | "section" | "school_admin" | "teacher" | "inspector" | "township";
      schoolId: string | null;
      schoolName: string | null;
      /** @enum {string|null} */
      section:
        | "basic_education"
        | "personnel"
        | "supervision"
        | "safety"
        | "finance"
        | "research"
        | "admissions"
        | "office"
        | "preschool_education"
        | "health_arts"
        | null;
      staffId: string | null;
      townCode: string | null;
      townName: string | null;
      username: string;
    };
    UserTowns: {
      rows: {
        code: string;
        name: string;
      }[];
    };
    WorkReport: {
      canExport: boolean;
      countyName: string;
      groups: {
        group: string;
        items: components["schemas"]["WorkReportItem"][];
        label: string;
      }[];
      year: number;
    };
    WorkReportItem: {
      canEdit: boolean;
      edited: {
        at: string;
        by: string;
        text: string;
      } | null;
      figure: components["schemas"]["CockpitFigure"];
      footnote: string;
      generated: string;
      key: string;
      name: string;
      sentence: string;
      stale: boolean;
    };
    YearEndChecks: {
      canResolve: boolean;
      items: {
        code: string;
        detail: string;
        figureKey: string | null;
        /** @enum {string} */
        kind: "totals" | "jump" | "norm";
        records: {
          detail: string;
          id: string;
          label: string;
        }[];
        resolution: {
          at: string;
          by: string;
          note: string;
          /** @enum {string} */
          status: "fixed" | "explained";
        } | null;
        title: string;
      }[];
      jumpRatio: number;
      year: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAdmissionsEvents: {
    parameters: {
      query?: {
        kind?: "class_allocation" | "lottery" | "quota";
        status?: "draft" | "frozen" | "drawn" | "published";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 活动列表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["DrawEventRow"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsEventsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteAdmissionsEventsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已删除 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsEventsByIdClassListsXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": {
          /** @default null */
          override?: {
            confirmStudents: number;
            reason: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdContributions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          role: string;
          value: string;
        };
      };
    };
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsEventsByIdFilesByWhich: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        which: "input" | "result";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 文件(规范化 JSON) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdRerun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date-time */
          eventTime: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description 新活动 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsByIdRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": {
          /** @default null */
          override?: {
            confirmStudents: number;
            reason: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description 活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsAllocation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default [] */
          balance?: ("留守儿童" | "随迁子女")[];
          classes: number;
          /** Format: date-time */
          eventTime: string;
          /** @default {} */
          familyChoices?: {
            [key: string]: "together" | "apart";
          };
          grade: number;
          /** @default [] */
          headTeacherIds?: string[];
          /** Format: uuid */
          schoolId: string;
          schoolYear: number;
          title: string;
        };
      };
    };
    responses: {
      /** @description 已创建(草稿) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsLottery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          applicants: {
            /** @default null */
            family?: string | null;
            name: string;
            tier: number;
          }[];
          /** Format: date-time */
          eventTime: string;
          places: number;
          tiers: {
            label: string;
            tier: number;
          }[];
          title: string;
        };
      };
    };
    responses: {
      /** @description 已创建(草稿) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsEventsQuota: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @default graduates
           * @enum {string}
           */
          baseKind?: "graduates" | "enrolled" | "registered";
          /** @default [] */
          candidates?: {
            code: string;
            school: string;
            score: number;
            /** @default [] */
            tieScores?: number[];
          }[];
          /** Format: date-time */
          eventTime: string;
          /** @default 0 */
          floorLine?: number;
          plan: number;
          /** @default 100 */
          ruralWeightPercent?: number;
          schoolYear: number;
          /** @default null */
          seniorSchool?: {
            code: string;
            name: string;
          } | null;
          /**
           * Format: uuid
           * @default null
           */
          seniorSchoolId?: string | null;
          /** @default 50 */
          sharePercent?: number;
          /** @default [] */
          tieBreakNames?: string[];
          title: string;
        };
      };
    };
    responses: {
      /** @description 已创建(草稿) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsIntake: {
    parameters: {
      query: {
        grade?: number | null;
        schoolId: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 新生概况 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            attributes: string[];
            boys: number;
            families: {
              family: string;
              members: string[];
            }[];
            girls: number;
            leftBehind: number;
            migrant: number;
            specialNeeds: number;
            studentsInClasses: number;
            teachers: {
              name: string;
              staffId: string;
              subject: string | null;
            }[];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsQuotaBases: {
    parameters: {
      query: {
        baseKind?: "graduates" | "enrolled" | "registered";
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 初中分配基数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              base: number;
              code: string;
              id: string;
              locality: string;
              name: string;
              rural: boolean;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsTemplatesByWhich: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        which: "allocation" | "lottery";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsUploadsAllocation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按阳光分班名单模板填写的 .xlsx 文件
           */
          file: string;
          /** @description JSON:schoolId、title、eventTime、classes、balance、scoreBalancing、headTeachers */
          settings?: string;
        };
      };
    };
    responses: {
      /** @description 已创建(草稿) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsUploadsLottery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按摇号报名名单模板填写的 .xlsx 文件
           */
          file: string;
          /** @description JSON:与创建摇号相同的设置(不含 applicants) */
          settings?: string;
        };
      };
    };
    responses: {
      /** @description 已创建(草稿) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DrawEvent"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsZones: {
    parameters: {
      query: {
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学区 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            problems: {
              field: string;
              message: string;
            }[];
            rows: components["schemas"]["CatchmentZoneCapacity"][];
            schoolYear: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAdmissionsZones: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @default {} */
          places?: {
            [key: string]: number;
          };
          schoolIds: string[];
          /** @enum {string} */
          stage: "primary" | "junior";
          units: string[];
        };
      };
    };
    responses: {
      /** @description 学区 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CatchmentZone"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putAdmissionsZonesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @default {} */
          places?: {
            [key: string]: number;
          };
          schoolIds: string[];
          /** @enum {string} */
          stage: "primary" | "junior";
          units: string[];
        };
      };
    };
    responses: {
      /** @description 学区 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CatchmentZone"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteAdmissionsZonesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已删除 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAdmissionsZonesLookup: {
    parameters: {
      query: {
        address: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 对口学区 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["CatchmentZoneMatch"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        action?: string;
        actor?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        targetId?: string;
        targetType?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 审计记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["AuditRow"][];
            target: {
              id: string;
              label: string | null;
              type: string;
            } | null;
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAuditTargets: {
    parameters: {
      query: {
        q: string;
        type: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 名称匹配的对象(至多20个) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: {
              id: string;
              label: string;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LoginBody"];
      };
    };
    responses: {
      /** @description 已登录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Me"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 尝试过多 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已退出 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 当前用户 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Me"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangePasswordBody"];
      };
    };
    responses: {
      /** @description 已修改 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBackups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 备份文件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              createdAt: string;
              /** @enum {string} */
              kind: "backup" | "upload";
              name: string;
              size: number;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBackups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/octet-stream": string;
      };
    };
    responses: {
      /** @description 已上传 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            createdAt: string;
            /** @enum {string} */
            kind: "backup" | "upload";
            name: string;
            size: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBackupsByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 备份文件(.jsonl.gz) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/gzip": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteBackupsByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已删除 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBackupsByNameRestore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          confirmation: string;
          passphrase: string;
        };
      };
    };
    responses: {
      /** @description 已恢复 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            backupCreatedAt: string;
            keyReplaced: boolean;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 密钥不符或正在恢复 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBackupsMake: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          passphrase: string;
        };
      };
    };
    responses: {
      /** @description 新备份 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            createdAt: string;
            /** @enum {string} */
            kind: "backup" | "upload";
            name: string;
            size: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceConfigAnswer"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putBalanceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BalanceConfig"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            config: components["schemas"]["BalanceConfig"];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceOverview: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 测算结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceOverview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceReportDocx: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 监测报告(Word,含图表;全县读者,记入审计) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceReportXlsx: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 监测表格(Excel;全县读者,记入审计) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceScenarios: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 方案 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["BalanceScenarioSummary"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBalanceScenarios: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          adjustments: components["schemas"]["BalanceAdjustment"][];
          name: string;
          /** @default  */
          note?: string;
          schoolYear: number;
          /** @enum {string} */
          stage: "primary" | "junior";
        };
      };
    };
    responses: {
      /** @description 已保存 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceScenario"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceScenariosById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 方案 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceScenario"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteBalanceScenariosById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已删除 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            ok: boolean;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceSchoolsById: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceSchoolBalance"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceSnapshots: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceSnapshotList"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBalanceSnapshots: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default  */
          note?: string;
          schoolYear: number;
          /** @enum {string} */
          stage: "primary" | "junior";
        };
      };
    };
    responses: {
      /** @description 已发布 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceSnapshotSummary"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceSnapshotsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceSnapshot"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceTrend: {
    parameters: {
      query?: {
        stage?: "primary" | "junior";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 趋势 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceTrend"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postBalanceWhatIf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          adjustments: components["schemas"]["BalanceAdjustment"][];
          schoolYear: number;
          /** @enum {string} */
          stage: "primary" | "junior";
        };
      };
    };
    responses: {
      /** @description 调整前后 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BalanceWhatIf"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getBalanceYears: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学年 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            years: number[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExams: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 考试 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["Exam"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postExams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExamInput"];
      };
    };
    responses: {
      /** @description 已创建 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Exam"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 考试详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  patchExamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExamPatch"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Exam"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 分析概览 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamAnalysisView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdAnalysisGroups: {
    parameters: {
      query: {
        groupId?: string;
        level: "class" | "teacher";
        order?: "asc" | "desc";
        page?: number;
        /** @description 每科返回一页;不填时返回全部 */
        pageSize?: number;
        schoolId?: string;
        /** @description 按哪项排序;不填时按编号顺序。实考为 0 的组总在最后 */
        sort?: "mean" | "rank" | "excellent" | "good" | "pass" | "low";
        subject?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 班级或教师的分析 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamAnalysisGroupsView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postExamsByIdCorrections: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note: string;
        };
      };
    };
    responses: {
      /** @description 更正版本 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Exam"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postExamsByIdImports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postExamsByIdImportsByJobIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            added: number;
            written: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdImportsByJobIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdItems: {
    parameters: {
      query: {
        schoolId?: string;
        subject: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 试题分析 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamItemsView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postExamsByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已发布 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Exam"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdRosterXlsx: {
    parameters: {
      query?: {
        reason?: string;
        /** @description 导出完整学籍号(需要查看个人信息的权限,并填写事由) */
        reveal?: "0" | "1" | "true" | "false";
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 考号名单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdSchoolsBySchoolIdReportDocx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        schoolId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdStudents: {
    parameters: {
      query?: {
        classId?: string;
        page?: number;
        pageSize?: number;
        schoolId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学生成绩 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamStudentsView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putExamsByIdSubjectsByCodeItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ExamItemsInput"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Exam"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdTablesXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 分析表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdTemplateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getExamsByIdValueAdded: {
    parameters: {
      query?: {
        /** @description 以逗号分隔的班级或教师编号(一页的组),最多200个 */
        groupIds?: string;
        level?: "school" | "class" | "teacher";
        schoolId?: string;
        subject?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 增值评价 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExamValueAddedView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态不允许(已发布、有错误等) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessCorrections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 更正记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              /** @description 更正的单元格,如“50米跑 十年级 女 74分” */
              cell: string;
              createdAt: string;
              effectiveFrom: string;
              id: string;
              /** @enum {string} */
              kind: "item" | "bmi";
              next: string;
              previous: string;
              reason: string;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postFitnessCorrections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          effectiveFrom: string;
          grade: number;
          /** @enum {string} */
          item?:
            | "vital"
            | "run50"
            | "sit_reach"
            | "rope"
            | "situp"
            | "shuttle"
            | "jump"
            | "pullup"
            | "run1000"
            | "run800";
          /** @enum {string} */
          kind: "item" | "bmi";
          /** @enum {string} */
          level?: "正常" | "低体重" | "超重" | "肥胖";
          max?: number | null;
          min?: number | null;
          reason: string;
          score?: number;
          /** @enum {string} */
          sex: "male" | "female";
          threshold?: number | null;
        };
      };
    };
    responses: {
      /** @description 更正记录 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description 更正的单元格,如“50米跑 十年级 女 74分” */
            cell: string;
            createdAt: string;
            effectiveFrom: string;
            id: string;
            /** @enum {string} */
            kind: "item" | "bmi";
            next: string;
            previous: string;
            reason: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessFigures: {
    parameters: {
      query?: {
        schoolId?: string;
        testYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 统计 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            byClass: {
              classId: string;
              className: string;
              figures: {
                bmi: {
                  "\u4F4E\u4F53\u91CD": number;
                  "\u6B63\u5E38": number;
                  "\u80A5\u80D6": number;
                  "\u8D85\u91CD": number;
                };
                bmiMeasured: number;
                deferred: number;
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                exempt: number;
                fail: number;
                good: number;
                /** @description 比率(0–1),无分母时为空 */
                goodRate: number | null;
                /** @description 已测但缺项、无总分的人数 */
                incomplete: number;
                items: {
                  /** @enum {string} */
                  component:
                    | "bmi"
                    | "vital"
                    | "run50"
                    | "sit_reach"
                    | "rope"
                    | "situp"
                    | "shuttle"
                    | "jump"
                    | "pullup"
                    | "run1000"
                    | "run800";
                  label: string;
                  meanScore: number;
                  n: number;
                  passRate: number;
                }[];
                meanTotal: number | null;
                /** @description 比率(0–1),无分母时为空 */
                obesityRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                overweightRate: number | null;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                records: number;
                /** @description 有效成绩人数:各比率的分母 */
                scored: number;
                /** @description 已测人数(不含免测、缓测) */
                tested: number;
                /** @description 平均单项得分最低的项目(中文名) */
                weakest: string[];
              };
              grade: number;
            }[];
            byGradeSex: {
              figures: {
                bmi: {
                  "\u4F4E\u4F53\u91CD": number;
                  "\u6B63\u5E38": number;
                  "\u80A5\u80D6": number;
                  "\u8D85\u91CD": number;
                };
                bmiMeasured: number;
                deferred: number;
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                exempt: number;
                fail: number;
                good: number;
                /** @description 比率(0–1),无分母时为空 */
                goodRate: number | null;
                /** @description 已测但缺项、无总分的人数 */
                incomplete: number;
                items: {
                  /** @enum {string} */
                  component:
                    | "bmi"
                    | "vital"
                    | "run50"
                    | "sit_reach"
                    | "rope"
                    | "situp"
                    | "shuttle"
                    | "jump"
                    | "pullup"
                    | "run1000"
                    | "run800";
                  label: string;
                  meanScore: number;
                  n: number;
                  passRate: number;
                }[];
                meanTotal: number | null;
                /** @description 比率(0–1),无分母时为空 */
                obesityRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                overweightRate: number | null;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                records: number;
                /** @description 有效成绩人数:各比率的分母 */
                scored: number;
                /** @description 已测人数(不含免测、缓测) */
                tested: number;
                /** @description 平均单项得分最低的项目(中文名) */
                weakest: string[];
              };
              grade: number;
              /** @enum {string} */
              sex: "male" | "female";
            }[];
            bySchool: {
              belowCounty: boolean;
              enrolled: number;
              figures: {
                bmi: {
                  "\u4F4E\u4F53\u91CD": number;
                  "\u6B63\u5E38": number;
                  "\u80A5\u80D6": number;
                  "\u8D85\u91CD": number;
                };
                bmiMeasured: number;
                deferred: number;
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                exempt: number;
                fail: number;
                good: number;
                /** @description 比率(0–1),无分母时为空 */
                goodRate: number | null;
                /** @description 已测但缺项、无总分的人数 */
                incomplete: number;
                items: {
                  /** @enum {string} */
                  component:
                    | "bmi"
                    | "vital"
                    | "run50"
                    | "sit_reach"
                    | "rope"
                    | "situp"
                    | "shuttle"
                    | "jump"
                    | "pullup"
                    | "run1000"
                    | "run800";
                  label: string;
                  meanScore: number;
                  n: number;
                  passRate: number;
                }[];
                meanTotal: number | null;
                /** @description 比率(0–1),无分母时为空 */
                obesityRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                overweightRate: number | null;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                records: number;
                /** @description 有效成绩人数:各比率的分母 */
                scored: number;
                /** @description 已测人数(不含免测、缓测) */
                tested: number;
                /** @description 平均单项得分最低的项目(中文名) */
                weakest: string[];
              };
              /** @description 毕业年级(六、九、十二年级)的毕业成绩;无毕业年级时为空 */
              graduation: {
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                fail: number;
                /** @description 本学段没有其他学年成绩、按毕业当年总分计的人数 */
                finalYearOnly: number;
                good: number;
                meanScore: number | null;
                /** @description 毕业当年免测、缓测或成绩不完整,无毕业成绩的人数 */
                noScore: number;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                /** @description 有毕业成绩的人数:各比率的分母 */
                scored: number;
                /** @description 毕业年级学生人数(有本学年记录) */
                students: number;
              } | null;
              schoolId: string;
              schoolName: string;
              townName: string;
            }[];
            byTown: {
              figures: {
                bmi: {
                  "\u4F4E\u4F53\u91CD": number;
                  "\u6B63\u5E38": number;
                  "\u80A5\u80D6": number;
                  "\u8D85\u91CD": number;
                };
                bmiMeasured: number;
                deferred: number;
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                exempt: number;
                fail: number;
                good: number;
                /** @description 比率(0–1),无分母时为空 */
                goodRate: number | null;
                /** @description 已测但缺项、无总分的人数 */
                incomplete: number;
                items: {
                  /** @enum {string} */
                  component:
                    | "bmi"
                    | "vital"
                    | "run50"
                    | "sit_reach"
                    | "rope"
                    | "situp"
                    | "shuttle"
                    | "jump"
                    | "pullup"
                    | "run1000"
                    | "run800";
                  label: string;
                  meanScore: number;
                  n: number;
                  passRate: number;
                }[];
                meanTotal: number | null;
                /** @description 比率(0–1),无分母时为空 */
                obesityRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                overweightRate: number | null;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                records: number;
                /** @description 有效成绩人数:各比率的分母 */
                scored: number;
                /** @description 已测人数(不含免测、缓测) */
                tested: number;
                /** @description 平均单项得分最低的项目(中文名) */
                weakest: string[];
              };
              townName: string;
            }[];
            countyName: string;
            /** @description 学籍在校生人数(测试覆盖的参照) */
            enrolled: number | null;
            /** @description 毕业成绩(所选范围内六、九、十二年级的学生) */
            graduation: {
              byGrade: {
                /** @description 毕业成绩 = 毕业当年总分 × 50% + 本学段其他学年总分平均 × 50% */
                figures: {
                  excellent: number;
                  /** @description 比率(0–1),无分母时为空 */
                  excellentGoodRate: number | null;
                  /** @description 比率(0–1),无分母时为空 */
                  excellentRate: number | null;
                  fail: number;
                  /** @description 本学段没有其他学年成绩、按毕业当年总分计的人数 */
                  finalYearOnly: number;
                  good: number;
                  meanScore: number | null;
                  /** @description 毕业当年免测、缓测或成绩不完整,无毕业成绩的人数 */
                  noScore: number;
                  pass: number;
                  /** @description 比率(0–1),无分母时为空 */
                  passRate: number | null;
                  /** @description 有毕业成绩的人数:各比率的分母 */
                  scored: number;
                  /** @description 毕业年级学生人数(有本学年记录) */
                  students: number;
                };
                grade: number;
              }[];
              /** @description 毕业成绩 = 毕业当年总分 × 50% + 本学段其他学年总分平均 × 50% */
              total: {
                excellent: number;
                /** @description 比率(0–1),无分母时为空 */
                excellentGoodRate: number | null;
                /** @description 比率(0–1),无分母时为空 */
                excellentRate: number | null;
                fail: number;
                /** @description 本学段没有其他学年成绩、按毕业当年总分计的人数 */
                finalYearOnly: number;
                good: number;
                meanScore: number | null;
                /** @description 毕业当年免测、缓测或成绩不完整,无毕业成绩的人数 */
                noScore: number;
                pass: number;
                /** @description 比率(0–1),无分母时为空 */
                passRate: number | null;
                /** @description 有毕业成绩的人数:各比率的分母 */
                scored: number;
                /** @description 毕业年级学生人数(有本学年记录) */
                students: number;
              };
            };
            methodNotes: string[];
            schoolsBelow: {
              passRate: number;
              schoolId: string;
              schoolName: string;
            }[];
            /** @enum {string} */
            scope: "county" | "school" | "classes";
            /** @description 工作报告用语 */
            sentence: string;
            testYear: number | null;
            total: {
              bmi: {
                "\u4F4E\u4F53\u91CD": number;
                "\u6B63\u5E38": number;
                "\u80A5\u80D6": number;
                "\u8D85\u91CD": number;
              };
              bmiMeasured: number;
              deferred: number;
              excellent: number;
              /** @description 比率(0–1),无分母时为空 */
              excellentGoodRate: number | null;
              /** @description 比率(0–1),无分母时为空 */
              excellentRate: number | null;
              exempt: number;
              fail: number;
              good: number;
              /** @description 比率(0–1),无分母时为空 */
              goodRate: number | null;
              /** @description 已测但缺项、无总分的人数 */
              incomplete: number;
              items: {
                /** @enum {string} */
                component:
                  | "bmi"
                  | "vital"
                  | "run50"
                  | "sit_reach"
                  | "rope"
                  | "situp"
                  | "shuttle"
                  | "jump"
                  | "pullup"
                  | "run1000"
                  | "run800";
                label: string;
                meanScore: number;
                n: number;
                passRate: number;
              }[];
              meanTotal: number | null;
              /** @description 比率(0–1),无分母时为空 */
              obesityRate: number | null;
              /** @description 比率(0–1),无分母时为空 */
              overweightRate: number | null;
              pass: number;
              /** @description 比率(0–1),无分母时为空 */
              passRate: number | null;
              records: number;
              /** @description 有效成绩人数:各比率的分母 */
              scored: number;
              /** @description 已测人数(不含免测、缓测) */
              tested: number;
              /** @description 平均单项得分最低的项目(中文名) */
              weakest: string[];
            };
            trend: {
              /** @description 比率(0–1),无分母时为空 */
              excellentGoodRate: number | null;
              /** @description 比率(0–1),无分母时为空 */
              excellentRate: number | null;
              meanTotal: number | null;
              /** @description 比率(0–1),无分母时为空 */
              obesityRate: number | null;
              /** @description 比率(0–1),无分母时为空 */
              overweightRate: number | null;
              /** @description 比率(0–1),无分母时为空 */
              passRate: number | null;
              scored: number;
              testYear: number;
            }[];
            /** @description 评分所用的评分表版本 */
            versions: string[];
            years: number[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessFiguresExport: {
    parameters: {
      query?: {
        schoolId?: string;
        testYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 统计表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postFitnessImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件,最大 30 MB
           */
          file: string;
          /** @description 测试学年(如 2026 表示 2026—2027 学年),默认为当前学年 */
          year?: number;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postFitnessImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessImportsTemplateXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessNationalUploadXlsx: {
    parameters: {
      query: {
        /** @description 导出完整学籍号的事由;不填时学籍号脱敏(可核对,不能直接上报) */
        reason?: string;
        schoolId?: string;
        testYear: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 上报数据文件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postFitnessRescore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          schoolId: string;
          testYear: number;
        };
      };
    };
    responses: {
      /** @description 评分批次 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            batchId: string;
            rows: number;
            scored: number;
            version: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessResults: {
    parameters: {
      query?: {
        classId?: string;
        grade?: number;
        page?: number;
        pageSize?: number;
        schoolId?: string;
        status?: "tested" | "exempt" | "deferred" | "incomplete" | "fail";
        /** @description 测试学年,默认为有成绩的最近学年 */
        testYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 成绩 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              /** @enum {string|null} */
              band: "excellent" | "good" | "pass" | "fail" | null;
              bandLabel: string | null;
              bmi: number | null;
              bmiLevel: string | null;
              bonus: number;
              className: string | null;
              exemptReason: string | null;
              grade: number;
              id: string;
              /** @description 缺测项目(中文名) */
              missing: string[];
              name: string;
              schoolId: string;
              schoolName: string;
              /** @enum {string} */
              sex: "male" | "female";
              standardScore: number | null;
              standardVersion: string;
              /** @enum {string} */
              status: "tested" | "exempt" | "deferred";
              /** @description 学籍号(已脱敏) */
              studentNumber: string;
              testYear: number;
              total: number | null;
            }[];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessResultsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 成绩详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            bonus: {
              beyond: number;
              /** @enum {string} */
              item:
                | "vital"
                | "run50"
                | "sit_reach"
                | "rope"
                | "situp"
                | "shuttle"
                | "jump"
                | "pullup"
                | "run1000"
                | "run800";
              label: string;
              points: number;
            }[];
            components: {
              advice: string | null;
              /** @enum {string} */
              component:
                | "bmi"
                | "vital"
                | "run50"
                | "sit_reach"
                | "rope"
                | "situp"
                | "shuttle"
                | "jump"
                | "pullup"
                | "run1000"
                | "run800";
              /** @description 成绩的显示形式,如 3′55″ */
              display: string;
              /** @description 成绩 → 标准 → 得分 → 权重 的说明 */
              explanation: string;
              label: string;
              nextScore: number | null;
              nextThreshold: number | null;
              score: number | null;
              threshold: number | null;
              unit: string;
              value: number | null;
              weight: number;
              weighted: number | null;
            }[];
            exemptProof: string | null;
            explanation: string;
            graduation: {
              bandLabel: string;
              explanation: string;
              finalYearOnly: boolean;
              score: number;
            } | null;
            heightCm: number | null;
            history: {
              bandLabel: string | null;
              grade: number;
              id: string;
              standardVersion: string;
              testYear: number;
              total: number | null;
            }[];
            result: {
              /** @enum {string|null} */
              band: "excellent" | "good" | "pass" | "fail" | null;
              bandLabel: string | null;
              bmi: number | null;
              bmiLevel: string | null;
              bonus: number;
              className: string | null;
              exemptReason: string | null;
              grade: number;
              id: string;
              /** @description 缺测项目(中文名) */
              missing: string[];
              name: string;
              schoolId: string;
              schoolName: string;
              /** @enum {string} */
              sex: "male" | "female";
              standardScore: number | null;
              standardVersion: string;
              /** @enum {string} */
              status: "tested" | "exempt" | "deferred";
              /** @description 学籍号(已脱敏) */
              studentNumber: string;
              testYear: number;
              total: number | null;
            };
            weightKg: number | null;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessResultsByIdCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 报告单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getFitnessStandard: {
    parameters: {
      query?: {
        grade?: number;
        sex?: "male" | "female";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 评分表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            bmi: {
              /** @enum {string} */
              level: "正常" | "低体重" | "超重" | "肥胖";
              max: number | null;
              min: number | null;
              score: number;
            }[];
            bonus: {
              /** @enum {string} */
              item:
                | "vital"
                | "run50"
                | "sit_reach"
                | "rope"
                | "situp"
                | "shuttle"
                | "jump"
                | "pullup"
                | "run1000"
                | "run800";
              label: string;
              maxPoints: number;
              steps: {
                beyond: number;
                points: number;
              }[];
            }[];
            confidence: {
              [key: string]: string;
            };
            grade: number;
            items: {
              /** @enum {string} */
              item:
                | "vital"
                | "run50"
                | "sit_reach"
                | "rope"
                | "situp"
                | "shuttle"
                | "jump"
                | "pullup"
                | "run1000"
                | "run800";
              label: string;
              levels: {
                alternatives: {
                  source: string;
                  value: number;
                }[];
                corrected: boolean;
                disputed: boolean;
                score: number;
                /** @description 达到该档的成绩;空白档为空(不可达到) */
                threshold: number | null;
              }[];
              lowerIsBetter: boolean;
              unit: string;
            }[];
            mayCorrect: boolean;
            name: string;
            /** @enum {string} */
            sex: "male" | "female";
            sourceNote: string;
            /** @description 当前有效版本,如 GB2014 或 GB2014+2 */
            version: string;
            weights: {
              /** @enum {string} */
              component:
                | "bmi"
                | "vital"
                | "run50"
                | "sit_reach"
                | "rope"
                | "situp"
                | "shuttle"
                | "jump"
                | "pullup"
                | "run1000"
                | "run800";
              label: string;
              weight: number;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 运行正常 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {string} */
            database: "pglite" | "postgresql";
            /** @description 只读副本(DATABASE_READ_URL) */
            replica: {
              /** @description 副本尚未重放的预写日志字节数 */
              lagBytes: number | null;
              /** @description 副本最后重放的事务落后的秒数(已全部重放时为 0) */
              lagSeconds: number | null;
              /** @description 副本已被提升为主库 */
              promoted: boolean;
              /**
               * @description up:报表类读取走只读副本;down:副本不可用或落后过多,读取改由主库承担
               * @enum {string}
               */
              state: "none" | "up" | "down";
            };
            schemaVersion: number;
            /** @enum {string} */
            status: "ok";
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerEvidenceById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 材料 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerEvidenceByIdThumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 缩略图 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "image/jpeg": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerFindings: {
    parameters: {
      query?: {
        category?: string;
        extensionRequested?: "0" | "1" | "true" | "false";
        from?: string;
        inspectionId?: string;
        institutionId?: string;
        kind?: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
        open?: "0" | "1" | "true" | "false";
        overdue?: "0" | "1" | "true" | "false";
        page?: number;
        pageSize?: number;
        q?: string;
        schoolId?: string;
        severity?: "minor" | "major" | "critical";
        state?: "pending" | "in_progress" | "awaiting_review" | "closed" | "withdrawn";
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 问题 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            counts: components["schemas"]["LedgerFindingCounts"];
            rows: components["schemas"]["LedgerFinding"][];
            today: string;
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerFindingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 问题详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerFindingDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerFindingsByIdEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description 材料 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerEvidence"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerFindingsByIdTransitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          action:
            | "start"
            | "submit"
            | "pass"
            | "fail"
            | "request_extension"
            | "approve_extension"
            | "reject_extension"
            | "withdraw";
          evidenceIds?: string[];
          newDeadline?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description 问题详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerFindingDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerFindingsExportXlsx: {
    parameters: {
      query?: {
        category?: string;
        extensionRequested?: "0" | "1" | "true" | "false";
        from?: string;
        inspectionId?: string;
        institutionId?: string;
        kind?: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
        open?: "0" | "1" | "true" | "false";
        overdue?: "0" | "1" | "true" | "false";
        page?: number;
        pageSize?: number;
        q?: string;
        schoolId?: string;
        severity?: "minor" | "major" | "critical";
        state?: "pending" | "in_progress" | "awaiting_review" | "closed" | "withdrawn";
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 整改台账 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerInspections: {
    parameters: {
      query?: {
        from?: string;
        kind?: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
        page?: number;
        pageSize?: number;
        schoolId?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 检查记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["LedgerInspection"][];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerInspections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          inspectedOn: string;
          inspectors: string[];
          /** @default [] */
          institutionIds?: string[];
          /** @default [] */
          schoolIds?: string[];
          selfInspection?: boolean;
          summary?: string;
          title: string;
          /** Format: uuid */
          typeId: string;
        };
      };
    };
    responses: {
      /** @description 检查 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInspection"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerInspectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 检查详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInspectionDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerInspectionsByIdFindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          category: string;
          checklistCode?: string | null;
          /** Format: date */
          deadline?: string | null;
          description: string;
          measures?: string | null;
          responsiblePerson: string;
          responsibleUnit?: string | null;
          /** @enum {string} */
          severity: "minor" | "major" | "critical";
          targetIds: string[];
        };
      };
    };
    responses: {
      /** @description 问题 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["LedgerFinding"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerInspectionsByIdNoticeDocx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 通报 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putLedgerInspectionsByIdTargetsByTargetIdChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        targetId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          results: {
            code: string;
            note?: string;
            /** @enum {string} */
            result: "pass" | "fail" | "na";
          }[];
        };
      };
    };
    responses: {
      /** @description 检查详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInspectionDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerInstitutions: {
    parameters: {
      query?: {
        q?: string;
        status?: "operating" | "suspended" | "closed";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 培训机构 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["LedgerInstitution"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerInstitutions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          address: string;
          contact?: string | null;
          licence: string;
          name: string;
          /**
           * @default operating
           * @enum {string}
           */
          status?: "operating" | "suspended" | "closed";
          /** @enum {string} */
          type: "academic" | "arts" | "sports" | "science" | "other";
        };
      };
    };
    responses: {
      /** @description 培训机构 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInstitution"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putLedgerInstitutionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          address: string;
          contact?: string | null;
          licence: string;
          name: string;
          /**
           * @default operating
           * @enum {string}
           */
          status?: "operating" | "suspended" | "closed";
          /** @enum {string} */
          type: "academic" | "arts" | "sports" | "science" | "other";
        };
      };
    };
    responses: {
      /** @description 培训机构 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInstitution"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerReminders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 提醒 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerReminders"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerSchools: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              id: string;
              kind: string;
              name: string;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerStatistics: {
    parameters: {
      query?: {
        from?: string;
        kind?: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 统计 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerStatistics"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getLedgerTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 检查类型 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["LedgerInspectionType"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postLedgerTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          active?: boolean;
          checklist: {
            category: string;
            code: string;
            /** @enum {string} */
            severity: "minor" | "major" | "critical";
            text: string;
          }[];
          /** @default 30 */
          defaultDays?: number;
          /** @enum {string} */
          kind: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
          name: string;
        };
      };
    };
    responses: {
      /** @description 检查类型 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInspectionType"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putLedgerTypesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          active?: boolean;
          checklist: {
            category: string;
            code: string;
            /** @enum {string} */
            severity: "minor" | "major" | "critical";
            text: string;
          }[];
          /** @default 30 */
          defaultDays?: number;
          /** @enum {string} */
          kind: "supervision" | "hazard" | "fee" | "statistics" | "teaching" | "tutoring";
          name: string;
        };
      };
    };
    responses: {
      /** @description 检查类型 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LedgerInspectionType"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 文档 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putPreschoolBirths: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolBirths"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            saved: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolConfigInfo"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putPreschoolConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolConfig"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            config: components["schemas"]["PreschoolConfig"];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postPreschoolImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
          /** @description 填报学年(如 2026 表示 2026—2027 学年),默认为当前学年 */
          year?: number;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postPreschoolImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolImportsTemplateXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolInputs: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 录入数据 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolInputs"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolKindergartensById: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 幼儿园 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolKindergartenDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putPreschoolKindergartensByIdReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolReport"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            updatedAt: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolOverview: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 评估结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolOverview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolPlan: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学位规划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolPlan"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putPreschoolPopulation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolPopulation"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            saved: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolReportDocx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 自评报告(Word,含图表;全县读者,记入审计) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolReportXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 评估表(Excel;全县读者,记入审计) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putPreschoolSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolSurvey"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            ok: boolean;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postPreschoolWhatIf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreschoolWhatIf"];
      };
    };
    responses: {
      /** @description 调整前后 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PreschoolWhatIfResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPreschoolYears: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学年 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            current: number;
            years: number[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPublicDraws: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 公示活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              code: string;
              eventTime: string;
              /** @enum {string} */
              kind: "class_allocation" | "lottery" | "quota";
              publishedAt: string | null;
              schoolName: string | null;
              /** @enum {string} */
              status: "frozen" | "published";
              title: string;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPublicDrawsByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 公示活动 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicDraw"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getPublicDrawsByCodeFilesByWhich: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        which: "input" | "result";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 文件(规范化 JSON) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": unknown;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryClassSizes: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 班额统计 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            bySchool: {
              byCategory: {
                large: number;
                normal: number;
                oversized: number;
                super_large: number;
              };
              classes: number;
              largeShare: number | null;
              largest: number;
              schoolId: string;
              schoolName: string;
              stage: string;
            }[];
            byStage: {
              byCategory: {
                large: number;
                normal: number;
                oversized: number;
                super_large: number;
              };
              classes: number;
              largeShare: number | null;
              stage: string;
            }[];
            county: {
              byCategory: {
                large: number;
                normal: number;
                oversized: number;
                super_large: number;
              };
              classes: number;
              largeShare: number | null;
            };
            schoolYear: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryClasses: {
    parameters: {
      query?: {
        grade?: number | null;
        schoolId?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 班级 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["ClassRow"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryConditions: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 办学条件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              [key: string]: unknown;
            }[];
            schoolYear: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryExportsStaffXlsx: {
    parameters: {
      query?: {
        postType?: "teacher" | "admin" | "support" | "worker";
        q?: string;
        reason?: string;
        reveal?: "0" | "1" | "true" | "false";
        schoolId?: string;
        subject?:
          | "chinese"
          | "math"
          | "english"
          | "physics"
          | "chemistry"
          | "biology"
          | "history"
          | "geography"
          | "politics"
          | "science"
          | "pe"
          | "music"
          | "art"
          | "it"
          | "psychology"
          | "preschool"
          | "vocational"
          | "special";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 教职工名单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryExportsStudentsXlsx: {
    parameters: {
      query?: {
        q?: string;
        reason?: string;
        reveal?: "0" | "1" | "true" | "false";
        schoolId?: string;
        /** @description 学籍状态,all 为全部;默认 enrolled(在读) */
        status?: "all" | "enrolled" | "suspended" | "transferred_out" | "graduated" | "dropped_out" | "deceased";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学生名单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** @description 办学条件更正导入:更正已填报学年数据的原因(至少4个字),记入审计 */
          correctionReason?: string;
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件,最大 30 MB
           */
          file: string;
          /**
           * @description 导入类型:students 学生、staff 教职工、schools 学校、conditions 办学条件;默认 students
           * @enum {string}
           */
          kind?: "students" | "staff" | "schools" | "conditions";
          /** @description 导入到的学年,默认为最新学年(学校导入不用) */
          year?: number;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryOverview: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 概况 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegistryOverview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryPromotion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description 所确认的预览人数(升级、毕业),必填;与执行时不符则拒绝,须重新预览 */
          confirm?: {
            graduate: number;
            promote: number;
          };
          fromYear: number;
          /** Format: uuid */
          schoolId?: string;
        };
      };
    };
    responses: {
      /** @description 升级结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PromotionResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryPromotionPreview: {
    parameters: {
      query?: {
        /** @description 升级的学年;不填为全县当前学年 */
        fromYear?: number;
        schoolId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 升级预览 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PromotionPreview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryPromotionRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note?: string;
        };
      };
    };
    responses: {
      /** @description 升级申请 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PromotionRequest"] & {
            schoolYear: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistrySchoolDirectory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校目录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["SchoolDirectoryEntry"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistrySchools: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["SchoolSummary"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistrySchools: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SchoolFields"];
      };
    };
    responses: {
      /** @description 已新增 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistrySchoolsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学校 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            conditions: {
              [key: string]: unknown;
            }[];
            events: {
              [key: string]: unknown;
            }[];
            school: {
              [key: string]: unknown;
            };
            years: {
              classes: number;
              schoolYear: number;
              staff: number;
              students: number;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  patchRegistrySchoolsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          latitude?: number | null;
          /** @enum {string} */
          locality?: "urban" | "town" | "rural";
          longitude?: number | null;
          /** @enum {string} */
          ownership?: "public" | "private";
          phone?: string | null;
          principal?: string | null;
        };
      };
    };
    responses: {
      /** @description 已修改 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putRegistrySchoolsByIdConditionsByYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SchoolConditions"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistrySchoolsByIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SchoolEvent"];
      };
    };
    responses: {
      /** @description 已登记 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistrySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学籍参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegistrySettings"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putRegistrySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RegistrySettingsChange"];
      };
    };
    responses: {
      /** @description 已保存 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegistrySettings"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryStaff: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        postType?: "teacher" | "admin" | "support" | "worker";
        q?: string;
        schoolId?: string;
        subject?:
          | "chinese"
          | "math"
          | "english"
          | "physics"
          | "chemistry"
          | "biology"
          | "history"
          | "geography"
          | "politics"
          | "science"
          | "pe"
          | "music"
          | "art"
          | "it"
          | "psychology"
          | "preschool"
          | "vocational"
          | "special";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 教职工 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["StaffRow"][];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewStaff"];
      };
    };
    responses: {
      /** @description 已登记 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
            staffNumber: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryStaffById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 教职工详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            classes: {
              classId: string;
              className: string;
              grade: number;
              subject: string;
            }[];
            employments: {
              backboneLevel: string;
              postType: string;
              qualification: string;
              schoolId: string;
              schoolName: string;
              schoolYear: number;
              status: string;
              subject: string | null;
              title: string;
            }[];
            staff: components["schemas"]["StaffRow"];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  patchRegistryStaffById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StaffChanges"];
      };
    };
    responses: {
      /** @description 已修改 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryStaffByIdLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StaffLeft"];
      };
    };
    responses: {
      /** @description 已标记调离 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryStudents: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        schoolId?: string;
        status?: "all" | "enrolled" | "suspended" | "transferred_out" | "graduated" | "dropped_out" | "deceased";
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学生 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["StudentRow"][];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryStudents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewStudent"];
      };
    };
    responses: {
      /** @description 已登记 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryStudentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学生 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StudentDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  patchRegistryStudentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StudentChanges"];
      };
    };
    responses: {
      /** @description 已修改 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryStudentsByIdReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          reason: string;
        };
      };
    };
    responses: {
      /** @description 身份证号 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            residentId: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTemplatesConditionsXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTemplatesSchoolsXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTemplatesStaffXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTemplatesStudentsXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTransfers: {
    parameters: {
      query?: {
        /** @description 超过多少天未接收视为疑似辍学;不填按全县学籍参数(默认30天) */
        days?: number;
        direction?: "in" | "out" | "all";
        page?: number;
        pageSize?: number;
        schoolId?: string;
        status?: "pending" | "received" | "rejected" | "cancelled" | "left_county";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 转学记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["TransferRow"][];
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryTransfers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          date?: string;
          destination?: string | null;
          reason: string;
          /** Format: uuid */
          studentId: string;
          /** Format: uuid */
          toSchoolId: string | null;
        };
      };
    };
    responses: {
      /** @description 转学申请 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransferRow"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryTransfersByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note: string;
        };
      };
    };
    responses: {
      /** @description 转学申请 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransferRow"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryTransfersByIdReceive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: uuid */
          classId?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description 转学申请 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransferRow"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRegistryTransfersByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note: string;
        };
      };
    };
    responses: {
      /** @description 转学申请 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransferRow"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRegistryTransfersOverdue: {
    parameters: {
      query?: {
        /** @description 超过多少天未接收视为疑似辍学;不填按全县学籍参数(默认30天) */
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 超期转学 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            days: number;
            rows: components["schemas"]["TransferRow"][];
            today: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsCatalogue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 指标目录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["FigureDefinition"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsChecks: {
    parameters: {
      query?: {
        /** @description 同比变化超过该比例即列出(缺省0.2,即20%) */
        jumpRatio?: number;
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 核查清单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["YearEndChecks"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putReportsChecksByCode: {
    parameters: {
      query?: {
        /** @description 同比变化超过该比例即列出(缺省0.2,即20%) */
        jumpRatio?: number;
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path: {
        /** @description 核查项编码 */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResolveCheckBody"];
      };
    };
    responses: {
      /** @description 核查清单 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["YearEndChecks"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsCockpit: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 驾驶舱 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Cockpit"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postReportsDataImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
          /**
           * @description after-school 课后服务、school-counts 学校年度统计、gaokao 高考录取结果、zhongkao 中考录取结果
           * @enum {string}
           */
          kind: "after-school" | "school-counts" | "gaokao" | "zhongkao";
          /** @description 数据所属年度(课后服务为学年,其余为自然年),默认为当前学年 */
          year?: number;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postReportsDataImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataTemplatesAfterSchoolXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataTemplatesGaokaoXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataTemplatesSchoolCountsXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsDataTemplatesZhongkaoXlsx: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsFiguresXlsx: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 指标一览 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsFiguresByKey: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path: {
        /** @description 指标编码(见指标目录) */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 指标明细 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FigureDrill"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsNeedsNow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 待办 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NeedsNow"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsWorkReport: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 工作总结数据 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkReport"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getReportsWorkReportDocx: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 工作总结数据 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putReportsWorkReportSentencesByKey: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path: {
        /** @description 指标编码(见指标目录) */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SentenceBody"];
      };
    };
    responses: {
      /** @description 工作总结数据 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkReport"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteReportsWorkReportSentencesByKey: {
    parameters: {
      query?: {
        /** @description 报告年度;缺省为本学年 */
        year?: number;
      };
      header?: never;
      path: {
        /** @description 指标编码(见指标目录) */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 工作总结数据 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkReport"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionAbsences: {
    parameters: {
      query?: {
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 缺课登记 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionAbsence"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionAbsences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          approvedLeave: boolean;
          /** Format: date */
          fromDate: string;
          /** @default  */
          reason?: string;
          schoolDays: number;
          /** Format: uuid */
          studentId: string;
          /** Format: date */
          toDate: string;
        };
      };
    };
    responses: {
      /** @description 缺课登记 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionCases: {
    parameters: {
      query?: {
        register?: "confirmed" | "open" | "all";
        state?: "verifying" | "confirmed" | "returned" | "closed" | "dismissed";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 个案 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionCase"][];
            today: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionCasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 个案详情 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionCaseDetail"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionCasesByIdEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 照片或PDF
           */
          file: string;
          /** @description 所属劝返记录编号(可选) */
          visitId?: string;
        };
      };
    };
    responses: {
      /** @description 佐证材料 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionCasesByIdTransition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          action: "confirm" | "dismiss" | "record_return" | "relapse" | "verify_return";
          /** @default  */
          note?: string;
          /** Format: date */
          returnedOn?: string;
        };
      };
    };
    responses: {
      /** @description 个案状态 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            state: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionCasesByIdVisits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          method: "home_visit" | "phone" | "school_talk" | "legal_notice" | "other";
          /** @default  */
          note?: string;
          /** @enum {string} */
          outcome: "agreed" | "undecided" | "refused" | "not_found";
          /** Format: date */
          visitedOn: string;
          visitors: string;
        };
      };
    };
    responses: {
      /** @description 劝返记录 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionChildren: {
    parameters: {
      query?: {
        outcome?: "enrolled" | "explained" | "gap" | "unmatched";
        page?: number;
        pageSize?: number;
        q?: string;
        schoolYear?: number;
        townCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 适龄儿童 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rosterId: string | null;
            rows: components["schemas"]["RetentionChild"][];
            schoolYear: number;
            total: number;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putRetentionChildrenByIdExplanation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          detail: string;
          /** @enum {string} */
          kind: "outside_county" | "deceased" | "emigrated" | "home_teaching" | "deferred";
          /**
           * @default null
           * @enum {string|null}
           */
          stage?: "primary" | "junior" | null;
        };
      };
    };
    responses: {
      /** @description 说明 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionChildrenByIdReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          reason: string;
        };
      };
    };
    responses: {
      /** @description 身份信息 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionChildReveal"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionComparisons: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 比对记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionRun"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionComparisonsByKindRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: "roster" | "attendance" | "poverty" | "transfers";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 比对结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionRun"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionEvidenceById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 佐证材料 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionExportsByKind: {
    parameters: {
      query?: {
        month?: string;
        schoolYear?: number;
      };
      header?: never;
      path: {
        kind: "suspects" | "cases" | "zero-reports" | "rates";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 文件 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件,最大 30 MB
           */
          file: string;
          /** @description roster 户籍适龄人口名单;poverty 防返贫监测和低保名单 */
          kind?: string;
          /** @description 名单所属学年(年龄按该年8月31日计算),默认为当前学年 */
          schoolYear?: string;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionOverview: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 概况 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionOverview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionPupils: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学生 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: {
              grade: number;
              name: string;
              studentId: string;
            }[];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionRates: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 入学率与巩固率 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionRates"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionRatesCompute: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 入学率与巩固率 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionRates"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionRatesRecords: {
    parameters: {
      query: {
        rate: "primaryRetention" | "juniorRetention" | "nineYear" | "primaryNet" | "juniorGross" | "compulsory";
        schoolYear: number;
        unit: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionRecords"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionRechecks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 复核记录 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionRecheck"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionRechecks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          note: string;
          quarter: string;
        };
      };
    };
    responses: {
      /** @description 复核 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionReminders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 督办提醒 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionReminder"][];
            since: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionSettings"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putRetentionSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          absenceThresholdDays: number;
          caseDeadlineDays: number;
          keepRoster: boolean;
          leadershipEscalationDays: number;
          returnVerifyDays: number;
          zeroReportDueDay: number;
        };
      };
    };
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RetentionSettings"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionSuspects: {
    parameters: {
      query?: {
        source?: "roster_gap" | "absence" | "transfer";
        status?: "open" | "cleared" | "all";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 疑似辍学 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["RetentionSuspect"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postRetentionSuspectsByIdCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          chain: {
            school: {
              name: string;
              /** @default  */
              phone?: string;
            };
            teacher: {
              name: string;
              /** @default  */
              phone?: string;
            };
            township: {
              name: string;
              /** @default  */
              phone?: string;
            };
            village: {
              name: string;
              /** @default  */
              phone?: string;
            };
          };
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description 个案 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionTemplatesByKind: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path: {
        kind: "roster" | "poverty";
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRetentionZeroReportsByMonth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 零报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            dueDate: string;
            month: string;
            rows: components["schemas"]["RetentionZeroReport"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putRetentionZeroReportsByMonth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        month: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default  */
          note?: string;
          outOfSchool: number;
        };
      };
    };
    responses: {
      /** @description 已填报 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            month: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已清除 */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getSettingsCapabilityOwners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 业务归口 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CapabilityOwners"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postSettingsCapabilityOwners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AssignCapabilityOwner"];
      };
    };
    responses: {
      /** @description 业务归口 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CapabilityOwners"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingDemand: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学科结构 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingDemand"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingEstablishment: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 编制核定 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingEstablishment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingEstablishmentExportXlsx: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 编制核定表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description 培训平台导出并按模板整理的 .xlsx 文件,最大 30 MB
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description 校验结果 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验结果 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingImportsByIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * @description 只导入正确的行(有错误的行不写入)
           * @default false
           */
          onlyValidRows?: boolean;
        };
      };
    };
    responses: {
      /** @description 已导入 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportCommitResult"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingImportsByIdReportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 校验报告 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 已导入、有错误或数据已变化 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingImportsTemplateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingMe: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 本人档案 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingMyRecord"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingOverview: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 概览 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingOverview"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingPools: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 人才梯队 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingPools"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRecognitions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: date
           * @default null
           */
          expiresOn?: string | null;
          /** @enum {string} */
          level: "county" | "city" | "province";
          /** Format: date */
          recognisedOn: string;
          /** Format: uuid */
          staffId: string;
          /** @enum {string} */
          tier: "backbone" | "leader" | "master";
        };
      };
    };
    responses: {
      /** @description 登记骨干教师、学科带头人或名师认定(人事股) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putStaffingRecognitionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: date
           * @default null
           */
          expiresOn?: string | null;
          /** @enum {string} */
          level: "county" | "city" | "province";
          /** Format: date */
          recognisedOn: string;
          /** @enum {string} */
          tier: "backbone" | "leader" | "master";
        };
      };
    };
    responses: {
      /** @description 修改认定的类别、级别或日期(人事股) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingRecruitment: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 招聘计划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRecruitment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRecruitment: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 招聘计划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRecruitment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRecruitmentApprove: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 招聘计划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRecruitment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingRecruitmentExportXlsx: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 招聘计划表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putStaffingRecruitmentLinesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default  */
          note?: string;
          quantity: number;
        };
      };
    };
    responses: {
      /** @description 招聘计划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRecruitment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRecruitmentLinesByIdRecruits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          arrivedOn: string;
          /** @default 汉族 */
          ethnicity?: string;
          /** @default true */
          hasCertificate?: boolean;
          name: string;
          /** @enum {string} */
          qualification: "postgraduate" | "bachelor" | "college" | "secondary" | "below";
          residentId: string;
          /** @enum {string} */
          stageTaught: "preschool" | "primary" | "junior" | "senior" | "vocational" | "special";
          /**
           * @default none
           * @enum {string}
           */
          title?: "senior_high" | "senior" | "intermediate" | "junior" | "entry" | "none";
        };
      };
    };
    responses: {
      /** @description 招聘计划 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRecruitment"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRecruitmentNeeds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          count: number;
          reason: string;
          /** Format: uuid */
          schoolId: string;
          schoolYear: number;
          /** @enum {string} */
          subject:
            | "chinese"
            | "math"
            | "english"
            | "physics"
            | "chemistry"
            | "biology"
            | "history"
            | "geography"
            | "politics"
            | "science"
            | "pe"
            | "music"
            | "art"
            | "it"
            | "psychology"
            | "preschool"
            | "vocational"
            | "special";
        };
      };
    };
    responses: {
      /** @description 需求 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingResearchers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          appointedOn: string;
          /** Format: uuid */
          staffId: string;
          /** @enum {string} */
          subject:
            | "chinese"
            | "math"
            | "english"
            | "physics"
            | "chemistry"
            | "biology"
            | "history"
            | "geography"
            | "politics"
            | "science"
            | "pe"
            | "music"
            | "art"
            | "it"
            | "psychology"
            | "preschool"
            | "vocational"
            | "special";
          /**
           * Format: date
           * @default null
           */
          termEndsOn?: string | null;
        };
      };
    };
    responses: {
      /** @description 兼职教研员 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingReserve: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          criteria: string;
          /** Format: date */
          joinedOn: string;
          /** Format: uuid */
          staffId: string;
        };
      };
    };
    responses: {
      /** @description 教师纳入后备人才库(人事股) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putStaffingReserveById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /**
           * Format: date
           * @default null
           */
          assessedOn?: string | null;
          /** @default null */
          assessment?: string | null;
          criteria: string;
          /**
           * @default active
           * @enum {string}
           */
          status?: "active" | "left";
        };
      };
    };
    responses: {
      /** @description 修改后备人才的入库条件、考核结果或出库(人事股) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingRosterExportXlsx: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 教师花名册 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingRotation: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 交流轮岗 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingRotation"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRotation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default  */
          note?: string;
          schoolYear: number;
          /** Format: uuid */
          staffId: string;
          /**
           * Format: uuid
           * @default null
           */
          toSchoolId?: string | null;
        };
      };
    };
    responses: {
      /** @description 交流申请 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRotationByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          decision: "approved" | "rejected";
          /** Format: date */
          endDate?: string | null;
          /** @default  */
          note?: string;
          /** Format: date */
          startDate?: string | null;
          /** Format: uuid */
          toSchoolId?: string | null;
        };
      };
    };
    responses: {
      /** @description 交流申请 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingRotationExemptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          reason: string;
          schoolYear: number;
          /** Format: uuid */
          staffId: string;
        };
      };
    };
    responses: {
      /** @description 免于交流 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingSettings: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingSettingsView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putStaffingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["StaffingSettings"];
      };
    };
    responses: {
      /** @description 参数 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingSettingsView"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingStructure: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 队伍结构 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingStructure"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingStudios: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          foundedOn: string;
          /** Format: uuid */
          hostStaffId: string;
          name: string;
          /** @enum {string} */
          subject:
            | "chinese"
            | "math"
            | "english"
            | "physics"
            | "chemistry"
            | "biology"
            | "history"
            | "geography"
            | "politics"
            | "science"
            | "pe"
            | "music"
            | "art"
            | "it"
            | "psychology"
            | "preschool"
            | "vocational"
            | "special";
        };
      };
    };
    responses: {
      /** @description 新建名师工作室(教研室) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  putStaffingStudiosById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          foundedOn: string;
          /** Format: uuid */
          hostStaffId: string;
          name: string;
          /** @enum {string} */
          subject:
            | "chinese"
            | "math"
            | "english"
            | "physics"
            | "chemistry"
            | "biology"
            | "history"
            | "geography"
            | "politics"
            | "science"
            | "pe"
            | "music"
            | "art"
            | "it"
            | "psychology"
            | "preschool"
            | "vocational"
            | "special";
        };
      };
    };
    responses: {
      /** @description 修改名师工作室名称、主持人或学科(教研室) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingStudiosByIdActivities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          on: string;
          participants: number;
          title: string;
        };
      };
    };
    responses: {
      /** @description 活动 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingStudiosByIdMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** Format: date */
          joinedOn: string;
          /** Format: uuid */
          staffId: string;
        };
      };
    };
    responses: {
      /** @description 名师工作室增加成员(教研室) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteStaffingStudiosByIdMembersByStaffId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        staffId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 名师工作室移出成员(教研室) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingSummaryDocx: {
    parameters: {
      query?: {
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 工作情况 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingTraining: {
    parameters: {
      query?: {
        filter?: "all" | "behind" | "complete";
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 继续教育 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StaffingTraining"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postStaffingTraining: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          course: string;
          /** Format: date */
          endDate: string;
          hours: number;
          /** @enum {string} */
          level: "national" | "provincial" | "county" | "school";
          /** Format: uuid */
          staffId: string;
          /** Format: date */
          startDate: string;
        };
      };
    };
    responses: {
      /** @description 培训记录 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            id: string;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 状态冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getStaffingTrainingExportXlsx: {
    parameters: {
      query?: {
        schoolId?: string;
        schoolYear?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 学时完成情况表 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 账号 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            rows: components["schemas"]["User"][];
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateUser"];
      };
    };
    responses: {
      /** @description 用户 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["User"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 输入有误 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  patchUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateUser"];
      };
    };
    responses: {
      /** @description 用户 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["User"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  postUsersByIdResetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ResetPassword"];
      };
    };
    responses: {
      /** @description 完成 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getUsersTowns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 乡镇 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UserTowns"];
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 未登录 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 不存在 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 指标 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": string;
        };
      };
      /** @description 输入有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}

export type Schemas = components["schemas"];
