import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../apps/server/test/postgresServer";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface RunningServer {
  url: string;
  dataDir: string;
  /** milliseconds from spawn to "ready" */
  startupMs: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real platform (`cli serve`) on a free loopback port with its own data folder, and resolves once it
 * prints that it is ready. The first start on an empty folder loads the demo county; in the e2e run a folder of its
 * own starts as a copy of the run's demo county (globalSetup.ts).
 */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string>; keepData?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "edubureau-e2e-"));
  // the e2e run's demo county, loaded once (globalSetup.ts); a caller with its own folder starts from that folder
  const template = process.env.EDUBUREAU_E2E_TEMPLATE;
  if (!options.dataDir && template) cpSync(template, dataDir, { recursive: true });
  const port = await freePort();
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "apps/server/src/cli.ts", "serve"], {
    cwd: root,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: "127.0.0.1", EDUBUREAU_DATA: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("已就绪")) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`服务器退出(代码 ${code}):\n${output}`));
    });
  });
  const startupMs = Date.now() - started;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    startupMs,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
