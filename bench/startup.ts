/**
 * Start-up figures: cold first start on an empty data folder (initdb, migrations, demo county, ready) and warm
 * restart on the same folder.
 *
 *   npx tsx bench/startup.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../e2e/serverProcess";

const dataDir = mkdtempSync(join(tmpdir(), "edubureau-bench-"));
try {
  const cold = await startServer({ dataDir });
  await cold.stop();
  const warm = await startServer({ dataDir });
  await warm.stop();
  console.log(`冷启动(空数据目录 → 就绪,含示范县生成):${(cold.startupMs / 1000).toFixed(1)} s`);
  console.log(`热重启(已有数据 → 就绪):${(warm.startupMs / 1000).toFixed(1)} s`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
