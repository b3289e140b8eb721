import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * Dropout control on the demo county, in the browser: 基础教育股 sees the overview, reruns a comparison, tries a bad
 * household roster (the page lists the problems and writes nothing), reads the school-age register, the suspects,
 * a case with its visits and photo, the late zero-reports and the rates with the records behind them; a school and
 * leadership on a phone; a teacher is refused. The overview lists the day's reminders (督办提醒); the rates export as
 * xlsx; the poverty-list import page is the section's; the settings are changed by the section and read by
 * leadership. Screenshots at 1440 px and 390 px.
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

async function badRoster(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("户籍适龄人口");
  ws.addRow([
    "身份证号",
    "姓名",
    "性别",
    "出生日期",
    "村(社区)代码",
    "村(社区)名称",
    "住址",
    "监护人姓名",
    "监护人电话",
  ]);
  ws.addRow(["11010519491231002X", "王错龄", "女", "", "999999999201", "外村", "", "", ""]);
  ws.addRow(["110105201803010019", "李错号", "男", "", "999999999201", "外村", "", "", ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function phone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
}

describe("控辍保学 in the browser", () => {
  it("walks 基础教育股 through the registers, a case and the rates", async () => {
    const page = await signIn(browser, server.url, "jcjy");
    await page.goto(`${server.url}/retention`);
    await page.getByRole("heading", { name: "控辍保学工作概况" }).waitFor();
    await page.getByTestId("retention-run-roster").click();
    await page.getByText(/户籍与学籍比对完成:标出 \d+ 人,新增 0,消除 0/).waitFor();
    await page
      .getByTestId("retention-reminders")
      .getByText(/逾期·股室督办|零报告逾期未报/)
      .first()
      .waitFor();
    await screenshot(page, "retention-overview-1440");

    await page.goto(`${server.url}/retention/children`);
    await page.getByRole("heading", { name: "适龄儿童名册" }).waitFor();
    await page.locator("input[type=file]").setInputFiles({
      name: "户籍名单.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await badRoster(),
    });
    const result = page.getByTestId("retention-import-result-roster");
    await result.waitFor();
    expect(await result.textContent()).toContain("尚未写入任何数据");
    await page
      .getByText("身份证号中的出生日期(第7–14位)不是有效日期")
      .or(page.getByText("校验位不正确"))
      .first()
      .waitFor();
    await page.locator(".ant-radio-button-wrapper", { hasText: "未入学" }).click();
    await page.getByText("未入学(疑似)").first().waitFor();
    await screenshot(page, "retention-children-1440");

    await page.goto(`${server.url}/retention/suspects`);
    await page.getByText("连续缺课").first().waitFor();
    await page.getByText("重点:低保家庭").waitFor();
    await screenshot(page, "retention-suspects-1440");

    await page.goto(`${server.url}/retention/cases`);
    await page.getByRole("link", { name: /^\d{4}-0001$/ }).click();
    await page.getByText("劝返记录(3)").waitFor();
    await page
      .getByText(/逾期·股室督办|逾期·局领导督办/)
      .first()
      .waitFor();
    await screenshot(page, "retention-case-1440");

    await page.goto(`${server.url}/retention/reports`);
    await page.getByTestId("retention-late-schools").waitFor();
    await screenshot(page, "retention-reports-1440");

    await page.goto(`${server.url}/retention/rates`);
    const sentence = page.getByTestId("retention-sentence");
    await sentence.filter({ hasText: "九年义务教育巩固率" }).waitFor();
    expect(await sentence.textContent()).toMatch(/小学学龄儿童净入学率达\d/);
    expect(await page.getByTestId("retention-method").textContent()).toContain("8月31日");
    await page.locator(".ant-card-hoverable", { hasText: "小学巩固率" }).first().click();
    await page.getByText("分子:毕业生(应届)").waitFor();
    await screenshot(page, "retention-rates-1440");
    await page.getByTestId("retention-export-rates").waitFor();
    const exported = await page.request.get(`${server.url}/api/retention/exports/rates`);
    expect(exported.status()).toBe(200);
    expect(decodeURIComponent(exported.headers()["content-disposition"] ?? "")).toMatch(/入学率与巩固率.*\.xlsx/);

    await page.goto(`${server.url}/retention/poverty`);
    await page.getByRole("heading", { name: "防返贫监测和低保名单" }).waitFor();
    await page.getByTestId("retention-upload-poverty").waitFor();
    await screenshot(page, "retention-poverty-1440");

    await page.goto(`${server.url}/retention/settings`);
    await page.getByRole("heading", { name: "控辍保学参数" }).waitFor();
    await page.getByLabel("报局领导督办").fill("20");
    await page.getByTestId("retention-settings-save").click();
    await page.getByText("已保存控辍保学参数").waitFor();
    await screenshot(page, "retention-settings-1440");
    await phone(page);
    await page.reload();
    await page.getByRole("heading", { name: "控辍保学参数" }).waitFor();
    expect(await page.getByLabel("报局领导督办").inputValue()).toBe("20");
    await screenshot(page, "retention-settings-390");
    await page.context().close();
  });

  it("lets a school report and see its own, on a phone", async () => {
    const page = await signIn(browser, server.url, "school1");
    await phone(page);
    await page.goto(`${server.url}/retention/reports`);
    await page.getByRole("heading", { name: "缺课登记与零报告" }).waitFor();
    await page.getByRole("button", { name: /填\s*报/ }).click();
    await page.getByText(/已填报 \d{4}-\d{2}/).waitFor();
    await screenshot(page, "retention-school-reports-390");
    await page.goto(`${server.url}/retention/children`);
    await page
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it("shows leadership the rates on a phone and refuses a teacher", async () => {
    const page = await signIn(browser, server.url, "leader");
    await phone(page);
    await page.goto(`${server.url}/retention/rates`);
    await page.getByTestId("retention-sentence").filter({ hasText: "巩固率" }).waitFor();
    await screenshot(page, "retention-rates-390");
    await page.goto(`${server.url}/retention/settings`);
    await page.getByText("参数由基础教育股设置").waitFor();
    await page.goto(`${server.url}/retention`);
    await page.getByTestId("retention-reminders").waitFor();
    await screenshot(page, "retention-overview-390");
    await page.goto(`${server.url}/retention/poverty`);
    await page
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await page.context().close();
    const teacher = await signIn(browser, server.url, "teacher1");
    await teacher.goto(`${server.url}/retention`);
    await teacher
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await teacher.context().close();
  });
});
