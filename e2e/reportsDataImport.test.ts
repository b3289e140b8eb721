import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * The report's own inputs in the browser: 基础教育股 uploads an after-school file with a bad row and reads the
 * problem by row and column (nothing written); 招生办 sees the exam results imports on a phone. Screenshots at
 * 1440 px and 390 px.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function badAfterSchoolFile() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("课后服务");
  ws.addRow(["学校代码", "学校名称", "学期", "参加学生数", "参与教师数", "服务内容", "收费方式"]);
  ws.addRow(["0000000000", "", "秋季学期", "很多", "3", "作业辅导", "免费"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("报告数据导入 in the browser", () => {
  it("shows 基础教育股 a bad row by row and column, and 招生办 the exam imports on a phone", async () => {
    const page = await signIn(browser, server.url, "jcjy");
    await page.goto(`${server.url}/reports/data-import`);
    await page.getByText("计算口径").waitFor();
    await page.locator("input[type=file]").setInputFiles({
      name: "课后服务.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await badAfterSchoolFile(),
    });
    await page.getByText("尚未写入任何数据").waitFor();
    expect(await page.getByText(/参加学生数应为不小于 0 的整数/).count()).toBeGreaterThan(0);
    await screenshot(page, "reports-data-import-1440");
    await page.close();

    const zs = await signIn(browser, server.url, "zhaosheng");
    await zs.setViewportSize({ width: 390, height: 844 });
    await zs.goto(`${server.url}/reports/data-import`);
    await zs.getByText("本科升学率 =").waitFor();
    await screenshot(zs, "reports-data-import-390");
    await zs.close();
  });
});
