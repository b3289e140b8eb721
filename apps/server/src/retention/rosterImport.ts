/**
 * The household roster (户籍适龄人口名单) and the poverty lists (防返贫监测对象、低保家庭) on the shared import
 * pipeline: columns declared here, rows checked by core (resident-ID check digit, birth date and sex agreeing with
 * the ID, age 0–14 on 31 August (under 6: kept for preschool only), a village of the county), duplicates within the file refused, and the writer
 * storing resident IDs, names, addresses and guardians only as ciphertext beside the keyed hash and a masked form.
 */
import { type auth, registry, retention } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { scopeOf } from "../auth/authorize";
import type { PersonalDataCipher } from "../auth/personalData";
import { insertAll, type Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { findImportJob } from "../excel/importJobs";
import type { ImportContext, SheetImporter } from "../excel/importPipeline";
import type { Sheet, SheetSpec } from "../excel/importSheet";
import { templateWorkbook } from "../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../excel/problemCollector";
import { townsOfCounty } from "../registry/retentionIntake";
import { retentionPovertyEntry, retentionRoster, retentionRosterEntry } from "./tables";

type RosterColumn = retention.RosterColumn;
const rosterColumnList = Object.keys(retention.rosterColumns) as RosterColumn[];

export const rosterSheet: SheetSpec<RosterColumn> = {
  kind: "roster",
  sheetName: "户籍适龄人口",
  rowNoun: "儿童",
  splitHint: "请按乡镇拆分成几个文件",
  columns: rosterColumnList,
  headers: retention.rosterColumns,
  codeColumns: new Set<RosterColumn>(["residentId", "villageCode", "guardianPhone"]),
  dateColumns: new Set<RosterColumn>(["birthDate"]),
  exampleColumn: "name",
};

export interface RosterRow extends retention.RosterRowValue {
  rowNumber: number;
}

/** The county's township codes, for the village-code check. */
async function townCodesOf(db: Db | Tx, regionCode: string) {
  return new Set((await townsOfCounty(db as Db, regionCode)).keys());
}

async function validateRoster(db: Db | Tx, actor: auth.Actor, sheet: Sheet<RosterColumn>, ctx: ImportContext) {
  const towns = await townCodesOf(db, actor.regionCode);
  const p = problemCollector(sheet, rosterSheet);
  const candidates: RosterRow[] = [];
  for (const row of sheet.rows) {
    const input = Object.fromEntries(
      rosterColumnList.map((c) => [c, row.input[c] ?? ""]),
    ) as unknown as retention.RosterRowInput;
    const checked = retention.checkRosterRow(input, towns, ctx.schoolYear);
    p.addRow(
      row,
      checked.problems.map((x) => ({ ...x, level: "error" as const })),
    );
    if (checked.value) candidates.push({ ...checked.value, rowNumber: row.rowNumber });
  }
  markDuplicatesInFile(
    candidates,
    (r) => r.rowNumber,
    (r) => r.residentId,
    "residentId",
    { label: "身份证号", fix: "同一儿童只保留一行,删除重复的行" },
    (row, col, message) => p.add(row, col, message),
  );
  return p.finish(candidates, (r) => r.rowNumber);
}

/** Writes a roster and its children (encrypted, hashed, masked) in the commit's transaction. */
export async function writeRoster(
  tx: Tx | Db,
  input: {
    regionCode: string;
    schoolYear: number;
    source: string;
    fileName: string;
    fileSha256: string;
    importJobId: string | null;
    importedBy: string;
    now: Date;
  },
  rows: readonly RosterRow[],
  cipher: PersonalDataCipher,
): Promise<string> {
  const [roster] = await tx
    .insert(retentionRoster)
    .values({
      regionCode: input.regionCode,
      schoolYear: input.schoolYear,
      source: input.source,
      fileName: input.fileName,
      fileSha256: input.fileSha256,
      rowCount: rows.length,
      importJobId: input.importJobId,
      importedBy: input.importedBy,
      importedAt: input.now,
    })
    .returning({ id: retentionRoster.id });
  await insertAll(
    tx,
    retentionRosterEntry,
    rows.map((r) => ({
      regionCode: input.regionCode,
      rosterId: roster!.id,
      rowNumber: r.rowNumber,
      residentIdHash: cipher.hash(r.residentId),
      residentIdMasked: registry.maskResidentId(r.residentId),
      residentIdCipher: cipher.encrypt(r.residentId),
      nameMasked: retention.maskName(r.name),
      detailsCipher: cipher.encrypt(
        JSON.stringify({
          name: r.name,
          address: r.address,
          guardianName: r.guardianName,
          guardianPhone: r.guardianPhone,
        }),
      ),
      gender: r.gender,
      birthDate: r.birthDate,
      villageCode: r.villageCode,
      villageName: r.villageName || r.villageCode,
      townCode: r.townCode,
    })),
  );
  return roster!.id;
}

async function templateOf(db: Db, actor: auth.Actor, schoolYear: number, county: string) {
  const towns = await townsOfCounty(db, actor.regionCode);
  const firstTown = [...towns.keys()][0] ?? "000000000";
  return templateWorkbook(rosterSheet, {
    county,
    guide: {
      residentId: { required: "必填", how: "18位公民身份号码,末位可为X;按文本格式填写,系统核对校验位", width: 22 },
      name: { required: "必填", how: "按户籍登记填写", width: 12 },
      gender: { required: "必填", how: "男 或 女,须与身份证号第17位一致", width: 8 },
      birthDate: { required: "选填", how: "YYYY-MM-DD;不填时按身份证号计算", width: 14 },
      villageCode: {
        required: "必填",
        how: `村(社区)12位统计用区划代码,前9位为本县乡镇代码(如 ${firstTown}001)`,
        width: 16,
      },
      villageName: { required: "选填", how: "村(社区)名称", width: 14 },
      address: { required: "选填", how: "户籍地址", width: 30 },
      guardianName: { required: "选填", how: "监护人姓名", width: 12 },
      guardianPhone: { required: "选填", how: "监护人联系电话", width: 16 },
    },
    lists: [
      { title: "性别", values: ["男", "女"], columns: ["gender"] },
      { title: "本县乡镇代码", values: [...towns].map(([code, name]) => `${code} ${name}`), columns: [] },
    ],
    example: {
      residentId: "(18位身份证号)",
      name: "示例张小明",
      gender: "男",
      birthDate: `${schoolYear - 8}-03-01`,
      villageCode: `${firstTown}001`,
      villageName: "东村",
      address: "东村三组12号",
      guardianName: "张大明",
      guardianPhone: "13800000000",
    },
    notes: [
      `每行填写一名儿童:截至${schoolYear}年8月31日未满15周岁(0–14周岁)。其中6–14周岁为义务教育适龄儿童,与学籍比对;未满6周岁的学龄前儿童只用于学前教育的3–5周岁人口,不参与比对、不计入入学率。`,
      "身份证号用于与学籍比对,系统只保存加密密文和脱敏号码,比对成功的儿童其身份信息在比对后按规定清除。",
      "同一儿童只填一行;村(社区)代码前9位必须是本县的乡镇(街道)代码。",
    ],
  });
}

export const rosterImporter: SheetImporter = {
  capability: "retention",
  spec: rosterSheet,
  label: "户籍适龄人口名单",
  yearly: true,
  steps: {
    tables: [retentionRosterEntry],
    validate: (db, actor, sheet, ctx) => validateRoster(db, actor, sheet as Sheet<RosterColumn>, ctx),
    async write(tx, actor, rows, ctx) {
      const job = await findImportJob(
        tx,
        { capability: "retention", scope: scopeOf(actor, "retention"), createdBy: actor.userId },
        ctx.jobId,
      );
      const rosterId = await writeRoster(
        tx,
        {
          regionCode: actor.regionCode,
          schoolYear: ctx.schoolYear,
          source: "公安、民政部门",
          fileName: job?.fileName ?? "户籍名单.xlsx",
          fileSha256: job?.fileSha256 ?? "",
          importJobId: ctx.jobId,
          importedBy: actor.userId,
          now: ctx.now,
        },
        rows as RosterRow[],
        ctx.cipher,
      );
      return { rosterId, children: rows.length };
    },
  },
  template: templateOf,
};

// ---------------------------------------------------------------- poverty lists

type PovertyColumn = "list" | "residentId" | "name";
const povertyListByLabel = new Map<string, retention.PovertyList>(
  Object.entries(retention.povertyListLabels).map(([k, v]) => [v, k as retention.PovertyList]),
);

export const povertySheet: SheetSpec<PovertyColumn> = {
  kind: "poverty",
  sheetName: "防返贫监测和低保名单",
  rowNoun: "人员",
  splitHint: "请按名单类别拆分成几个文件",
  columns: ["list", "residentId", "name"],
  headers: { list: "名单类别", residentId: "身份证号", name: "姓名" },
  codeColumns: new Set<PovertyColumn>(["residentId"]),
  dateColumns: new Set<PovertyColumn>(),
  exampleColumn: "name",
};

interface PovertyRow {
  rowNumber: number;
  list: retention.PovertyList;
  residentId: string;
  name: string;
}

export const povertyImporter: SheetImporter = {
  capability: "retention",
  spec: povertySheet,
  label: "防返贫监测和低保名单",
  yearly: false,
  steps: {
    tables: [retentionPovertyEntry],
    async validate(_db, _actor, sheet, _ctx) {
      const s = sheet as Sheet<PovertyColumn>;
      const p = problemCollector(s, povertySheet);
      const candidates: PovertyRow[] = [];
      for (const row of s.rows) {
        const problems: { column: PovertyColumn; message: string; level: "error" }[] = [];
        const list = povertyListByLabel.get((row.input.list ?? "").trim());
        if (!list) {
          problems.push({ column: "list", message: "名单类别应填写“防返贫监测对象”或“低保家庭”", level: "error" });
        }
        const id = (row.input.residentId ?? "").trim().toUpperCase();
        const parsed = registry.parseResidentId(id);
        if (!parsed.ok) {
          problems.push({
            column: "residentId",
            message: registry.residentIdProblemMessage[parsed.problem],
            level: "error",
          });
        }
        const name = (row.input.name ?? "").trim();
        if (!name) problems.push({ column: "name", message: "姓名不能为空,请按名单填写", level: "error" });
        p.addRow(row, problems);
        if (list && parsed.ok && name) candidates.push({ rowNumber: row.rowNumber, list, residentId: id, name });
      }
      markDuplicatesInFile(
        candidates,
        (r) => r.rowNumber,
        (r) => `${r.list}:${r.residentId}`,
        "residentId",
        { label: "名单类别和身份证号", fix: "同一人在同一名单中只保留一行" },
        (row, col, message) => p.add(row, col, message),
      );
      return p.finish(candidates, (r) => r.rowNumber);
    },
    async write(tx, actor, rows, ctx) {
      const list = rows as PovertyRow[];
      // a file replaces the county's entries of the lists it holds (the office hands over the whole list)
      for (const kind of new Set(list.map((r) => r.list))) {
        await tx
          .delete(retentionPovertyEntry)
          .where(and(eq(retentionPovertyEntry.list, kind), eq(retentionPovertyEntry.regionCode, actor.regionCode)));
      }
      await insertAll(
        tx,
        retentionPovertyEntry,
        list.map((r) => ({
          regionCode: actor.regionCode,
          list: r.list,
          residentIdHash: ctx.cipher.hash(r.residentId),
          residentIdMasked: registry.maskResidentId(r.residentId),
          nameMasked: retention.maskName(r.name),
          importedBy: actor.userId,
          importedAt: ctx.now,
        })),
      );
      return { entries: list.length };
    },
  },
  template: async (_db, _actor, _year, county) =>
    templateWorkbook(povertySheet, {
      county,
      guide: {
        list: { required: "必填", how: "防返贫监测对象 或 低保家庭", width: 18 },
        residentId: { required: "必填", how: "家庭成员(义务教育阶段儿童)的18位身份证号", width: 22 },
        name: { required: "必填", how: "姓名", width: 12 },
      },
      lists: [{ title: "名单类别", values: Object.values(retention.povertyListLabels), columns: ["list"] }],
      example: { list: "低保家庭", residentId: "(18位身份证号)", name: "示例李四" },
      notes: [
        "民政部门提供的名单整份导入:导入后替换本县该类别的原有名单。",
        "只保存身份证号的加密摘要和脱敏号码,用于与疑似辍学、确认辍学学生比对。",
      ],
    }),
};

export const retentionImporters = { roster: rosterImporter, poverty: povertyImporter } as const;
export type RetentionImportKind = keyof typeof retentionImporters;
