/**
 * Student import at scale: a 100,000-student .xlsx for the demo county's classes, written with exceljs's streaming
 * writer, then uploaded and committed through the platform's own code (read with the zip guard, validate, store the
 * job and keep the parsed rows; commit = re-check the kept rows in the transaction, bulk insert, audit) on the
 * embedded database. Prints time and peak memory per phase. The reference is the same rows written by the bulk path alone (INSERT … SELECT FROM
 * unnest, no validation; then PGlite's COPY FROM a blob) on an identical copy of the database, so the cost of
 * checking is visible, and exceljs's streaming reader on the same file (the parser the import replaced).
 *
 * The demo database is prepared in a child process, so the peak memory reported is the import's. Each phase prints
 * its CPU time beside its wall time: on a machine shared with other work the wall time measures the sharing too.
 *
 *   npx tsx bench/studentImport.ts [--rows 100000] [--scale county|tiny]
 */
import { fork } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { auth } from "@edubureau/core";
import { registry } from "@edubureau/core";
import { actorFromUser } from "@edubureau/server/auth/actor";
import { scopeOf } from "@edubureau/server/auth/authorize";
import { createPersonalDataCipher } from "@edubureau/server/auth/personalData";
import { appUser } from "@edubureau/server/auth/tables";
import { insertAll } from "@edubureau/server/db/bulkInsert";
import { type Database, openDatabase } from "@edubureau/server/db/client";
import { migrate } from "@edubureau/server/db/migrate";
import { personName } from "@edubureau/server/demo/names";
import { createRandom } from "@edubureau/server/demo/random";
import { loadDemo } from "@edubureau/server/demo/run";
import { insertImportJob, type JobFilter } from "@edubureau/server/excel/importJobs";
import type { StoredReport } from "@edubureau/server/excel/importPipeline";
import { readSheet } from "@edubureau/server/excel/importSheet";
import { rememberSheet, sheetForCommit } from "@edubureau/server/excel/parsedSheets";
import { commitStudentImport, registerRows } from "@edubureau/server/registry/excel/commit";
import { studentSheet } from "@edubureau/server/registry/excel/sheetSpec";
import { validateStudentImport } from "@edubureau/server/registry/excel/validate";
import { enrollment, person, school, schoolClass, student } from "@edubureau/server/registry/tables";
import type { PGlite } from "@electric-sql/pglite";
import { and, eq, ne } from "drizzle-orm";
import ExcelJS from "exceljs";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    scale: { type: "string", default: "county" },
    prepare: { type: "string" },
    file: { type: "string" },
  },
});
const YEAR = 2026;
const cipher = createPersonalDataCipher("bench-secret-0123456789-0123456789-0123456789");
const scale = values.scale === "tiny" ? "tiny" : "county";

/** The child's job: a data folder with the demo county, and the student file for its classes. */
async function prepare(dir: string, file: string, rows: number) {
  const database = await openDatabase({ kind: "pglite", dataDir: dir });
  await migrate(database);
  await loadDemo({ database, cipher }, { scale, seed: 2026, latestYear: YEAR });
  const started = performance.now();
  const { classes } = await countyFacts(database);
  await writeStudentFile(file, rows, classes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `  生成 ${rows} 行 xlsx(exceljs 流式写):${seconds} s,${mb(statSync(file).size)},${classes.length} 个班级`,
  );
  await database.close();
}

type Actor = auth.Actor;
/** The register's jobs of an account, as the import routes look them up. */
const registryJobs = (actor: Actor): JobFilter => ({
  capability: "registry",
  scope: scopeOf(actor, "registry"),
  createdBy: actor.userId,
});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let sampledPeak = 0;
const sampler = setInterval(() => {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
}, 20);

