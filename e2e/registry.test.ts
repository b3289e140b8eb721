import { registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
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

/** Picks an option of an antd select (with search) by its label: open it, type, take the match. */
async function choose(page: Page, scope: ReturnType<Page["getByTestId"]>, label: string, option: string) {
  await scope.getByLabel(label).click();
  await page.keyboard.type(option);
  await page
    .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`)
    .waitFor();
  await page.keyboard.press("Enter");
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

  it("lets 人事股 register a staff member by form (ID checked), edit the year's employment and mark them as left", async () => {
    const page = await signedIn("renshi");
    await page.goto(`${server.url}/registry/staff`);
    await page.getByTestId("staff-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.getByTestId("staff-create").click();
    const form = page.getByTestId("staff-form");
    await form.getByLabel("姓名").fill("表单测试");
    const good = residentId("1991-05-20", "513");
    await form.getByLabel("身份证号").fill(`${good.slice(0, 17)}${good[17] === "1" ? "2" : "1"}`);
    await form.getByLabel("姓名").click();
    await form.getByText("身份证号校验位不正确").waitFor();
    await form.getByLabel("身份证号").fill(good);
    await choose(page, form, "学校", "北原县第一小学");
    await choose(page, form, "任教学科", "数学");
    await page.getByTestId("staff-form-submit").click();
    // a teacher without a stage is refused on the field
    await form.getByText("专任教师须填写任教学段").waitFor();
    await choose(page, form, "任教学段", "小学");
    await screenshot(page, "registry-staff-form");
    await page.getByTestId("staff-form-submit").click();
    const detail = page.getByTestId("staff-detail");
    await detail.getByText("教职工详情:表单测试").waitFor();
    expect(await detail.textContent()).toContain("1991-05-20");

    await page.getByTestId("staff-edit").click();
    const edit = page.getByTestId("staff-form").last();
    await choose(page, edit, "专业技术职称", "一级");
    await edit.getByTestId("staff-form-submit").click();
    await expect.poll(async () => (await detail.textContent()) ?? "").toContain("一级");
    await screenshot(page, "registry-staff-detail");

    await page.getByTestId("staff-leave").click();
    const modal = page.getByTestId("staff-left-modal");
    await modal.getByLabel("调离原因").fill("调往外县任教");
    await page.getByTestId("staff-left-submit").click();
    await expect.poll(() => page.getByTestId("staff-leave").count()).toBe(0);
    expect(await detail.locator(".ant-descriptions").textContent()).toContain("任职状态调离");
    await screenshot(page, "registry-staff-left");
    await page.context().close();
  });

  it("keeps each user's column choice on the staff list after a reload", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/registry/staff`);
    const table = page.getByTestId("staff-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await table.locator("thead").textContent()).not.toContain("入职日期");
    await page.getByTestId("column-settings-button-staff").click();
    const chooser = page.getByTestId("column-settings-staff");
    await chooser.getByLabel("入职日期").check();
    await chooser.getByLabel("学科").uncheck();
    await expect.poll(async () => (await table.locator("thead").textContent()) ?? "").toContain("入职日期");
    await screenshot(page, "registry-column-settings");
    await page.reload();
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    const header = (await table.locator("thead").textContent()) ?? "";
    expect(header).toContain("入职日期");
    expect(header).not.toMatch(/学科(?!段)/);
    await page.context().close();
  });

  it("lets 基础教育股 set the transfer overdue limit and choose what to import", async () => {
    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/registry/transfers`);
    await page.getByTestId("transfers-table").waitFor();
    expect(await page.getByTestId("transfers-overdue-days").textContent()).toBe("30");
    await page.getByTestId("transfers-settings").click();
    await page.getByTestId("transfers-settings-days").fill("45");
    await screenshot(page, "registry-transfer-settings");
    await page.getByTestId("transfers-settings-save").click();
    await expect.poll(() => page.getByTestId("transfers-overdue-days").textContent()).toBe("45");

    await page.goto(`${server.url}/registry/import`);
    const kinds = page.getByTestId("import-kind");
    await kinds.getByText("办学条件").click();
    await page.getByTestId("import-correction").check();
    await page.getByTestId("import-correction-reason").fill("按新测绘报告更正校舍面积");
    const href = await page.getByTestId("import-template").getAttribute("href");
    expect(href).toContain("/templates/conditions.xlsx");
    await screenshot(page, "registry-import-conditions");
    expect(await kinds.textContent()).toBe("学生学校办学条件");
    await page.context().close();
  });

  it("shows the county's promotion date: a school asks for the promotion, 基础教育股 sees the request and may set the date", async () => {
    const school = await signedIn("school1");
    await school.goto(`${server.url}/registry/promotion`);
    await school.getByTestId("promotion-grades-table").waitFor();
    expect(await school.getByTestId("promotion-refusal").textContent()).toContain("由教育局基础教育股");
    expect(await school.getByTestId("promotion-confirm").count()).toBe(0);
    expect(await school.getByTestId("promotion-settings").count()).toBe(0);
    await school.getByTestId("promotion-request").click();
    await school.getByTestId("promotion-request-note").fill("本学年学籍变动已全部办结");
    await screenshot(school, "registry-promotion-request");
    await school.getByTestId("promotion-request-submit").click();
    await school.getByTestId("promotion-own-request").waitFor();
    expect(await school.getByTestId("promotion-request").count()).toBe(0);
    await screenshot(school, "registry-promotion-school");
    await school.setViewportSize({ width: 390, height: 844 });
    await screenshot(school, "registry-promotion-school-390");
    await school.context().close();

    const page = await signedIn("jcjy");
    await page.goto(`${server.url}/registry/promotion`);
    await page.getByTestId("promotion-table").locator("tbody tr.ant-table-row").first().waitFor();
    // the demo county promotes on 10 July of the school year's second calendar year
    const year = Number((await page.getByTestId("promotion-schedule").textContent())?.match(/(\d{4})—/)?.[1]);
    expect(await page.getByTestId("promotion-date").textContent()).toBe(`${year + 1}年7月10日`);
    expect(await page.getByTestId("promotion-confirm").isDisabled()).toBe(true);
    expect(await page.getByTestId("promotion-refusal").textContent()).toContain("此前不能办理");
    expect(await page.getByTestId("promotion-request-tag").allTextContents()).toEqual(["已申请"]);
    await screenshot(page, "registry-promotion-county");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "registry-promotion-county-390");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId("promotion-settings").click();
    await page.getByTestId("promotion-settings-save").waitFor();
    await screenshot(page, "registry-promotion-settings");
    await page.getByRole("button", { name: /取\s*消/ }).click();
    await page.context().close();
  });

  it("clears a student's masked address explicitly, and opens the staff import for a school", async () => {
    const page = await signedIn("school1");
    await page.goto(`${server.url}/registry/students`);
    await page.getByTestId("student-link").first().click();
    await page.getByTestId("student-detail-title").waitFor();
    await page.getByTestId("student-edit").click();
    const form = page.getByTestId("student-form");
    await form.getByLabel("家庭住址").fill("新村一组8号");
    await page.getByTestId("student-form-submit").click();
    await page.getByText("学生信息已保存").first().waitFor();
    await page.getByTestId("student-edit").click();
    await page.getByTestId("student-clear-address").check();
    await expect.poll(() => form.getByLabel("家庭住址").isDisabled()).toBe(true);
    expect(await page.getByTestId("student-clear-address").isChecked()).toBe(true);
    await screenshot(page, "registry-student-clear-address");
    await page.getByTestId("student-form-submit").click();
    await expect.poll(() => page.getByText("学生信息已保存").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("student-form").count()).toBe(0);
    await page.getByTestId("student-edit").click();
    await page.getByTestId("student-form").getByLabel("家庭住址").waitFor();
    expect(await page.getByTestId("student-clear-address").count()).toBe(0);
    await page.keyboard.press("Escape");

    await page.goto(`${server.url}/registry/staff`);
    await page.getByTestId("staff-import").click();
    const drawer = page.getByTestId("staff-import-drawer");
    await drawer.getByTestId("import-template").waitFor();
    expect(await drawer.getByTestId("import-template").getAttribute("href")).toContain("/templates/staff.xlsx");
    await screenshot(page, "registry-staff-import");
    await page.context().close();
  });
});
