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
    // the classes' value added (of the total, the subject shown first) against the mid-term's baseline exam
    await page.getByTestId("school-classes-table").locator("thead", { hasText: "增值(95%区间)" }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-school");

    await tab(page, "teacher");
    const teachers = page.getByTestId("teachers-table");
    await teachers.locator("tbody tr.ant-table-row").first().waitFor();
    await page.getByText(/共 \d+ 名教师/).waitFor();
    // the value added of the page's teachers, asked for by their ids
    await teachers.locator("tbody", { hasText: /[+-]\d\.\d\d\([+-]?\d\.\d\d~/ }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-teachers");
    // the server sorts and pages them: a click on 平均分 asks it for the lowest first
    const sorted = page.waitForResponse((r) => /analysis\/groups\?.*sort=mean.*order=asc/.test(r.url()));
    await teachers.locator("thead th", { hasText: "平均分" }).first().click();
    expect((await sorted).status()).toBe(200);
    await page.waitForTimeout(300);
    const headers = await teachers.locator("thead th").allTextContents();
    const meanColumn = headers.findIndex((h) => h.startsWith("平均分")) + 1;
    const means = (await teachers.locator(`tbody tr.ant-table-row td:nth-child(${meanColumn})`).allTextContents()).map(
      Number,
    );
    expect(means.length).toBeGreaterThan(1);
    expect(means).toEqual([...means].sort((a, b) => a - b));

    await tab(page, "items");
    await canvasIn(page, "chart-items");
    expect(await page.getByTestId("items-table").locator("tbody tr.ant-table-row").count()).toBe(18);
    await page.waitForTimeout(300);
    await screenshot(page, "exams-items");

    await tab(page, "class");
    await canvasIn(page, "chart-class-levels");
    // the class's figures come in a request of their own: every subject and the total
    const classRows = page.getByTestId("class-subjects-table").locator("tbody tr.ant-table-row");
    await classRows.first().waitFor();
    expect(await classRows.count()).toBeGreaterThan(1);
    await page
      .getByTestId("class-value-added")
      .filter({ hasText: /[+-]\d\.\d\d(.+~.+),匹配 \d+ 人|样本不足/ })
      .waitFor();
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
    // the 学籍号 masked (a G-type number is the resident ID): the full number only in the audited roster download
    const body = (await table.locator("tbody").textContent()) ?? "";
    expect(body).toMatch(/G\d{6}\*{8}\d{4}/);
    expect(body).not.toMatch(/\d{17}[\dX]/);
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
      await page.getByTestId("class-subjects-table").locator("tbody tr.ant-table-row").first().waitFor();
      expect(await page.getByTestId("class-subjects-table").textContent()).not.toContain("排序");
    }
    await page.waitForTimeout(300);
    await screenshot(page, "exams-teacher-view");
    await page.context().close();
  });
});