/** Runs a phase and prints its time and the highest resident memory seen while it ran. */
async function phase<T>(label: string, run: () => Promise<T>): Promise<T> {
  sampledPeak = process.memoryUsage.rss();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  const maxRss = mb(process.resourceUsage().maxRSS * 1024);
  console.log(
    `${label.padEnd(28, " ")}${seconds.toFixed(2).padStart(7)} s(CPU ${cpuSeconds.toFixed(2)} s)   阶段内采样峰值 ${mb(sampledPeak)},进程 maxRSS ${maxRss}`,
  );
  return result;
}

/** The classes of the latest year in open, non-special schools, and the county's section account. */
async function countyFacts(database: Database) {
  const classes = await database.db
    .select({ code: school.code, grade: schoolClass.grade, number: schoolClass.number })
    .from(schoolClass)
    .innerJoin(school, eq(school.id, schoolClass.schoolId))
    .where(and(eq(schoolClass.schoolYear, YEAR), eq(school.status, "open"), ne(school.kind, "special")));
  const [user] = await database.db.select().from(appUser).where(eq(appUser.username, "jcjy"));
  return { classes, actor: actorFromUser(user!) };
}

/** Writes the student file with the streaming writer: valid, unique, age-appropriate rows spread over the classes. */
async function writeStudentFile(
  path: string,
  rows: number,
  classes: { code: string; grade: number; number: number }[],
) {
  const rng = createRandom(7);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(registry.studentRowColumns.map((c) => registry.studentRowHeaders[c])).commit();
  for (let i = 0; i < rows; i++) {
    const cls = classes[i % classes.length]!;
    const seq = i % 1000;
    const day = Math.floor(i / 1000) % 84;
    const region = 110101 + Math.floor(i / 84_000);
    const birth = `${YEAR - registry.usualAgeForGrade(cls.grade) - 1}${10 + Math.floor(day / 28)}${String((day % 28) + 1).padStart(2, "0")}`;
    const first17 = `${region}${birth}${String(seq).padStart(3, "0")}`;
    const gender = seq % 2 === 1 ? "M" : "F";
    ws.addRow([
      personName(rng, gender, "汉族", "young"),
      ...["", "", "汉族", `${first17}${registry.residentIdCheckChar(first17)}`, "", rng.chance(0.4) ? "城镇" : "农村"],
      ...[cls.code, registry.gradeLabel(cls.grade), String(cls.number), "否", "否", "", "", "否", "否", "否"],
      ...[`示范县城关镇幸福路${i % 300}号`, "监护人", `139${String(i).padStart(8, "0")}`],
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

if (values.prepare && values.file) {
  await prepare(values.prepare, values.file, Number(values.rows));
  process.exit(0);
}

/** Upload as the server does it: read, validate, store the job. Returns only the job, as the request would. */
async function upload(database: Database, actor: Actor, bytes: Buffer) {
  const sheet = await phase("上传:读取(防护 + 解析)", () => readSheet(bytes, studentSheet));
  const result = await phase("上传:校验", () =>
    validateStudentImport(database.db, actor, sheet, { schoolYear: YEAR, cipher }),
  );
  const { summary, problems, invalidRows } = result;
  for (const p of problems.slice(0, 5)) console.log(`  第${p.row}行「${p.column}」${p.value}:${p.message}`);
  const report: StoredReport = { schoolYear: YEAR, summary, problems, invalidRows, problemsTruncated: false };
  const file = {
    id: crypto.randomUUID(),
    capability: "registry",
    kind: "students",
    fileName: "students.xlsx",
    fileSha256: "bench",
    file: bytes,
    rowCount: summary.rows,
    errorCount: summary.errors,
    report,
  };
  const job = await phase("上传:保存批次(文件 + 报告)", () =>
    insertImportJob(database.db, cipher, actor, scopeOf(actor, "registry"), file, new Date()),
  );
  // as the upload route does: the parsed rows are kept for the commit, which checks them again
  rememberSheet(job.id, sheet);
  return job;
}

/** The reference: the same rows through the bulk path alone, and through COPY, each on an untouched copy. */
async function reference(dir: string, copyDir: string, actor: Actor, bytes: Buffer) {
  const ref = await openDatabase({ kind: "pglite", dataDir: dir });
  const sheet = await readSheet(bytes, studentSheet);
  const { valid } = await validateStudentImport(ref.db, actor, sheet, { schoolYear: YEAR, cipher });
  const built = await phase("参照:生成行(哈希、加密、拼音)", async () =>
    registerRows(valid, actor.regionCode, YEAR, cipher, new Date()),
  );
  await phase("参照:批量写入三张表(unnest)", () =>
    ref.db.transaction(async (tx) => {
      await insertAll(tx, person, built.persons);
      await insertAll(tx, student, built.students);
      await insertAll(tx, enrollment, built.enrollments);
    }),
  );
  await ref.close();
  const copyRef = await openDatabase({ kind: "pglite", dataDir: copyDir });
  const client = (copyRef.db as unknown as { $client: PGlite }).$client;
  await phase("参照:COPY 写入三张表", () =>
    client.transaction(async (tx) => {
      for (const [table, rows] of [
        ["person", built.persons],
        ["student", built.students],
        ["enrollment", built.enrollments],
      ] as const) {
        const columns = Object.keys(rows[0]!);
        const names = columns.map((c) => `"${c.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`)}"`).join(", ");
        const blob = new Blob(rows.map((r) => `${columns.map((c) => copyText(r[c])).join("\t")}\n`));
        await tx.query(`copy ${table} (${names}) from '/dev/blob'`, [], { blob });
      }
    }),
  );
  await copyRef.close();
}

/** A value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** exceljs's streaming reader on the same file, for the choice of parser (sheetXml.ts). */
async function exceljsReference(path: string) {
  await phase("参照:exceljs 流式读取同一文件", async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "ignore" });
    let rows = 0;
    for await (const ws of reader) for await (const _ of ws) rows++;
    return rows;
  });
}

