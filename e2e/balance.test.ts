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

const signedIn = (username: string) => signIn(browser, server.url, username);

describe("balance monitoring pages", () => {
  it("shows the county's coefficients by the named method, the heat map, a school's radar and provenance", async () => {
    const page = await signedIn("leader");
    // the home page carries both stages' figures, each opening the overview
    await page.getByTestId("home-balance-junior").waitFor();
    expect(await page.getByTestId("home-balance-primary").textContent()).toContain("综合差异系数");
    await screenshot(page, "balance-home");
    await page.goto(`${server.url}/balance`);
    const quality = page.getByTestId("balance-quality-table");
    await quality.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await quality.locator("tbody tr.ant-table-row").count()).toBe(7);
    expect(await page.getByTestId("balance-method").textContent()).toContain("教督〔2017〕6号");
    await page.getByTestId("chart-balance-quality").locator("canvas").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "balance-overview");

    await page.getByRole("tab", { name: "学校达标" }).click();
    await page.getByTestId("chart-balance-heatmap").locator("canvas").first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "balance-heatmap");

    await page.getByTestId("balance-school-link").first().click();
    await page.getByTestId("chart-balance-radar").locator("canvas").waitFor();
    await page.getByTestId("balance-provenance-teachers").locator("tbody tr.ant-table-row").first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "balance-school");
    await page.context().close();
  });

  it("runs a what-if that closes a school's shortfall, saves it and opens it by its link", async () => {
    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/balance/what-if?stage=primary`);
    await page.getByTestId("whatif-add-school").click();
    await page.locator(".ant-select-dropdown .ant-select-item-option").first().click();
    await page.getByTestId("whatif-fill-shortfall").click();
    await page.getByTestId("whatif-compute").click();
    const result = page.getByTestId("whatif-result");
    await result.waitFor();
    expect(await result.textContent()).toMatch(/7 项/);
    await page.getByTestId("chart-whatif").locator("canvas").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "balance-what-if");

    await page.getByTestId("whatif-save").click();
    await page.getByTestId("whatif-scenario-name").fill("补齐薄弱校缺口");
    await page
      .getByRole("button", { name: /保\s*存/ })
      .last()
      .click();
    await page.waitForURL(/scenario=/);
    const link = page.url();
    await page.context().close();

    const other = await signedIn("leader");
    await other.goto(link);
    await other.getByText("模拟测算:补齐薄弱校缺口").waitFor();
    await other.getByTestId("whatif-fill-shortfall").waitFor();
    expect(await other.getByTestId("whatif-fill-shortfall").count()).toBe(1);
    await other.context().close();
  });

  it("publishes the year's figures as a version that opens unchanged", async () => {
    const page = await signedIn("dudao");
    await page.goto(`${server.url}/balance?stage=junior`);
    await page.getByTestId("balance-publish").click();
    await page
      .getByRole("button", { name: /发\s*布/ })
      .last()
      .click();
    const panel = page.getByTestId("balance-snapshots");
    await panel.getByText("已发布第 1 版").waitFor();
    expect(await panel.textContent()).toContain("与当前数据一致");
    await panel.getByRole("link", { name: "第 1 版" }).click();
    await page.getByTestId("balance-snapshot-title").waitFor();
    await page.getByTestId("balance-quality-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "balance-snapshot");
    await page.context().close();
  });

  it("shows a school administrator the county figures and only their own school", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/balance`);
    await page.getByTestId("balance-quality-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("balance-export-xlsx").count()).toBe(0);
    await page.getByRole("tab", { name: "本校达标" }).click();
    const rows = page.getByTestId("balance-schools-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("北原县第一小学");
    await screenshot(page, "balance-school-admin");
    await page.context().close();
  });
});
