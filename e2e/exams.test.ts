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

/** Opens the demo exam of a grade from the list. */
async function openExam(page: Page, name: string) {
  await page.goto(`${server.url}/exams`);
  await page.getByTestId("exams-table").getByRole("link", { name }).first().click();
  await page.getByTestId("exam-title").waitFor();
}

async function tab(page: Page, key: string) {
  await page.getByTestId(`exam-tab-${key}`).click();
}

const canvasIn = (page: Page, testId: string) => page.getByTestId(testId).locator("canvas").waitFor();

describe("exam analysis pages", () => {
  it("shows the bureau the county overview with charts, internal ranks and the policy", async () => {
    const page = await signedIn("jiaoyan");
    await openExam(page, "八年级上学期期中质量检测");
    expect(await page.getByTestId("exam-policy").textContent()).toContain("内部资料");
    await page.getByTestId("internal-tag").waitFor();
    for (const chart of ["chart-exam-bands", "chart-exam-box", "chart-exam-rates", "chart-exam-value-added"]) {
      await canvasIn(page, chart);
    }
    const schools = page.getByTestId("exam-schools-table");
    await schools.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await schools.textContent()).toContain("均分排序(内部)");
    await page.waitForTimeout(400);
    await screenshot(page, "exams-overview");

    await tab(page, "school");
    await canvasIn(page, "chart-school-diff");
    await page.getByTestId("school-classes-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-school");

    await tab(page, "teacher");
    await page.getByTestId("teachers-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-teachers");

    await tab(page, "items");
    await canvasIn(page, "chart-items");
    expect(await page.getByTestId("items-table").locator("tbody tr.ant-table-row").count()).toBe(18);
    await page.waitForTimeout(300);
    await screenshot(page, "exams-items");

    await tab(page, "class");
    await canvasIn(page, "chart-class-levels");
    await page.waitForTimeout(300);
    await screenshot(page, "exams-class");
    await page.context().close();
  });

  it("shows a school levels for a non-graduating grade: no scores, no ranks", async () => {
    const page = await signedIn("school2");
    await openExam(page, "八年级上学期期中质量检测");
    const policy = await page.getByTestId("exam-policy").textContent();
    expect(policy).toContain("等级呈现");
    expect(policy).not.toContain("内部资料");
    await canvasIn(page, "chart-school-diff");
    expect(await page.getByTestId("school-subjects-table").textContent()).not.toContain("排序");
    await page.waitForTimeout(300);
    await screenshot(page, "exams-school-levels");
    await tab(page, "students");
    const table = page.getByTestId("students-table");
    await table.locator("tbody tr.ant-table-row").first().waitFor();
    expect(await table.locator("thead").textContent()).toContain("总评等级");
    expect(await table.locator("thead").textContent()).not.toContain("T分");
    await screenshot(page, "exams-students-levels");
    await page.context().close();
  });

  it("shows a teacher their own view with the policy named", async () => {
    const page = await signedIn("teacher1");
    await page.goto(`${server.url}/exams`);
    await page.getByTestId("exams-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("exam-create").count()).toBe(0);
    // the demo gives the teacher's grade a mid-term of its own
    const names = await page.getByTestId("exams-table").getByRole("link").allTextContents();
    const theirs = names.find((n) => n.includes("上学期期中") && !n.startsWith("六年级") && !n.startsWith("八年级"));
    await openExam(page, theirs ?? "六年级上学期期中质量检测");
    expect(await page.getByTestId("exam-policy").textContent()).toContain("教师视图");
    if (theirs) {
      expect(await page.getByTestId("exam-policy").textContent()).toContain("等级呈现");
      await canvasIn(page, "chart-class-levels");
      expect(await page.getByTestId("class-subjects-table").textContent()).not.toContain("排序");
    }
    await page.waitForTimeout(300);
    await screenshot(page, "exams-teacher-view");
    await page.context().close();
  });
});

describe("exam creation and score import", () => {
  it("creates an exam, shows a bad file's problems by row and column, then imports the fixed file", async () => {
    const page = await signedIn("jiaoyan");
    await page.goto(`${server.url}/exams`);
    await page.getByTestId("exam-create").click();
    await page.getByLabel("考试名称").fill("七年级数学单元检测");
    await page.getByRole("combobox", { name: "年级" }).click();
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='七年级']")
      .click();
    await page.getByTestId("exam-create-submit").click();
    await page.getByTestId("exam-import-template").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-import-start");

    const href = await page.getByTestId("exam-template-download").getAttribute("href");
    const template = await page.context().request.get(new URL(href ?? "", server.url).toString());
    expect(template.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("成绩")!;
    const numbers: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) numbers.push(String(row.getCell(1).value));
    });
    expect(numbers.length).toBeGreaterThan(100);

    const lines = (bad: boolean) =>
      [
        "学籍号,语文,数学",
        ...numbers.map((n, i) =>
          bad && i === 2
            ? `${n},130,80`
            : bad && i === 5
              ? `${n},,80`
              : `${n},${60 + (i % 40)},${i % 7 === 0 ? "缺考" : 50 + (i % 50)}`,
        ),
      ].join("\n");
    const input = page.getByTestId("exam-import-upload").locator("input[type=file]");
    await input.setInputFiles({ name: "七年级成绩.csv", mimeType: "text/csv", buffer: Buffer.from(lines(true)) });
    const problems = page.getByTestId("exam-import-problems");
    await problems.locator("tbody tr.ant-table-row").first().waitFor();
    const text = await problems.textContent();
    expect(text).toContain("超过满分 100");
    expect(text).toContain("未参加考试请填写「缺考」");
    await page.waitForTimeout(300);
    await screenshot(page, "exams-import-errors");

    await input.setInputFiles({ name: "七年级成绩.csv", mimeType: "text/csv", buffer: Buffer.from(lines(false)) });
    await page.getByTestId("exam-import-commit").click();
    await page.getByText(/已导入 \d+ 名学生的成绩/).waitFor();
    await page.getByTestId("exam-publish").waitFor();
    await screenshot(page, "exams-import-done");
    await page.context().close();
  });
});
