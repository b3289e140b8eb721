/**
 * The ledger of the demo county (示范数据·督导整改台账): inspection types with the default checklists, a register
 * of tutoring institutions, and three school years of inspections of every kind — hazard checks each term,
 * supervision visits, fee and statistics self-inspections, teaching-routine checks, tutoring checks — with
 * findings in every state: old ones mostly closed (a few still open and long overdue), recent ones pending, in
 * progress or waiting for re-inspection, with extension requests, failed re-inspections and withdrawals, each
 * with its history and evidence photos. Deterministic for a seed and a day; dates run up to the day it is loaded.
 */
import { createHash } from "node:crypto";
import { calendar, ledger } from "@edubureau/core";
import { and, asc, eq, inArray } from "drizzle-orm";
import { appUser } from "../auth/tables";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { createRandom } from "../demo/random";
import { school } from "../registry/tables";
import {
  ledgerEvidence,
  ledgerFinding,
  ledgerInspection,
  ledgerInspectionTarget,
  ledgerInspectionType,
  ledgerInstitution,
  ledgerTransition,
} from "./tables";
import { solidPng, thumbnailOf } from "./thumbnail";

export interface LedgerDemoOptions {
  seed: number;
  now: Date;
  /** the latest school year of the demo (2026 = 2026—2027学年) */
  latestYear: number;
}

export interface LedgerDemoResult {
  inspections: number;
  findings: number;
}

const TYPE_NAMES: Record<ledger.InspectionKind, string> = {
  hazard: "校园安全隐患排查",
  supervision: "责任督学挂牌督导",
  fee: "中小学收费自查",
  statistics: "教育统计数据自查",
  teaching: "教学常规检查",
  tutoring: "校外培训机构专项检查",
};
const DEFAULT_DAYS: Record<ledger.InspectionKind, number> = {
  hazard: 20,
  supervision: 30,
  fee: 30,
  statistics: 15,
  teaching: 30,
  tutoring: 15,
};

const INSTITUTIONS = [
  ["启明星艺术培训中心", "arts"],
  ["博雅书画培训学校", "arts"],
  ["飞跃体育俱乐部", "sports"],
  ["小小科学家科技馆", "science"],
  ["育才文化补习学校", "academic"],
  ["智慧树托管中心", "other"],
  ["蓝天跆拳道馆", "sports"],
  ["星河编程培训中心", "science"],
] as const;

