// The load driver of the cluster proof (run.sh): simulated users through the proxy for a bounded time, each a loop
// of student search, the home overview, an exam analysis and — for some — registering a student. Prints requests,
// errors, p50/p99 by kind and writes the acknowledged writes' ids to a file so run.sh can count the rows present.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { registry } from "@edubureau/core";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:8080" },
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "120" },
    written: { type: "string", default: "written.txt" },
    events: { type: "string", default: "" },
    /** the moment (Unix seconds) the run's clock starts, shared with run.sh's fault events */
    t0: { type: "string", default: "" },
  },
});
const base = values.base;
const users = Number(values.users);
const endAt = Date.now() + Number(values.seconds) * 1000;
const PASSWORD = "EduDemo@2026";

type Kind = "search" | "overview" | "analysis" | "write" | "login";
interface Sample {
  kind: Kind;
  at: number;
  ms: number;
  status: number;
}
const samples: Sample[] = [];
const failures = new Map<string, number>();
const writtenIds: string[] = [];
const started = values.t0 ? Number(values.t0) * 1000 : Date.now();
let schoolYear = 0;

interface Session {
  cookie: string;
  csrf: string;
}

async function timed(kind: Kind, path: string, init: RequestInit = {}): Promise<Response | null> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
    samples.push({ kind, at: Date.now() - started, ms: performance.now() - t0, status: res.status });
    if (res.status >= 400) {
      const body = await res.text();
      const key = `${kind} ${res.status} ${body.slice(0, 120)}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
      return null;
    }
    return res;
  } catch (err) {
    samples.push({ kind, at: Date.now() - started, ms: performance.now() - t0, status: 0 });
    const key = `${kind} network ${(err as Error).message}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
    return null;
  }
}

async function login(username: string): Promise<Session | null> {
  for (let attempt = 0; attempt < 20 && Date.now() < endAt; attempt++) {
    const res = await timed("login", "/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res) {
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const body = (await res.json()) as { csrfToken: string };
      return { cookie, csrf: body.csrfToken };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "wang", "li", "zh"];

/**
 * A valid fictitious resident ID, unique per user and sequence: region 152599, born January to August of the year
 * six years before the school year (so six on 1 September, the age of grade 1).
 */
function residentId(user: number, seq: number): string {
  const index = seq * 50 + user;
  const day = String(1 + (index % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(index / 28) % 8)).padStart(2, "0");
  const serial = String(Math.floor(index / 224) % 1000).padStart(3, "0");
  const first17 = `152599${schoolYear - 6}${month}${day}${serial}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

async function user(n: number, examId: string | null, schoolId: string | null) {
  // one in five users is a school entering students; the others read
  const writer = n % 5 === 0 && schoolId !== null;
  const session = await login(writer ? "school1" : "leader");
  if (!session) return;
  const headers = { cookie: session.cookie };
  let seq = 0;
  const usedIds = new Set<string>();
  while (Date.now() < endAt) {
    const q = encodeURIComponent(SURNAMES[(n + seq) % SURNAMES.length]!);
    await timed("search", `/api/registry/students?q=${q}&pageSize=20`, { headers });
    await timed("overview", "/api/registry/overview", { headers });
    if (examId && !writer) await timed("analysis", `/api/exams/${examId}/analysis`, { headers });
    if (writer) {
      let id = residentId(n, seq);
      while (usedIds.has(id)) id = residentId(n, ++seq);
      usedIds.add(id);
      const res = await timed("write", "/api/registry/students", {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "x-csrf-token": session.csrf },
        body: JSON.stringify({
          name: `压测${n}号${seq}`,
          ethnicity: "汉族",
          residentId: id,
          schoolId,
          schoolYear,
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
          guardianName: "压测家长",
          guardianPhone: "13800001234",
        }),
      });
      if (res) writtenIds.push(((await res.json()) as { id: string }).id);
    }
    seq += 1;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const leader = await login("leader");
  const school = await login("school1");
  if (!leader || !school) throw new Error("cannot sign in through the proxy");
  const exams = (await (await fetch(`${base}/api/exams`, { headers: { cookie: leader.cookie } })).json()) as {
    rows: { id: string; status: string }[];
  };
  const examId = exams.rows.find((e) => e.status === "published")?.id ?? null;
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie: school.cookie } })).json()) as {
    user: { schoolId: string | null };
  };
  const year = (await (
    await fetch(`${base}/api/registry/overview`, { headers: { cookie: school.cookie } })
  ).json()) as {
    schoolYear: number;
  };
  schoolYear = year.schoolYear;
  samples.length = 0;
  await Promise.all(Array.from({ length: users }, (_, n) => user(n, examId, me.user.schoolId)));
  writeFileSync(values.written, `${writtenIds.join("\n")}\n`);

  const seconds = (Date.now() - started) / 1000;
  const ok = samples.filter((s) => s.status > 0 && s.status < 400);
  console.log(`\n== 负载:${users} 个并发用户,${seconds.toFixed(0)} 秒,经 nginx ${base}`);
  console.log(
    `请求 ${samples.length},成功 ${ok.length},错误 ${samples.length - ok.length},吞吐 ${(samples.length / seconds).toFixed(1)} 次/秒`,
  );
  console.log("类别        请求     错误    p50(ms)  p99(ms)");
  for (const kind of ["search", "overview", "analysis", "write", "login"] as Kind[]) {
    const all = samples.filter((s) => s.kind === kind);
    if (all.length === 0) continue;
    const ms = all
      .filter((s) => s.status > 0 && s.status < 400)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const errors = all.length - ms.length;
    console.log(
      `${kind.padEnd(10)} ${String(all.length).padStart(6)} ${String(errors).padStart(8)} ${percentile(ms, 50).toFixed(0).padStart(10)} ${percentile(ms, 99).toFixed(0).padStart(8)}`,
    );
  }
  const all = ok.map((s) => s.ms).sort((a, b) => a - b);
  console.log(`全部成功请求 p50 ${percentile(all, 50).toFixed(0)} ms,p99 ${percentile(all, 99).toFixed(0)} ms`);
  if (values.events) {
    // errors by the fault window they fell in (run.sh writes "<second> <label>" lines as it injects faults)
    const { readFileSync } = await import("node:fs");
    const events = readFileSync(values.events, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => {
        const [t, ...label] = l.split(" ");
        return { at: Number(t) * 1000, label: label.join(" ") };
      });
    const edges = [{ at: 0, label: "开始" }, ...events];
    console.log("\n按时段的错误(时段从该事件起,到下一事件止):");
    for (let i = 0; i < edges.length; i++) {
      const from = edges[i]!.at;
      const to = edges[i + 1]?.at ?? Number.POSITIVE_INFINITY;
      const inWindow = samples.filter((s) => s.at >= from && s.at < to);
      const errors = inWindow.filter((s) => s.status === 0 || s.status >= 400).length;
      console.log(
        `  ${String(Math.round(from / 1000)).padStart(4)} 秒 ${edges[i]!.label.padEnd(28)} 请求 ${inWindow.length},错误 ${errors}`,
      );
    }
  }
  if (failures.size > 0) {
    console.log("\n错误明细(类别 状态 回答开头):");
    for (const [key, n] of [...failures].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${n} × ${key}`);
  }
  console.log(`写入确认 ${writtenIds.length} 行(学生),编号在 ${values.written}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
