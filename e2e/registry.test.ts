import { registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
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

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("home-title").waitFor();
  return page;
}

/** A valid fictitious resident ID of the demo county for a birth date and sequence. */
function residentId(birth: string, seq: string) {
  const first17 = `152599${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

describe("register pages", () => {
  it("shows the county class-size statistics with the rule named and a chart", async () => {
    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/registry/class-sizes`);
    await page.getByTestId("class-sizes-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("class-size-rule").textContent()).toContain("GB 50099-2011");
    await page.getByTestId("chart-class-sizes-by-stage").locator("canvas").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "registry-class-sizes");
    await page.context().close();
  });

  it("lists staff with retirement dates and classes with size categories", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/registry/staff`);
    await page.getByTestId("staff-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "registry-staff");
    await page.goto(`${server.url}/registry/classes`);
    const rows = page.getByTestId("classes-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await page.getByTestId("classes-table").textContent()).not.toContain("北原县第二中学");
    await screenshot(page, "registry-classes");
    await page.context().close();
  });

  it("imports students from the template: errors reported by row and column, fixed, then imported", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/registry/import`);
    const href = await page.getByTestId("import-template").getAttribute("href");
    const template = await page.context().request.get(new URL(href ?? "", server.url).toString());
    expect(template.status()).toBe(200);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("学生信息");
    if (!sheet) throw new Error("template has no 学生信息 sheet");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const schoolCode = String(sheet.getRow(2).getCell(headers.indexOf("学校标识码") + 1).value ?? "");
    // keep the header; replace the example with our rows
    sheet.spliceRows(2, sheet.rowCount);
    const good = residentId("2020-03-15", "511");
    const wrong = `${good.slice(0, 17)}${good[17] === "1" ? "2" : "1"}`;
    const row = (name: string, id: string) => {
      const values: Record<string, string> = {
        姓名: name,
        民族: "汉族",
        身份证号: id,
        户口性质: "城镇",
        学校标识码: schoolCode,
        年级: "一年级",
        班号: "1",
      };
      return headers.map((h) => values[h] ?? "");
    };
    sheet.addRow(row("导入测试甲", good));
    sheet.addRow(row("导入测试乙", wrong));
    const withError = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles({
      name: "学生导入.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: withError,
    });
    const problems = page.getByTestId("import-problems-table");
    await problems.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await problems.textContent()).toContain("身份证号");
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await screenshot(page, "registry-import-errors");

    // fix the wrong ID and upload again
    sheet.getRow(3).getCell(headers.indexOf("身份证号") + 1).value = residentId("2020-04-16", "622");
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByTestId("import-restart").click();
    await page.getByTestId("import-upload").locator("input[type=file]").setInputFiles({
      name: "学生导入-已更正.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: fixed,
    });
    await page.getByTestId("import-validation").waitFor();
    await expect.poll(() => page.getByTestId("import-commit").isDisabled()).toBe(false);
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-result").waitFor();
    expect(await page.getByTestId("import-result").textContent()).toContain("已导入 2 名学生");
    await screenshot(page, "registry-import-done");

    await page.goto(`${server.url}/registry/students?q=${encodeURIComponent("导入测试")}`);
    const table = page.getByTestId("students-table");
    await table.getByText("导入测试甲").waitFor();
    await table.getByText("导入测试乙").waitFor();
    await page.context().close();
  });
});
