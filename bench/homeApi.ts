/**
 * The home API under load: 50 concurrent clients on loopback call GET /api/registry/overview for a bounded time
 * against the real server with the demo county. The reference beside it is GET /api/health under the same load:
 * the floor of the HTTP stack and the session-less path, so the difference is the cost of the figures themselves.
 * Prints latency percentiles and throughput for both.
 *
 *   npx tsx bench/homeApi.ts [--clients 50] [--seconds 15]
 */
import { parseArgs } from "node:util";
import { startServer } from "../e2e/serverProcess";

const { values } = parseArgs({
  options: { clients: { type: "string", default: "50" }, seconds: { type: "string", default: "15" } },
});
const clients = Math.min(Number(values.clients), 200);
const seconds = Math.min(Number(values.seconds), 120);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(label: string, url: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (n: number) => percentile(latencies, n).toFixed(1);
  console.log(
    `${label}:并发 ${clients},${elapsed.toFixed(1)} s,请求 ${latencies.length},错误 ${errors},` +
      `吞吐 ${(latencies.length / elapsed).toFixed(1)} 次/秒,p50 ${p(50)} ms,p90 ${p(90)} ms,p99 ${p(99)} ms`,
  );
}

const server = await startServer();
try {
  console.log(`服务器就绪用时(含首次建库与示范县生成):${(server.startupMs / 1000).toFixed(1)} s`);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "leader", password: "EduDemo@2026" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const path = `${server.url}/api/registry/overview`;
  const warm = await fetch(path, { headers: { cookie } });
  if (warm.status !== 200) throw new Error(`overview answered ${warm.status}`);
  const body = (await warm.json()) as { students: { total: number } };
  console.log(`概况接口:${body.students.total} 名在校学生`);

  await load("概况接口 /api/registry/overview", path, cookie);
  await load("参照 /api/health", `${server.url}/api/health`, "");
} finally {
  await server.stop();
}