describe("exam creation and score import", () => {
  it("creates an exam with an item structure, shows a bad file's problems, then imports scores matched by 考号", async () => {
    const page = await signedIn("jiaoyan");
    await page.goto(`${server.url}/exams`);
    await page.getByTestId("exam-create").click();
    await page.getByLabel("考试名称").fill("七年级数学单元检测");
    await page.getByRole("combobox", { name: "年级" }).click();
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='七年级']")
      .click();

    // 数学 (the second subject): ten multiple-choice items of 4 points, then two worked problems
    await page.getByTestId("exam-subject-1-items-toggle").click();
    const editor = page.getByTestId("exam-subject-1-items");
    await editor.getByRole("button", { name: "批量添加" }).click();
    const batch = page.locator(".ant-popover:not(.ant-popover-hidden)");
    await batch.locator("input").nth(0).fill("10");
    await batch.locator("input").nth(1).fill("4");
    await batch.getByRole("button", { name: "添加" }).click();
    for (const [n, max, knowledge] of [
      [11, "30", "一次函数"],
      [12, "20", "几何证明"],
    ] as const) {
      await editor.getByTestId("exam-subject-1-items-add").click();
      await editor.getByLabel(`第${n}道小题满分`).fill(max);
      await editor.getByLabel(`第${n}道小题知识点`).fill(knowledge);
      await editor.getByLabel(`第${n}道小题知识点`).press("Enter");
      await page.locator(".ant-drawer-title").click(); // closes the tags' list
    }
    await page.getByTestId("exam-create-submit").click();
    await editor.getByText("各小题满分之和为 90,与科目满分 100 不一致").waitFor();
    expect(await editor.getByTestId("items-total").textContent()).toContain("还差 10 分");
    await editor.getByText("各小题满分之和为 90").scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-item-editor-error");
    await editor.getByLabel("第12道小题满分").fill("30");
    await editor.getByText("合计 100 分").waitFor();
    // the problem goes away as soon as the structure is right
    await editor.getByText("各小题满分之和为 90").waitFor({ state: "detached" });
    await page.getByTestId("exam-subject-1").evaluate((el) => el.scrollIntoView());
    await page.waitForTimeout(300);
    await screenshot(page, "exams-item-editor");
    await page.getByTestId("exam-create-submit").click();
    await page.getByTestId("exam-import-template").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-import-start");

    const href = await page.getByTestId("exam-template-download").getAttribute("href");
    const template = await page.context().request.get(new URL(href ?? "", server.url).toString());
    expect(template.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const head = wb.getWorksheet("成绩")!.getRow(1).values as string[];
    expect(head).toEqual(expect.arrayContaining(["考号", "学籍号(核对用)", "数学", "数学-1", "数学-12"]));

    // the 考号 roster as the button downloads it: exam numbers and masked 学籍号
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("exam-roster-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("考号名单-七年级数学单元检测.xlsx");
    const roster = new ExcelJS.Workbook();
    await roster.xlsx.readFile(await download.path());
    const sheet = roster.getWorksheet("考号名单")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "考号", "学籍号", "姓名", "学校", "班级"]);
    const numbers: string[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      numbers.push(String(row.getCell(1).value));
      expect(String(row.getCell(2).value)).toMatch(/^\w{7}\*+\w{4}$/);
    });
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every((n) => /^\d{7}$/.test(n))).toBe(true);

    const lines = (bad: boolean) =>
      [
        "考号,语文,数学",
        ...numbers.map((n, i) =>
          bad && i === 2
            ? `${n},130,80`
            : bad && i === 5
              ? `${n},,80`
              : bad && i === 7
                ? `9990001,70,80`
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
    expect(text).toContain("不在本次考试的考号名单中");
    await page.waitForTimeout(300);
    await screenshot(page, "exams-import-errors");

    await input.setInputFiles({ name: "七年级成绩.csv", mimeType: "text/csv", buffer: Buffer.from(lines(false)) });
    await page.getByTestId("exam-import-commit").click();
    await page.getByText(new RegExp(`已导入 ${numbers.length} 名学生的成绩`)).waitFor();
    await page.getByTestId("exam-publish").waitFor();
    await screenshot(page, "exams-import-done");

    // a draft's items can still be changed: the first item gets its knowledge point
    await tab(page, "versions");
    const card = page.getByTestId("exam-item-structure");
    await card.getByTestId("exam-items-edit-math").click();
    const drawer = page.getByTestId("items-editor");
    await drawer.getByLabel("第1道小题知识点").fill("有理数");
    await drawer.getByLabel("第1道小题知识点").press("Enter");
    await page.locator(".ant-drawer-title").click();
    await page.waitForTimeout(300);
    await screenshot(page, "exams-items-drawer");
    await page.getByTestId("items-save").click();
    await page.getByText("已保存「数学」的小题结构").waitFor();
    await card.getByText("12 道小题").click();
    await card.getByRole("cell", { name: "有理数" }).waitFor();

    // the next grade's exam starts from this one's settings: subjects, items and lines copied, grade left open
    await page.goto(`${server.url}/exams`);
    await page.getByTestId("exam-create").click();
    await page.getByTestId("exam-copy-from").click();
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option")
      .filter({ hasText: "七年级数学单元检测" })
      .click();
    await page.getByTestId("exam-subject-1-items-toggle").getByText("小题结构(12 道)").waitFor();
    expect(await page.getByLabel("考试名称").inputValue()).toBe("");
    await page.waitForTimeout(300);
    await screenshot(page, "exams-create-copied");
    await page.context().close();
  });
});