/** What a failed check item's finding says, and what is to be done, per item code prefix. */
const MEASURES: Record<string, string> = {
  F: "更换、补充消防器材,清理疏散通道,整改电气线路,建立月检记录",
  L: "委托有资质机构检测防雷设施并取得合格报告",
  C: "补办证照和健康证,完善留样和索证索票台账,落实食品安全校长陪餐制度",
  B: "对问题校舍设置警示并停用,委托鉴定后加固维修",
  P: "落实护学岗,补装硬质隔离和监控,修复围墙",
  Y: "健全防欺凌工作机制,每月开展排查并建立台账",
  S: "对照课程方案调整课表,规范办学行为并公示",
  M: "立即停止违规收费,按规定清退并公示",
  T: "核对学籍、人事数据,更正错报数据并说明原因",
  J: "组织教研组开展专项整改,完善常规检查记录",
  X: "责令限期整改,整改期间暂停相关培训活动",
};
/** What a failed check item's finding says, per item code of the default checklists. */
const FINDING_TEXT: Record<string, readonly string[]> = {
  F01: ["教学楼三楼灭火器过期2具", "实验室灭火器压力不足"],
  F02: ["宿舍楼走廊堆放杂物阻塞通道", "实验楼疏散指示灯损坏"],
  F03: ["配电室未配备绝缘垫", "教室电线私拉乱接"],
  L01: ["防雷检测报告已过有效期", "新建风雨操场未做防雷检测"],
  C01: ["食堂2名从业人员健康证过期"],
  C02: ["食品留样不足48小时", "索证索票台账不全"],
  B01: ["旧教学楼外墙瓷砖空鼓脱落", "厕所屋面渗漏"],
  P01: ["上下学时段校门口无护学岗", "校门口硬质隔离设施缺失"],
  P02: ["围墙东侧破损,有外来人员出入"],
  Y01: ["防欺凌排查记录不完整"],
  S01: ["三年级未开设书法课", "科学课课时不足"],
  S02: ["初二年级作业总量偏多"],
  S03: ["期中考试后张榜公布成绩排名"],
  S04: ["课后服务未公示收费标准"],
  S05: ["学生手机管理制度未落实"],
  S06: ["师德师风档案不完整"],
  M01: ["收取资料费未经批准"],
  M02: ["代收费未按实结算公示"],
  M03: ["统一征订教辅材料"],
  M04: ["收费票据管理不规范"],
  T01: ["在校生数与学籍系统相差3人"],
  T02: ["专任教师数与人事档案不一致"],
  T03: ["图书册数无台账依据"],
  T04: ["统计报表报送延迟"],
  J01: ["部分教师教案不完整", "集体备课无记录"],
  J02: ["个别班级存在占课现象"],
  J03: ["作业批改不及时"],
  J04: ["学困生辅导记录缺失"],
  J05: ["考试次数超过规定"],
  X01: ["未取得办学许可证即开展培训"],
  X02: ["聘用在职中小学教师授课"],
  X03: ["一次性收取超过3个月费用"],
  X04: ["消防通道被占用"],
  X05: ["存在超前超纲培训"],
};

interface SchoolRef {
  id: string;
  name: string;
  principal: string | null;
}

/** The first day of the semester months the rounds run in, for the three school years. */
function roundDates(years: readonly number[], months: readonly [number, number][], today: string): string[] {
  const dates: string[] = [];
  for (const y of years) {
    for (const [m, d] of months) {
      const year = m >= 9 ? y : y + 1;
      const date = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      if (date < today) dates.push(date);
    }
  }
  return dates;
}

/**
 * Loads the ledger of the demo county whose accounts were just written. Skips (returns zeros) when the county has
 * no inspector account or no school, or when it already has inspection types.
 */
