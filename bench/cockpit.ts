/**
 * The cockpit under load: 50 concurrent clients on loopback call GET /api/reports/cockpit (the leader's figures of
 * every capability, five years each, read from the materialised figure table) for a bounded time against the real
 * server with the demo county; the reference beside it is GET /api/health under the same load in the same run.
 * Each client signs in with a session of its own and opens the cockpit once before the load (a leader who has
 * signed in and opened the home page). The target: the cockpit's p99 within 1.5 × the health endpoint's; a
 * second run adds 办公室 saving a report sentence twice a second (each write drops what the server keeps in
 * memory). The whole work report for the county is timed first with nothing materialised (every capability
 * computes its figures), and again as stored (target ≤ 1 s). Last, the cockpit's first read after a school registers
 * a student: the register's write marks stale the figures of every capability that counts the register, and that
 * read computes them again.
 * The city of 50 counties on PostgreSQL is bench/cockpitCity.ts.
 *
 *   npx tsx bench/cockpit.ts [--clients 50] [--seconds 15]
 */
import { parseArgs } from "node:util";
import { registry } from "@edubureau/core";
import { startServer } from "../e2e/serverProcess";
import { officeSentenceWriter } from "./officeWriter";

const { values } = parseArgs({
  options: { clients: { type: "string", default: "50" }, seconds: { type: "string", default: "15" } },
});
const clients = Math.min(Number(values.clients), 200);
const seconds = Math.min(Number(values.seconds), 120);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Each client with its own cookie (its own session), or none; `alongside` runs beside the clients till the end. */
async function load(label: string, url: string, cookies: string[], alongside?: (deadline: number) => Promise<number>) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  let writes = 0;
  await Promise.all([
    alongside?.(deadline).then((n) => {
      writes = n;
    }),
    ...Array.from({ length: clients }, async (_, i) => {
      const cookie = cookies[i % cookies.length] ?? "";
      while (Date.now() < deadline) {
        const t = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (n: number) => percentile(latencies, n).toFixed(1);
  console.log(
    `${label}:并发 ${clients},${elapsed.toFixed(1)} s,请求 ${latencies.length},错误 ${errors},` +
      `吞吐 ${(latencies.length / elapsed).toFixed(1)} 次/秒,p50 ${p(50)} ms,p90 ${p(90)} ms,p99 ${p(99)} ms` +
      (alongside ? `,同时写入 ${writes} 次` : ""),
  );
  return percentile(latencies, 99);
}

async function timed(url: string, cookie: string) {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

const server = await startServer();
try {
  console.log(`服务器就绪用时(含首次建库与示范县生成):${(server.startupMs / 1000).toFixed(1)} s`);
  const signIn = async (username: string) => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: "EduDemo@2026" }),
    });
    return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };
  const cookie = await signIn("leader");
  const office = await signIn("bangong");
  const report = `${server.url}/api/reports/work-report`;
  console.log(
    `全县年度工作总结数据(未物化:各业务计算本年及前四年全部指标):${(await timed(report, office)).toFixed(0)} ms`,
  );
  const cockpit = `${server.url}/api/reports/cockpit`;
  const first = await timed(cockpit, cookie);
  console.log(`驾驶舱首次读取(指标已由上一步物化):${first.toFixed(0)} ms`);
  const body = (await (await fetch(cockpit, { headers: { cookie } })).json()) as {
    cards: { figures: { status: string }[] }[];
  };
  const figures = body.cards.flatMap((c) => c.figures);
  console.log(
    `驾驶舱:${body.cards.length} 张卡片,${figures.length} 个指标,其中数据不全 ${figures.filter((f) => f.status !== "ok").length} 个`,
  );

  // fifty people, not one cookie fifty times: every client signs in as a leader with a session of its own
  const sessions: string[] = [];
  for (let i = 0; i < clients; i++) sessions.push(await signIn("leader"));
  // each has opened the home page once since signing in, as a leader does before the load begins
  for (const session of sessions) await timed(cockpit, session);
  const cockpitP99 = await load("驾驶舱 /api/reports/cockpit", cockpit, sessions);
  const healthP99 = await load("参照 /api/health", `${server.url}/api/health`, []);
  console.log(`p99 之比:${(cockpitP99 / healthP99).toFixed(2)}(目标 ≤ 1.5)`);

  // every committed write drops what the servers keep in memory (sessions, figure tables): the cost of reading
  // them again, with 办公室 saving a report sentence twice a second beside the fifty readers
  const writer = await officeSentenceWriter(server.url);
  const writingP99 = await load("驾驶舱(每秒两次写入)", cockpit, sessions, writer);
  console.log(`p99 之比(有写入):${(writingP99 / healthP99).toFixed(2)}`);

  console.log(`全县年度工作总结数据(已物化):${(await timed(report, office)).toFixed(0)} ms(目标 ≤ 1000 ms)`);

  // a register write marks the figures of every capability that counts the register stale (all five years); the
  // next read computes them again, once, and later reads find them stored
  const school = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "school1", password: "EduDemo@2026" }),
  });
  const schoolAccount = (await school.json()) as { csrfToken: string; user: { schoolId: string } };
  const schoolCookie = (school.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const settings = (await (
    await fetch(`${server.url}/api/registry/settings`, { headers: { cookie: schoolCookie } })
  ).json()) as {
    currentSchoolYear: number;
  };
  const first17 = "15259920190316700";
  const created = await fetch(`${server.url}/api/registry/students`, {
    method: "POST",
    headers: { cookie: schoolCookie, "x-csrf-token": schoolAccount.csrfToken, "content-type": "application/json" },
    body: JSON.stringify({
      name: "基准测试",
      ethnicity: "汉族",
      residentId: `${first17}${registry.residentIdCheckChar(first17)}`,
      schoolId: schoolAccount.user.schoolId,
      schoolYear: settings.currentSchoolYear,
      grade: 1,
      classId: null,
      householdType: "urban",
      leftBehind: false,
      migrant: false,
      disability: null,
      disabilityPlacement: null,
      orphan: false,
      povertyRegistered: false,
      dibao: false,
      address: "北原县城关镇",
      guardianName: "基准测试家长",
      guardianPhone: "13800005678",
    }),
  });
  if (created.status !== 201) throw new Error(`登记学生返回 ${created.status}`);
  const afterWrite = await timed(cockpit, cookie);
  console.log(
    `学校登记一名学生后驾驶舱首次读取(学籍、均衡、招生、队伍、学前、体质五年指标重算):${afterWrite.toFixed(0)} ms;` +
      `再次读取 ${(await timed(cockpit, cookie)).toFixed(0)} ms`,
  );
  console.log(
    `全县年度工作总结 Word:${(await timed(`${server.url}/api/reports/work-report.docx`, office)).toFixed(0)} ms`,
  );
} finally {
  await server.stop();
}
