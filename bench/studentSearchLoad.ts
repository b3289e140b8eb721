/**
 * Student search under load on the embedded database (target: p99 ≤ 300 ms with 50 concurrent users).
 *
 * Starts the real server (`cli serve`, PGlite) with the demo county, signs in as the county's 基础教育股 and calls
 * GET /api/registry/students?q=… from 1 client and then from 50 concurrent clients, each sending its next search as
 * soon as the last one is answered (no think time: the hardest case), for a bounded time. The terms are what people
 * type, drawn from the county's students: a full name, a surname alone, a given name (a substring that is not a
 * prefix), pinyin initials of two and three letters, and the last four of the resident ID, in turn. The reference
 * beside each run is GET /api/health under the same load (the floor of the HTTP stack), and the load average of the
 * machine is printed with each figure. On a machine shared with other work the waits measure the sharing as much as
 * the server, so the server process's own CPU time per request is printed too (from /proc, Linux): what a request
 * costs whatever else runs, and so the requests per second one free core would serve.
 *
 * A search is answered from the scope's student list kept in memory once it has been read (after two searches with
 * no write between them; registry/keptStudentLists.ts), and by the database after each write until the list is read
 * again. So the fifty run a second time with 办公室 saving a report sentence twice a second beside them (each save
 * is a write: the list is read again, at most a tenth of the time, and searches meanwhile go to the database).
 *
 * With --city the platform runs as a city would: a PostgreSQL server started here (bench settings: fsync off),
 * the city demo of 50 counties and about 1,000,000 students loaded into it with `cli demo --scale city` (its time is
 * printed: the city demo's own figure), and two app servers on it, the fifty clients' requests going to each in
 * turn. The searcher is the first county's 基础教育股, whose scope is that county within the city's register.
 *
 *   npx tsx bench/studentSearchLoad.ts [--clients 50] [--seconds 15] [--data-dir <folder>] [--city]
 *
 * With --data-dir the demo county is kept in that folder and reused by the next run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { registry } from "@edubureau/core";
import { startTestPostgres, type TestPostgres } from "../apps/server/test/postgresServer";
import { type RunningServer, startServer } from "../e2e/serverProcess";
import { officeSentenceWriter } from "./officeWriter";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "15" },
    "data-dir": { type: "string" },
    city: { type: "boolean", default: false },
  },
});
const clients = Math.min(Number(values.clients), 200);
const seconds = Math.min(Number(values.seconds), 120);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** CPU time (user + system) of the server process so far, in ms: the direct child running `cli serve`. */
function serverCpuMs(): number {
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)], { encoding: "utf8" });
  let total = 0;
  for (const pid of children.split("\n").map((l) => l.trim())) {
    if (!existsSync(`/proc/${pid}/stat`)) continue; // the ps that listed them has ended
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    total += ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * 10; // utime, stime in 1/100 s
  }
  return total;
}