const work = mkdtempSync(join(tmpdir(), "edubureau-import-bench-"));
try {
  const dir = join(work, "db");
  const refDir = join(work, "ref");
  const copyDir = join(work, "copy");
  const file = join(work, "students.xlsx");
  const rows = Number(values.rows);
  await phase(`准备${scale === "county" ? "示范县" : "测试小县"}数据库和文件(子进程)`, async () => {
    const args = ["--prepare", dir, "--file", file, "--rows", String(rows), "--scale", scale];
    const child = fork(fileURLToPath(import.meta.url), args, { stdio: "inherit" });
    await new Promise<void>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(code))));
  });
  cpSync(dir, refDir, { recursive: true });
  cpSync(dir, copyDir, { recursive: true });
  const database = await phase("打开嵌入式数据库", () => openDatabase({ kind: "pglite", dataDir: dir }));
  const { actor } = await countyFacts(database);
  const bytes = readFileSync(file);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const job = await upload(database, actor, bytes);
  const committed = await phase("提交:复核 + 写入 + 审计", () =>
    commitStudentImport(
      { db: database.db, cipher },
      actor,
      job,
      sheetForCommit({ db: database.db, cipher }, registryJobs(actor), job.id, studentSheet),
      {
        onlyValidRows: false,
        now: new Date(),
      },
    ),
  );
  const totalSeconds = (performance.now() - started) / 1000;
  const totalCpu = process.cpuUsage(cpuAtStart);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  await database.close();
  console.log(
    `导入合计(上传 + 提交):${totalSeconds.toFixed(1)} s(CPU ${((totalCpu.user + totalCpu.system) / 1e6).toFixed(1)} s),写入 ${committed.written} 名学生`,
  );
  console.log(`进程峰值内存(maxRSS,含嵌入式数据库,参照之前):${mb(maxRss)}    目标:≤ 20 s,≤ 1 GB`);
  console.log("参照(在数据库副本上,无校验,同样的行):");
  await reference(refDir, copyDir, actor, bytes);
  await exceljsReference(file);
} finally {
  clearInterval(sampler);
  rmSync(work, { recursive: true, force: true });
}
