/**
 * The city demo's load on PostgreSQL (target ≤ 2 minutes): `cli demo --scale city` — 50 counties, about 1,160,000
 * students, 3,000,000 enrollment rows, 890,000 fitness results — into a throwaway PostgreSQL server (test settings:
 * fsync off), each step's time as the CLI reports it. Beside it, the reference: the database's own restore of the
 * same data (pg_dump of the loaded city, then pg_restore with two jobs into an empty database: COPY, index builds,
 * foreign keys validated), the floor for writing those rows and their indexes on this machine.
 *
 *   npx tsx bench/cityDemo.ts [--no-reference]
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { binDir, startTestPostgres } from "../apps/server/test/postgresServer";

const { values } = parseArgs({
  options: {
    "no-reference": { type: "boolean", default: false },
    "test-settings": { type: "boolean", default: false },
  },
});
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** docs/deploy.md's settings for this workload that bear on a bulk load (memory as on a 16 GB database machine) */
const DEPLOY_SETTINGS = {
  shared_buffers: "4GB",
  work_mem: "32MB",
  maintenance_work_mem: "512MB",
  checkpoint_timeout: "15min",
  max_wal_size: "8GB",
};
const postgres = await startTestPostgres(values["test-settings"] ? {} : DEPLOY_SETTINGS);
try {
  console.log(`机器:${cpus().length} 核;开始时负载 ${loadavg()[0]?.toFixed(2)}`);
  const started = performance.now();
  const demo = spawn(process.execPath, ["--import", "tsx", "apps/server/src/cli.ts", "demo", "--scale", "city"], {
    env: { ...process.env, DATABASE_URL: postgres.url(), EDUBUREAU_SECRET: randomBytes(32).toString("hex") },
  });
  let output = "";
  demo.stdout.on("data", (chunk: Buffer) => {
    for (const line of String(chunk).split("\n")) {
      // the CLI's own steps, not each county's line
      if (/^(已写入|示范数据|正在|main)/.test(line) && !/县\(\d{6}\)$/.test(line)) {
        console.log(`  ${seconds(performance.now() - started).padStart(8)}  ${line.slice(0, 120)}`);
      }
    }
  });
  demo.stderr.on("data", (chunk: Buffer) => {
    output += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => demo.on("exit", resolve));
  if (code !== 0) throw new Error(`示范市载入失败:\n${output}`);
  const loaded = performance.now() - started;
  console.log(`示范市载入(cli demo --scale city,PostgreSQL):${seconds(loaded)};目标 ≤ 120 s`);
  if (!values["no-reference"]) {
    const folder = mkdtempSync(join(tmpdir(), "edubureau-city-dump-"));
    try {
      const dump = join(folder, "city");
      const bin = binDir();
      let at = performance.now();
      const dumped = spawnSync(join(bin, "pg_dump"), ["-Fd", "-j", "2", "-f", dump, postgres.url()], {
        encoding: "utf8",
      });
      if (dumped.status !== 0) throw new Error(dumped.stderr);
      console.log(`参照:pg_dump(目录格式,2 个作业)${seconds(performance.now() - at)}`);
      const created = spawnSync(join(bin, "createdb"), [`--maintenance-db=${postgres.url()}`, "restored"], {
        encoding: "utf8",
      });
      if (created.status !== 0) throw new Error(created.stderr);
      at = performance.now();
      const restored = spawnSync(
        join(bin, "pg_restore"),
        ["-j", "2", "--no-owner", "-d", postgres.url("restored"), dump],
        { encoding: "utf8" },
      );
      if (restored.status !== 0) throw new Error(restored.stderr);
      console.log(`参照:pg_restore 同样的数据(2 个作业,含索引与外键校验)${seconds(performance.now() - at)}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
} finally {
  postgres.stop();
}
