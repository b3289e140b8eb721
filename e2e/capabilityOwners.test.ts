import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, launchBrowser, newPage, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/** 业务归口 (owning sections) and the township contact's view of its cases, at 1440 and 390 px. */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function atBothWidths(page: Page, name: string) {
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe("业务归口", () => {
  it("shows the administrator who writes preschool and fitness, and records a decision from today", async () => {
    const page = await signIn(browser, server.url, "admin");
    await page.goto(`${server.url}/system/capability-owners`);
    await page.getByText("设置归口股室").waitFor();
    expect(await page.getByText("基础教育股").count()).toBeGreaterThan(1);
    await atBothWidths(page, "capability-owners");
    await page.context().close();
  });

  it("is read-only for leadership", async () => {
    const page = await signIn(browser, server.url, "leader");
    await page.goto(`${server.url}/system/capability-owners`);
    await page.getByText("归口股室由系统管理员按局里的决定设置").waitFor();
    expect(await page.getByText("设置归口股室").count()).toBe(0);
    await page.context().close();
  });
});

describe("a township contact", () => {
  it("sees the cases of its township only, with the visit form", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-username").fill("xiangzhen");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").click();
    await page.getByText("请从左侧菜单进入您负责的业务").waitFor();
    await page.goto(`${server.url}/retention/cases`);
    await page.locator(".ant-table-row").first().waitFor();
    await atBothWidths(page, "township-cases");
    await page.locator(".ant-table-row a").first().click();
    await page.getByText("登记劝返").first().waitFor();
    await atBothWidths(page, "township-case");
    await page.context().close();
  });
});
