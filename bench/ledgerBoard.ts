/**
 * The ledger board at province scale: the demo county plus 100,000 generated findings (with their inspections
 * and targets, spread over every school, kind, severity, state and three years of deadlines), then the board
 * query — GET /api/ledger/findings with the filters people use — through the real app in-process, as county
 * leadership and as a school. Beside it, the same store query without HTTP, and the statistics over all findings.
 * Prints the bulk-load time and latency percentiles (target: board p95 ≤ 100 ms).
 *
 *   npx tsx bench/ledgerBoard.ts [--findings 100000] [--runs 40] [--no-postgres]
 *
 * Runs on the embedded PGlite, then on a throwaway PostgreSQL server (as the integration tests start one).
 * Keyword search (a substring of the description) is printed but left out of the target: it scans the findings.
 */
import { parseArgs } from "node:util";
import { calendar, type ledger } from "@edubureau/core";
import { eq, sql } from "drizzle-orm";
import { createPersonalDataCipher } from "../apps/server/src/auth/personalData";
import { appUser } from "../apps/server/src/auth/tables";
import { loadConfig } from "../apps/server/src/config";
import { insertAll } from "../apps/server/src/db/bulkInsert";
import { type Database, openDatabase } from "../apps/server/src/db/client";
import { migrate } from "../apps/server/src/db/migrate";
import { DEMO_PASSWORD } from "../apps/server/src/demo/accounts";
import { createRandom } from "../apps/server/src/demo/random";
import { loadDemo } from "../apps/server/src/demo/run";
import { createApp } from "../apps/server/src/http/app";
import { listFindings } from "../apps/server/src/ledger/store";
import {
  ledgerFinding,
  ledgerInspection,
  ledgerInspectionTarget,
  ledgerInspectionType,
} from "../apps/server/src/ledger/tables";
import { school } from "../apps/server/src/registry/tables";
import { startTestPostgres } from "../apps/server/test/postgresServer";

