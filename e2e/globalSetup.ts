import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Loads the demo county once per run into a template data folder; every e2e file's server starts on a copy of it
 * (serverProcess.ts) instead of generating the county again, which takes about a minute on two cores.
 * The first-start path itself (an empty folder loading the demo) stays covered by production.test.ts.
 */
export default async function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), "edubureau-e2e-template-"));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/cli.ts", "demo"], {
      cwd: root,
      env: { ...process.env, EDUBUREAU_DATA: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => {
      output += String(d);
    });
    child.stderr?.on("data", (d) => {
      output += String(d);
    });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`示范县生成失败(代码 ${code}):\n${output}`)),
    );
  });
  process.env.EDUBUREAU_E2E_TEMPLATE = dataDir;
  return () => rmSync(dataDir, { recursive: true, force: true });
}
