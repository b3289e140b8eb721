import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./serverProcess";

const SECRET = "a-production-secret-of-at-least-thirty-two-characters";
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "edubureau-prod-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function login(url: string, username: string, password: string) {
  return fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
}

describe("production mode", () => {
  it("refuses to start without the personal-data secret", async () => {
    const error = await startServer({ dataDir: tempDir(), env: { EDUBUREAU_MODE: "production" } }).catch((e) => e);
    expect(String(error)).toContain("生产模式必须设置环境变量 EDUBUREAU_SECRET");
  });

  it("creates an administrator instead of the demo county, and no demo account works", async () => {
    const server = await startServer({
      dataDir: tempDir(),
      env: { EDUBUREAU_MODE: "production", EDUBUREAU_SECRET: SECRET, EDUBUREAU_ADMIN_PASSWORD: "First-Chief-2026" },
    });
    try {
      expect(server.output()).toContain("已创建系统管理员 admin");
      expect(server.output()).not.toContain("示范账号");
      expect((await login(server.url, "leader", "EduDemo@2026")).status).toBe(401);
      const admin = await login(server.url, "admin", "First-Chief-2026");
      expect(admin.status).toBe(200);
      expect(((await admin.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
      expect(admin.headers.get("set-cookie")).toMatch(/Secure/i);
    } finally {
      await server.stop();
    }
  });

  it("refuses to start on a database with demo accounts unless explicitly allowed", async () => {
    const dataDir = tempDir();
    const demo = await startServer({ dataDir });
    await demo.stop();
    const env = { EDUBUREAU_MODE: "production", EDUBUREAU_SECRET: SECRET };
    const refused = await startServer({ dataDir, env }).catch((e) => e);
    expect(String(refused)).toContain("生产模式拒绝启动:数据库中存在示范账号");
    const allowed = await startServer({ dataDir, env: { ...env, EDUBUREAU_ALLOW_DEMO: "1" } });
    await allowed.stop();
  });
});