const { values } = parseArgs({
  options: {
    findings: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    "no-postgres": { type: "boolean", default: false },
  },
});
const FINDINGS = Math.min(Number(values.findings), 1_000_000);
const RUNS = Math.min(Number(values.runs), 500);
const SECRET = "bench-secret-for-the-ledger-board-0123456789";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function run(database: Database) {
  await migrate(database);
  const db = database.db;
  const now = new Date();
  const today = calendar.beijingDate(now);
  let t = performance.now();
  await loadDemo({ database, cipher: createPersonalDataCipher(SECRET) }, { scale: "county", seed: 2026, now });
  console.log(`数据库:${database.kind};示范县载入 ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // ---- 100,000 findings: one inspection per 10 findings, one target per inspection
  const [leaderUser] = await db.select().from(appUser).where(eq(appUser.username, "leader"));
  if (!leaderUser) throw new Error("no demo leader");
  const regionCode = leaderUser.regionCode;
  const schools = await db.select({ id: school.id }).from(school).where(eq(school.regionCode, regionCode));
  const types = await db.select().from(ledgerInspectionType).where(eq(ledgerInspectionType.regionCode, regionCode));
  const random = createRandom("ledger-bench");
  const inspections: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const findings: Record<string, unknown>[] = [];
  const perInspection = 10;
  for (let i = 0; i < FINDINGS / perInspection; i++) {
    const type = random.pick(types);
    const schoolId = random.pick(schools).id;
    const inspectedOn = calendar.addDays(today, -random.int(1, 1000));
    const inspectionId = random.uuid();
    const targetId = random.uuid();
    inspections.push({
      id: inspectionId,
      regionCode,
      typeId: type.id,
      kind: type.kind,
      title: `压测检查 ${i + 1}`,
      inspectedOn,
      inspectors: ["压测"],
      createdBy: leaderUser.id,
    });
    targets.push({ id: targetId, regionCode, inspectionId, schoolId, results: [] });
    for (let j = 0; j < perInspection; j++) {
      const item = random.pick(type.checklist);
      const deadline = calendar.addDays(inspectedOn, 30);
      const age = addDaysDiff(inspectedOn, today);
      const state: ledger.FindingState =
        age > 60
          ? random.weighted([
              ["closed", 95],
              ["in_progress", 3],
              ["withdrawn", 2],
            ] as const)
          : random.weighted([
              ["pending", 3],
              ["in_progress", 3],
              ["awaiting_review", 2],
              ["closed", 2],
            ] as const);
      findings.push({
        id: random.uuid(),
        regionCode,
        inspectionId,
        targetId,
        schoolId,
        kind: type.kind,
        number: `B${String(i * perInspection + j + 1).padStart(7, "0")}`,
        scope: "individual",
        category: item.category,
        description: `${item.text}(压测问题 ${i * perInspection + j + 1})`,
        severity: item.severity,
        responsibleUnit: "压测单位",
        responsiblePerson: "校长",
        measures: "限期整改",
        state,
        raisedOn: inspectedOn,
        originalDeadline: deadline,
        deadline,
        closedOn: state === "closed" ? calendar.addDays(inspectedOn, random.int(3, 40)) : null,
        createdBy: leaderUser.id,
      });
    }
  }
  t = performance.now();
  await db.transaction(async (tx) => {
    await insertAll(tx, ledgerInspection, inspections);
    await insertAll(tx, ledgerInspectionTarget, targets);
    await insertAll(tx, ledgerFinding, findings);
  });
  const loadMs = performance.now() - t;
  await db.execute(sql`vacuum analyze`);
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(ledgerFinding)
    .where(eq(ledgerFinding.regionCode, regionCode));
  console.log(
    `批量写入 ${FINDINGS.toLocaleString()} 项问题(及 ${inspections.length.toLocaleString()} 次检查):${(loadMs / 1000).toFixed(1)} s;全县问题共 ${n.toLocaleString()} 项`,
  );

  // ---- the app in-process, as leadership and as a school
  const app = createApp({
    db,
    dbKind: database.kind,
    config: loadConfig({ EDUBUREAU_DATA: "/nonexistent", NODE_ENV: "test" }),
    cipher: createPersonalDataCipher(SECRET),
    now: () => now,
  });
  const cookieOf = async (username: string) => {
    const res = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };
  const leader = await cookieOf("leader");
  const school1 = await cookieOf("school1");
  const aSchool = schools[0]?.id ?? "";

  const queries: [string, string, string][] = [
    ["全县台账首页", leader, ""],
    ["按类型+学校", leader, `&kind=hazard&schoolId=${aSchool}`],
    ["只看逾期", leader, "&overdue=true"],
    ["重大+待整改", leader, "&severity=critical&state=pending"],
    ["看板列:待复查", leader, "&state=awaiting_review"],
    ["第50页", leader, "&page=50"],
    ["学校:本校台账", school1, "&open=true"],
  ];
  const all: number[] = [];
  for (const [label, cookie, query] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const start = performance.now();
      const res = await app.request(`/api/ledger/findings?pageSize=20${query}`, { headers: { cookie } });
      const body = (await res.json()) as { total: number };
      const elapsed = performance.now() - start;
      if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
      total = body.total;
      if (i >= 3) times.push(elapsed); // the first calls warm the plan cache
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(
      `看板查询 ${label}(命中 ${total.toLocaleString()} 项):p50 ${ms(percentile(times, 50))},p95 ${ms(percentile(times, 95))},最大 ${ms(times.at(-1) ?? 0)}`,
    );
  }
  const search: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    const start = performance.now();
    await app.request("/api/ledger/findings?q=%E7%81%AD%E7%81%AB%E5%99%A8", { headers: { cookie: leader } });
    search.push(performance.now() - start);
  }
  search.sort((a, b) => a - b);
  console.log(`关键词搜索(不计入目标,逐行匹配描述):p50 ${ms(percentile(search, 50))}`);
  all.sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  console.log(
    `看板查询合计 ${all.length} 次:p50 ${ms(percentile(all, 50))},p95 ${ms(p95)}(目标 ≤ 100 ms:${p95 <= 100 ? "达到" : "未达到"})`,
  );

  // the store query alone, without HTTP, sessions and presenting
  const store: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await listFindings(db, { kind: "county", regionCode }, { today, page: 1, pageSize: 20 });
    store.push(performance.now() - start);
  }
  store.sort((a, b) => a - b);
  console.log(`参照:同一查询直接调用 store(无 HTTP):p50 ${ms(percentile(store, 50))},p95 ${ms(percentile(store, 95))}`);

  for (const [label, query] of [
    ["整改统计(全部类型)", ""],
    ["整改统计(隐患排查)", "?kind=hazard"],
  ] as const) {
    const start = performance.now();
    const res = await app.request(`/api/ledger/statistics${query}`, { headers: { cookie: leader } });
    const body = (await res.json()) as { sentence: string; totals: { findings: number } };
    console.log(`${label}:${ms(performance.now() - start)},${body.sentence}`);
  }
}

console.log("== PGlite(内嵌) ==");
const embedded = await openDatabase({ kind: "pglite" });
try {
  await run(embedded);
} finally {
  await embedded.close();
}
if (!values["no-postgres"]) {
  console.log("== PostgreSQL ==");
  const server = await startTestPostgres();
  try {
    const database = await openDatabase({ kind: "postgresql", url: server.url(), poolSize: 4 });
    try {
      await run(database);
    } finally {
      await database.close();
    }
  } finally {
    server.stop();
  }
}

/** Whole days from `from` to `to`. */
function addDaysDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
