import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("学前教育普及普惠 in the demo county", () => {
  it("shows leadership the evaluation with charts, what pulls each indicator down, and the method", async () => {
    const page = await signIn(browser, server.url, "leader");
    await page.getByTestId("home-preschool").getByText("学前三年毛入园率").waitFor();
    await page.goto(`${server.url}/preschool`);
    await page.getByTestId("preschool-title").waitFor();
    const table = page.getByTestId("preschool-indicators");
    await table.getByText("学前三年毛入园率").waitFor();
    // the demo county's weak link: classes over their limit in the urban kindergartens
    const classRow = table.locator("tr", { hasText: "班额达标班级占比" });
    await expect(classRow.getByText("未达标").count()).resolves.toBe(1);
    await classRow.locator(".ant-table-row-expand-icon").click();
    await page.getByText("拉低该指标的幼儿园").waitFor();
    await expect(page.getByText(/小\(\d\)班 \d+ 人\(上限 25\)/).count()).resolves.toBeGreaterThan(0);
    await page.getByText("计算口径与数据说明").click();
    await page
      .getByTestId("preschool-method")
      .getByText(/9 月 1 日/)
      .first()
      .waitFor();
    await page.getByTestId("preschool-indicator-chart").locator("canvas").waitFor();
    await screenshot(page, "preschool-1440");
    // a phone opens the page at its own width
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId("preschool-indicator-chart").locator("canvas").waitFor();
    await screenshot(page, "preschool-390");
    await page.context().close();
  });

  it("lets the section see the township plan and run a what-if: recognising the private kindergarten lifts coverage", async () => {
    const page = await signIn(browser, server.url, "jcjy");
    await page.goto(`${server.url}/preschool/plan`);
    await page.getByTestId("preschool-plan").getByText("全县").waitFor();
    await page.getByTestId("preschool-gap-chart").locator("canvas").waitFor();
    // every figure names its source: the county's entered population now, the household roster for the years ahead
    await page.getByTestId("preschool-plan").getByText("户籍名单").first().waitFor();
    await screenshot(page, "preschool-plan-1440");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("preschool-plan").getByText("全县").waitFor();
    await screenshot(page, "preschool-plan-390");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.url}/preschool/what-if`);
    await page.getByRole("button", { name: /认定普惠性民办园/ }).click();
    await page.getByTestId("preschool-whatif-run").click();
    const result = page.getByTestId("preschool-whatif-result");
    const coverage = result.locator("tr", { hasText: "普惠性幼儿园覆盖率" });
    await coverage.getByText("100.0%").waitFor();
    await screenshot(page, "preschool-whatif-1440");
    await page.context().close();
  });

  it("lets the section correct a kindergarten's yearly report", async () => {
    const page = await signIn(browser, server.url, "jcjy");
    await page.goto(`${server.url}/preschool`);
    await page.getByTestId("preschool-kindergartens").getByRole("link").first().click();
    await page.getByTestId("preschool-report-form").waitFor();
    await page.getByLabel("保教费(每月)").fill("300");
    await page.getByTestId("preschool-report-save").click();
    await page.getByText("已保存年度填报").waitFor();
    await screenshot(page, "preschool-kindergarten-1440");
    await page.context().close();
  });

  it("keeps teachers out: no menu entry and the 403 page", async () => {
    const page = await signIn(browser, server.url, "teacher1");
    await expect(page.getByRole("menuitem", { name: /学前教育/ }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/preschool`);
    await page.getByText("无权访问").waitFor();
    await page.context().close();
  });
});