export async function loadLedgerDemo(db: Db, options: LedgerDemoOptions): Promise<LedgerDemoResult> {
  const users = await db
    .select({ id: appUser.id, username: appUser.username, regionCode: appUser.regionCode, schoolId: appUser.schoolId })
    .from(appUser)
    .where(inArray(appUser.username, ["dudao", "anquan", "duxue", "school1", "school2"]));
  const dudao = users.find((u) => u.username === "dudao");
  const anquan = users.find((u) => u.username === "anquan");
  const duxue = users.find((u) => u.username === "duxue");
  if (!dudao || !anquan || !duxue) return { inspections: 0, findings: 0 };
  const regionCode = dudao.regionCode;
  const existing = await db
    .select({ id: ledgerInspectionType.id })
    .from(ledgerInspectionType)
    .where(eq(ledgerInspectionType.regionCode, regionCode))
    .limit(1);
  if (existing.length > 0) return { inspections: 0, findings: 0 };
  const schools: SchoolRef[] = await db
    .select({ id: school.id, name: school.name, principal: school.principal })
    .from(school)
    .where(and(eq(school.regionCode, regionCode), eq(school.status, "open")))
    .orderBy(asc(school.code));
  if (schools.length === 0) return { inspections: 0, findings: 0 };

  const random = createRandom(`ledger-${options.seed}`);
  const school1SchoolId = users.find((u) => u.username === "school1")?.schoolId ?? null;
  let school1Overdue = false;
  const today = calendar.beijingDate(options.now);
  const years = [options.latestYear - 2, options.latestYear - 1, options.latestYear];
  const at = (date: string, hour = 9) => calendar.beijingInstant(date, `${String(hour).padStart(2, "0")}:00`);

  // ---- types and institutions
  const types = ledger.inspectionKind.codes.map((kind) => ({
    id: random.uuid(),
    regionCode,
    kind,
    name: TYPE_NAMES[kind],
    checklist: [...ledger.defaultChecklists[kind]],
    defaultDays: DEFAULT_DAYS[kind],
    active: true,
    createdAt: options.now,
    updatedAt: options.now,
  }));
  const typeOf = (kind: ledger.InspectionKind) => types.find((t) => t.kind === kind)!;
  const institutionCount = schools.length >= 10 ? INSTITUTIONS.length : 3;
  const institutions = INSTITUTIONS.slice(0, institutionCount).map(([name, type], i) => ({
    id: random.uuid(),
    regionCode,
    name,
    licence: `教民${regionCode}${String(70000 + i * 37).padStart(6, "0")}`,
    address: `城关镇${["人民路", "建设街", "文化路", "新华街"][i % 4]}${10 + i * 7}号`,
    type,
    status: i === institutionCount - 1 ? "suspended" : "operating",
    contact: `${["王", "李", "张", "刘", "陈", "杨", "赵", "黄"][i % 8]}老师`,
    createdAt: options.now,
    updatedAt: options.now,
  }));

  // ---- evidence images: a few solid-colour "photos", each with its thumbnail, shared by the demo rows
  const photos = [
    solidPng(320, 240, [120, 150, 170], [200, 200, 190]),
    solidPng(320, 240, [90, 140, 90], [180, 170, 150]),
    solidPng(320, 240, [200, 120, 90], [230, 230, 230]),
  ].map((bytes) => ({
    bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    thumbnail: thumbnailOf("image/png", bytes),
  }));

  // ---- inspections with targets
  const inspections: (typeof ledgerInspection.$inferInsert)[] = [];
  const targets: (typeof ledgerInspectionTarget.$inferInsert & { id: string; name: string })[] = [];
  const plan: { inspection: typeof ledgerInspection.$inferInsert & { id: string }; targetIds: string[] }[] = [];
  const inspectorNames = {
    safety: ["陈刚", "安全股 周建"],
    supervision: ["督学 郭建国", "刘强"],
    teaching: ["孙伟", "督学 郭建国"],
  };
  const addInspection = (
    kind: ledger.InspectionKind,
    date: string,
    title: string,
    inspectors: string[],
    list: { schoolId?: string; institutionId?: string; name: string }[],
    createdBy: string,
    selfSchoolId: string | null = null,
  ) => {
    const inspection = {
      id: random.uuid(),
      regionCode,
      typeId: typeOf(kind).id,
      kind,
      title,
      inspectedOn: date,
      inspectors,
      selfInspection: selfSchoolId !== null,
      schoolId: selfSchoolId,
      summary: "",
      createdBy,
      createdAt: at(date, 17),
      updatedAt: at(date, 17),
    };
    inspections.push(inspection);
    const ids: string[] = [];
    for (const t of list) {
      const id = random.uuid();
      ids.push(id);
      targets.push({
        id,
        regionCode,
        inspectionId: inspection.id,
        schoolId: t.schoolId ?? null,
        institutionId: t.institutionId ?? null,
        results: [],
        checkedAt: at(date, 16),
        name: t.name,
      });
    }
    plan.push({ inspection, targetIds: ids });
  };
  const groups = (size: number) => {
    const out: SchoolRef[][] = [];
    for (let i = 0; i < schools.length; i += size) out.push(schools.slice(i, i + size));
    return out;
  };
  const yearLabel = (date: string) => `${date.slice(0, 4)}年`;

  const hazardRounds: [string, [number, number][]][] = [
    ["秋季开学", [[9, 3]]],
    ["冬季防火", [[12, 2]]],
    ["春季开学", [[3, 4]]],
    ["汛期前", [[5, 20]]],
  ];
  for (const [label, months] of hazardRounds) {
    for (const date of roundDates(years, months, today)) {
      groups(5).forEach((group, g) => {
        const d = calendar.addDays(date, g * 2);
        if (d >= today) return;
        addInspection(
          "hazard",
          d,
          `${yearLabel(d)}${label}校园安全隐患排查(第${g + 1}组)`,
          inspectorNames.safety,
          group.map((s) => ({ schoolId: s.id, name: s.name })),
          anquan.id,
        );
      });
    }
  }
  for (const date of roundDates(
    years,
    [
      [10, 15],
      [4, 15],
    ],
    today,
  )) {
    schools.forEach((s, i) => {
      if (i % 3 !== 0 && schools.length > 4) return;
      const d = calendar.addDays(date, i % 10);
      if (d >= today) return;
      addInspection(
        "supervision",
        d,
        `${yearLabel(d)}责任督学挂牌督导·${s.name}`,
        inspectorNames.supervision,
        [{ schoolId: s.id, name: s.name }],
        duxue.id,
      );
    });
  }
  for (const [kind, month, day] of [
    ["fee", 11, 10],
    ["statistics", 9, 25],
  ] as const) {
    for (const date of roundDates(years, [[month, day]], today)) {
      for (const s of schools) {
        addInspection(
          kind,
          date,
          `${yearLabel(date)}${TYPE_NAMES[kind]}·${s.name}`,
          [s.principal ? `${s.principal}(校长)` : "校长", "总务主任"],
          [{ schoolId: s.id, name: s.name }],
          dudao.id,
          s.id,
        );
      }
    }
  }
  for (const date of roundDates(
    years,
    [
      [11, 20],
      [5, 8],
    ],
    today,
  )) {
    groups(4).forEach((group, g) => {
      const d = calendar.addDays(date, g);
      if (d >= today) return;
      addInspection(
        "teaching",
        d,
        `${yearLabel(d)}教学常规检查(第${g + 1}组)`,
        inspectorNames.teaching,
        group.map((s) => ({ schoolId: s.id, name: s.name })),
        dudao.id,
      );
    });
  }
  for (const date of roundDates(
    years,
    [
      [10, 28],
      [3, 25],
      [7, 10],
    ],
    today,
  )) {
    addInspection(
      "tutoring",
      date,
      `${yearLabel(date)}校外培训机构专项检查`,
      ["刘强", "市场监管局 孙敏"],
      institutions.map((i) => ({ institutionId: i.id, name: i.name })),
      dudao.id,
    );
  }

  // ---- checklist results and findings per target
  const findings: (typeof ledgerFinding.$inferInsert & { id: string })[] = [];
  const transitions: (typeof ledgerTransition.$inferInsert)[] = [];
  const evidence: (typeof ledgerEvidence.$inferInsert)[] = [];
  const counters = new Map<string, number>();
  const numberFor = (date: string) => {
    const year = date.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return `${year}-${String(n).padStart(4, "0")}`;
  };
  const raiser = (kind: ledger.InspectionKind) => (kind === "hazard" ? anquan : kind === "supervision" ? duxue : dudao);

  const addFinding = (
    inspection: (typeof plan)[number]["inspection"],
    target: (typeof targets)[number],
    item: ledger.ChecklistItem,
    description: string,
    common: string | null,
  ) => {
    const kind = inspection.kind as ledger.InspectionKind;
    const raisedOn = inspection.inspectedOn;
    const deadline = calendar.addDays(raisedOn, DEFAULT_DAYS[kind]);
    const id = random.uuid();
    const supervisor = raiser(kind);
    const age = -calendar.daysBetween(today, raisedOn);
    const r = random.next();
    // how far the finding got: old findings are nearly all closed, recent ones spread over the open states
    let path: ledger.RectificationAction[];
    if (r < 0.01) path = ["withdraw"];
    else if (age > 120) path = ["start", "submit", "pass"];
    else if (age > 75) path = r < 0.97 ? ["start", "submit", "pass"] : ["start"];
    else if (age > 35)
      path =
        r < 0.7
          ? ["start", "submit", "pass"]
          : r < 0.82
            ? ["start", "submit", "fail", "submit", "pass"]
            : r < 0.92
              ? ["start"]
              : ["start", "submit"];
    else
      path =
        r < 0.25
          ? []
          : r < 0.5
            ? ["start"]
            : r < 0.62
              ? ["start", "request_extension"]
              : r < 0.8
                ? ["start", "submit"]
                : ["start", "submit", "pass"];
    // school1's school keeps one recent finding open past its deadline, so its account shows an overdue reminder
    if (
      !school1Overdue &&
      target.schoolId === school1SchoolId &&
      deadline < today &&
      age <= 90 &&
      path[0] !== "withdraw"
    ) {
      path = ["start"];
      school1Overdue = true;
    }
    const person = target.schoolId
      ? (schools.find((s) => s.id === target.schoolId)?.principal ?? "校长")
      : "机构负责人";
    const measures = MEASURES[item.code[0] ?? "S"] ?? "限期整改";
    let state: ledger.FindingState = "pending";
    const currentDeadline = deadline;
    let extension: { deadline: string; reason: string } | null = null;
    let closedOn: string | null = null;
    let seq = 1;
    transitions.push({
      id: random.uuid(),
      regionCode,
      findingId: id,
      schoolId: target.schoolId ?? null,
      seq,
      action: "raise",
      fromState: null,
      toState: "pending",
      deadlineAfter: deadline,
      note: measures,
      actorId: supervisor.id,
      actorName: supervisor.username,
      actorParty: "supervisor",
      evidenceIds: [],
      at: at(raisedOn, 17),
    });
    // the steps happen on days spread between raising and (about) the deadline, never after today
    let day = raisedOn;
    for (const action of path) {
      const step = Math.max(1, Math.round((DEFAULT_DAYS[kind] / (path.length + 1)) * (0.6 + random.next() * 0.8)));
      const next = calendar.addDays(day, step);
      if (next >= today) break;
      day = next;
      // a school with a demo account acts itself; for the others the supervisor records the step on its behalf
      const bySchool = action === "start" || action === "submit" || action === "request_extension";
      const own = bySchool ? users.find((u) => u.schoolId !== null && u.schoolId === target.schoolId) : undefined;
      const actor = own ?? supervisor;
      const onBehalf = bySchool && !own ? `(代${target.name}登记)` : "";
      const note =
        action === "submit"
          ? `已按要求完成整改:${measures}`
          : action === "fail"
            ? "复查发现整改不彻底,请继续整改并补充材料"
            : action === "pass"
              ? "经现场复查,整改到位,予以销号"
              : action === "withdraw"
                ? "经核实不属于问题,撤销"
                : action === "request_extension"
                  ? "需寒暑假期间施工,申请延期"
                  : "已制定整改方案并开始整改";
      const transitionId = random.uuid();
      const evidenceIds: string[] = [];
      if (action === "submit") {
        const photo = photos[random.int(0, photos.length - 1)]!;
        const evidenceId = random.uuid();
        evidenceIds.push(evidenceId);
        evidence.push({
          id: evidenceId,
          regionCode,
          findingId: id,
          schoolId: target.schoolId ?? null,
          transitionId,
          fileName: `整改后照片-${seq}.png`,
          contentType: "image/png",
          size: photo.bytes.length,
          sha256: photo.sha256,
          bytes: photo.bytes,
          thumbnail: photo.thumbnail,
          uploadedBy: actor.id,
          uploaderName: actor.username,
          uploadedAt: at(day, 10),
        });
      }
      const before = state;
      const deadlineBefore = currentDeadline;
      if (action === "start") state = "in_progress";
      else if (action === "submit") state = "awaiting_review";
      else if (action === "fail") state = "in_progress";
      else if (action === "pass") {
        state = "closed";
        closedOn = day;
      } else if (action === "withdraw") state = "withdrawn";
      else if (action === "request_extension")
        extension = { deadline: calendar.addDays(currentDeadline, 30), reason: note };
      seq++;
      transitions.push({
        id: transitionId,
        regionCode,
        findingId: id,
        schoolId: target.schoolId ?? null,
        seq,
        action,
        fromState: before,
        toState: state,
        deadlineBefore,
        deadlineAfter: currentDeadline,
        note: `${action === "request_extension" ? `申请延期至 ${extension?.deadline}:${note}` : note}${onBehalf}`,
        actorId: actor.id,
        actorName: actor.username,
        actorParty: own ? "responsible" : "supervisor",
        evidenceIds,
        at: at(day, 15),
      });
    }
    findings.push({
      id,
      regionCode,
      inspectionId: inspection.id,
      targetId: target.id,
      schoolId: target.schoolId ?? null,
      institutionId: target.institutionId ?? null,
      kind,
      number: numberFor(raisedOn),
      scope: common ? "common" : "individual",
      commonGroup: common,
      checklistCode: item.code,
      category: item.category,
      description,
      severity: item.severity,
      responsibleUnit: target.name,
      responsiblePerson: person,
      measures,
      state,
      raisedOn,
      originalDeadline: deadline,
      deadline: currentDeadline,
      extensionDeadline: extension?.deadline ?? null,
      extensionReason: extension?.reason ?? null,
      closedOn,
      createdBy: supervisor.id,
      createdAt: at(raisedOn, 17),
      updatedAt: at(day, 15),
    });
  };

  for (const { inspection, targetIds } of plan) {
    const kind = inspection.kind as ledger.InspectionKind;
    const checklist = ledger.defaultChecklists[kind];
    const list = targetIds.map((id) => targets.find((t) => t.id === id)!);
    // a common problem now and then: the same item fails everywhere in the round
    const commonItem = list.length > 2 && random.chance(0.35) ? random.pick(checklist) : null;
    const commonGroup = commonItem ? random.uuid() : null;
    for (const target of list) {
      const failing = new Set<string>();
      const n = random.weighted([
        [0, 3],
        [1, 4],
        [2, 3],
        [3, 1],
      ] as const);
      for (let i = 0; i < n; i++) failing.add(random.pick(checklist).code);
      if (commonItem) failing.add(commonItem.code);
      target.results = checklist.map((item) => {
        if (!failing.has(item.code)) return { code: item.code, result: random.chance(0.05) ? "na" : "pass" } as const;
        const texts = FINDING_TEXT[item.code] ?? [item.text];
        return { code: item.code, result: "fail", note: random.pick(texts) } as const;
      });
      for (const entry of target.results) {
        if (entry.result !== "fail") continue;
        const item = checklist.find((c) => c.code === entry.code)!;
        const isCommon = commonItem?.code === item.code;
        addFinding(inspection, target, item, entry.note ?? item.text, isCommon ? commonGroup : null);
      }
    }
  }

  // ---- write, parents first
  await db.transaction(async (tx) => {
    await insertAll(tx, ledgerInspectionType, types);
    await insertAll(tx, ledgerInstitution, institutions);
    await insertAll(tx, ledgerInspection, inspections);
    await insertAll(
      tx,
      ledgerInspectionTarget,
      targets.map(({ name: _name, ...t }) => t),
    );
    await insertAll(tx, ledgerFinding, findings);
    await insertAll(tx, ledgerTransition, transitions);
    // evidence carries bytes: plain inserts in modest batches
    for (let i = 0; i < evidence.length; i += 200) await tx.insert(ledgerEvidence).values(evidence.slice(i, i + 200));
  });
  return { inspections: inspections.length, findings: findings.length };
}
