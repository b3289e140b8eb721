import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

const PASSWORD = "EduDemo@2026";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  return { context, page };
}

async function logIn(page: Page, username: string, password = PASSWORD) {
  await page.goto(`${server.url}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

/** A chart has drawn when its container holds a canvas with a non-zero size. */
async function expectChartDrawn(page: Page, testId: string) {
  const canvas = page.getByTestId(testId).locator("canvas").first();
  await canvas.waitFor({ state: "visible", timeout: 15_000 });
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect(box?.height ?? 0).toBeGreaterThan(100);
}

describe("login", () => {
  it("shows a Chinese error for a wrong password and stays on the login page", async () => {
    const { context, page } = await newPage();
    await logIn(page, "leader", "wrong-password-1");
    await expect(page.getByTestId("login-error").textContent()).resolves.toContain("用户名或密码错误");
    expect(new URL(page.url()).pathname).toBe("/login");
    await screenshot(page, "login-error");
    await context.close();
  });

  it("sends a signed-out visitor of a deep link to login and back", async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/registry/schools`);
    await page.getByTestId("login-username").waitFor();
    await page.getByTestId("login-username").fill("leader");
    await page.getByTestId("login-password").fill(PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("schools-table").waitFor();
    expect(new URL(page.url()).pathname).toBe("/registry/schools");
    await context.close();
  });
});

const ROLES = [
  { username: "admin", title: "全县概况", menu: ["用户管理", "审计日志"], noMenu: [] },
  { username: "leader", title: "全县概况", menu: ["审计日志", "学生名单"], noMenu: ["用户管理"] },
  { username: "jcjy", title: "全县概况", menu: ["学生名单"], noMenu: ["用户管理", "审计日志"] },
  { username: "jiaoyan", title: "全县概况", menu: ["学校名录"], noMenu: ["用户管理"] },
  { username: "school1", title: "北原县第一小学概况", menu: ["学生名单"], noMenu: ["审计日志"] },
  { username: "school2", title: "北原县第二中学概况", menu: ["学生名单"], noMenu: ["审计日志"] },
  { username: "teacher1", title: "我的班级概况", menu: ["学生名单"], noMenu: ["用户管理", "审计日志"] },
  { username: "duxue", title: "全县概况", menu: ["学校名录"], noMenu: ["用户管理"] },
] as const;

describe.each(ROLES)("signed in as $username", ({ username, title, menu, noMenu }) => {
  it("sees the home page in its scope, with charts drawn, and only its menu entries", async () => {
    const { context, page } = await newPage();
    await logIn(page, username);
    // the title names the scope once the overview has loaded
    await expect.poll(() => page.getByTestId("home-title").textContent(), { timeout: 15_000 }).toContain(title);
    await expectChartDrawn(page, "chart-students-by-stage");
    await expectChartDrawn(page, "chart-class-sizes");
    if (title === "全县概况") await expectChartDrawn(page, "chart-schools-by-kind");
    const menuText = (await page.getByTestId("main-menu").textContent()) ?? "";
    for (const m of menu) expect(menuText, m).toContain(m);
    for (const m of noMenu) expect(menuText, m).not.toContain(m);
    const students = Number(
      ((await page.getByTestId("stat-students").textContent()) ?? "").replace(/[^\d]/g, "").slice(0, 9),
    );
    expect(students).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await screenshot(page, `home-${username}`);
    await context.close();
  });
});

describe("pages by role", () => {
  it("shows the administrator the accounts and the audit log with the logins just made", async () => {
    const { context, page } = await newPage();
    await logIn(page, "admin");
    await page.getByTestId("home-title").waitFor();
    await page.goto(`${server.url}/system/users`);
    await page.getByTestId("users-table").getByText("teacher1").waitFor();
    await screenshot(page, "users-admin");
    await page.goto(`${server.url}/system/audit`);
    await page.getByTestId("audit-table").getByText("登录失败").first().waitFor();
    await screenshot(page, "audit-admin");
    await context.close();
  });

  it("shows leadership a 403 page for account management", async () => {
    const { context, page } = await newPage();
    await logIn(page, "leader");
    await page.getByTestId("home-title").waitFor();
    await page.goto(`${server.url}/system/users`);
    await page.getByText("无权访问").waitFor();
    await screenshot(page, "forbidden-leader");
    await context.close();
  });

  it("lets a school administrator reveal one of its students' ID with a reason, masked otherwise", async () => {
    const { context, page } = await newPage();
    await logIn(page, "school1");
    await page.getByTestId("home-title").waitFor();
    await page.goto(`${server.url}/registry/students`);
    const table = page.getByTestId("students-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("user-scope").textContent()).toContain("北原县第一小学");
    expect(await table.textContent()).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
    // the school column is shown to county-wide users only; a school sees no other school's pupils (access tests)
    expect(await table.textContent()).not.toContain("北原县第二中学");
    await screenshot(page, "students-school1");
    await page.getByTestId("reveal-resident-id").first().click();
    await page.getByLabel("事由").fill("核对转学材料");
    await page.getByRole("button", { name: "确认查看" }).click();
    const revealed = await page.getByTestId("revealed-resident-id").textContent();
    expect(revealed).toMatch(/身份证号:\d{17}[\dX]/);
    expect(revealed).toContain("已记入审计日志");
    await screenshot(page, "students-reveal");
    await context.close();
  });

  it("shows a teacher no reveal button", async () => {
    const { context, page } = await newPage();
    await logIn(page, "teacher1");
    await page.getByTestId("home-title").waitFor();
    await page.goto(`${server.url}/registry/students`);
    await page.getByTestId("students-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("reveal-resident-id").count()).toBe(0);
    await context.close();
  });

  it("shows a Chinese 404 page for an unknown address", async () => {
    const { context, page } = await newPage();
    await logIn(page, "leader");
    await page.getByTestId("home-title").waitFor();
    await page.goto(`${server.url}/no/such/page`);
    await page.getByText("页面不存在").first().waitFor();
    await screenshot(page, "not-found");
    await context.close();
  });
});
