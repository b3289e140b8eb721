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

describe("student physical fitness", () => {
  it("shows 基础教育股 the county's figures with the report sentence, charts and method note, on a desk and a phone", async () => {
    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/fitness`);
    const sentence = page.getByTestId("fitness-sentence");
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/及格率 \d+\.\d%/);
    await page.getByTestId("fitness-school-chart").locator("canvas").first().waitFor();
    expect(await page.getByTestId("fitness-method").textContent()).toContain("有效成绩人数");
    // the graduation scores of the graduating grades, with who counts said under the table
    const graduation = page.getByTestId("fitness-graduation");
    expect(await graduation.textContent()).toMatch(/六年级.*仅毕业当年/);
    await screenshot(page, "fitness-figures");
    await page.setViewportSize({ width: 390, height: 844 });
    await sentence.waitFor();
    await screenshot(page, "fitness-figures-390");
  });

  it("explains a student's scores item by item", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/fitness/results`);
    const firstName = page.locator("tbody tr.ant-table-row a").first();
    await firstName.waitFor();
    await firstName.click();
    const components = page.getByTestId("fitness-components");
    await components.waitFor();
    expect(await components.textContent()).toMatch(/× 权重/);
    expect(await page.getByTestId("fitness-explanation").textContent()).toMatch(/标准分|缺测/);
    await screenshot(page, "fitness-student");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "fitness-student-390");
  });

  it("shows the scoring tables with disputed cells, and 基础教育股 corrects one with a reason", async () => {
    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/fitness/standard`);
    const table = page.getByTestId("fitness-standard-table");
    await table.waitFor();
    await page.getByRole("combobox", { name: "年级" }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "高一" }).click();
    await page.getByText("女", { exact: true }).click();
    await table.getByText("存疑").first().waitFor();
    await screenshot(page, "fitness-standard");
    await table.getByText("存疑").first().click();
    const modal = page.locator(".ant-modal:visible");
    await modal.waitFor();
    await modal.getByPlaceholder("如:按印刷版标准第38页核对").fill("按印刷版标准核对,采用另一来源的数值");
    await modal.getByRole("button", { name: /保存更正/ }).click();
    await modal.waitFor({ state: "hidden" });
    await page.getByRole("cell", { name: "按印刷版标准核对,采用另一来源的数值" }).waitFor();
    expect(await page.getByText(/当前版本 GB2014\+1/).count()).toBe(1);
  });

  it("keeps the capability from the system administrator", async () => {
    const page = await signedIn("admin");
    await page.goto(`${server.url}/fitness`);
    await page
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    expect(await page.getByTestId("fitness-sentence").count()).toBe(0);
  });
});