interface Outcome {
  /** server CPU ms per request */
  cpuPerRequest: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `n` clients, each calling the next URL as soon as the last answer has been read, for `seconds`. */
async function load(
  n: number,
  urls: string[],
  cookie: string,
  alongside?: (deadline: number) => Promise<number>,
): Promise<Outcome & { writes: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + seconds * 1000;
  const cpuBefore = serverCpuMs();
  const started = performance.now();
  const writing = alongside?.(deadline) ?? Promise.resolve(0);
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (Date.now() < deadline) {
        const url = urls[next++ % urls.length] ?? "";
        const t = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const writes = await writing;
  latencies.sort((a, b) => a - b);
  return {
    writes,
    cpuPerRequest: (serverCpuMs() - cpuBefore) / Math.max(1, latencies.length),
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

const line = (label: string, n: number, o: Outcome) =>
  `  ${label.padEnd(22, " ")} 并发 ${String(n).padStart(3)}:请求 ${String(o.requests).padStart(6)},错误 ${o.errors},` +
  `吞吐 ${o.perSecond.toFixed(1).padStart(7)} 次/秒,p50 ${o.p50.toFixed(1).padStart(7)} ms,p99 ${o.p99.toFixed(1).padStart(7)} ms` +
  `;服务器 CPU ${o.cpuPerRequest.toFixed(2)} ms/次(负载 ${loadavg()[0]?.toFixed(2)})`;

/** The city on PostgreSQL: the server, the city demo loaded into it (timed), two app servers on it. */
async function startCity(): Promise<{ postgres: TestPostgres; servers: RunningServer[] }> {
  const postgres = await startTestPostgres();
  const env = { DATABASE_URL: postgres.url(), EDUBUREAU_SECRET: randomBytes(32).toString("hex") };
  const started = performance.now();
  const demo = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/cli.ts", "demo", "--scale", "city"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (demo.status !== 0) throw new Error(`示范市载入失败:\n${demo.stdout}\n${demo.stderr}`);
  const lines = demo.stdout.trim().split("\n");
  console.log(`示范市载入(cli demo --scale city,PostgreSQL):${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const l of lines.filter((l) => /写入完成|体质健康|已载入/.test(l))) console.log(`  ${l}`);
  const servers = [await startServer({ env }), await startServer({ env })];
  return { postgres, servers };
}

const city = values.city ? await startCity() : null;
const servers = city?.servers ?? [await startServer({ dataDir: values["data-dir"], keepData: !!values["data-dir"] })];
const server = servers[0]!;
try {
  console.log(
    `服务器就绪用时:${(server.startupMs / 1000).toFixed(1)} s${city ? "(两台应用服务器,同一 PostgreSQL)" : ""}`,
  );
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "jcjy", password: "EduDemo@2026" }),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const api = `${server.url}/api/registry/students`;

  // the terms: from students spread over the county's list (every 37th of the first pages)
  const sample: { name: string; residentIdMasked: string | null }[] = [];
  for (let page = 1; page <= 40; page += 3) {
    const res = await fetch(`${api}?pageSize=200&page=${page}`, { headers: { cookie } });
    const body = (await res.json()) as { rows: { name: string; residentIdMasked: string | null }[]; total: number };
    if (page === 1) console.log(`基础教育股范围内在读学生 ${body.total} 名`);
    sample.push(...body.rows.filter((_, i) => i % 37 === 0));
  }
  const terms: string[] = [];
  for (const s of sample) {
    const initials = registry.nameInitials(s.name);
    terms.push(
      s.name,
      s.name.slice(0, 1),
      ...(s.name.length >= 2 ? [s.name.slice(1)] : []),
      ...(initials.length >= 2 ? [initials.slice(0, 2)] : []),
      ...(initials.length >= 3 ? [initials.slice(0, 3)] : []),
      ...(s.residentIdMasked ? [s.residentIdMasked.slice(-4)] : []),
    );
  }
  // with two app servers, the requests go to each in turn (a proxy's round robin)
  const urls = terms.map(
    (q, i) => `${servers[i % servers.length]!.url}/api/registry/students?q=${encodeURIComponent(q)}`,
  );
  const healthUrls = servers.map((s) => `${s.url}/api/health`);
  console.log(`检索词 ${terms.length} 个(姓名全称、姓氏、名字片段、拼音首字母 2/3 位、身份证后 4 位,轮流)`);
  for (const url of urls.slice(0, 20)) await (await fetch(url, { headers: { cookie } })).arrayBuffer(); // warm

  for (const n of [1, clients]) {
    console.log(line("学生检索 /students?q=", n, await load(n, urls, cookie)));
    console.log(line("参照 /api/health", n, await load(n, healthUrls, "")));
  }

  // 办公室 saves a sentence of the work report twice a second beside the searching fifty
  const writer = await officeSentenceWriter(server.url);
  const writing = await load(clients, urls, cookie, writer);
  console.log(`${line("学生检索(每秒两次写入)", clients, writing)},同时写入 ${writing.writes} 次`);
  console.log(
    city
      ? `目标:示范市(PostgreSQL,两台应用服务器)并发 ${clients} 时 ≥ 500 次/秒,p99 ≤ 200 ms;示范市载入 ≤ 2 分钟`
      : `目标:并发 ${clients} 时 p99 ≤ 300 ms`,
  );
} finally {
  for (const s of servers) await s.stop();
  city?.postgres.stop();
}
