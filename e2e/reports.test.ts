import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * The cockpit and the year's work report on the demo county, in the browser: leadership reads every capability's
 * card, drills from a figure to every school and the records, and sees what needs them now; 办公室 edits a sentence
 * and exports the Word document; the supervision office sees only its section's card; a school sees its own
 * figures on a phone; a teacher is refused. Screenshots at 1440 px and 390 px.
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

describe("驾驶舱 and 年度工作总结数据 in the browser", () => {
  it("shows leadership every card and drills from a figure to the schools behind it", async () => {
    const page = await signIn(browser, server.url, "leader");
    await page.goto(`${server.url}/reports/cockpit`);
    await page.getByTestId("cockpit-title").filter({ hasText: "年度驾驶舱" }).waitFor();
    await page.getByTestId("card-registry").waitFor();
    await page.getByTestId("card-ledger").waitFor();
    for (const c of ["balance", "exams", "admissions", "staffing", "retention", "preschool", "fitness"])
      await page.getByTestId(`card-${c}`).waitFor();
    await page.getByTestId("needs-now").waitFor();
    // the demo county's 高考 results are imported: the rate is computed, not typed
    expect(await page.getByTestId("figure-reports.gaokaoUndergraduateRate").textContent()).toMatch(/\d+(\.\d)?%/);
    await screenshot(page, "reports-cockpit-1440");

    await page.getByTestId("figure-registry.students").click();
    await page.getByTestId("figure-title").filter({ hasText: "在校学生数" }).waitFor();
    await page.getByText("各校数值").waitFor();
    await page.getByText("统计时点").first().waitFor();
    await screenshot(page, "reports-figure-1440");

    await page.goto(`${server.url}/reports/cockpit`);
    await page.getByTestId("figure-balance.primaryComposite").click();
    await page.getByTestId("figure-title").filter({ hasText: "小学综合差异系数" }).waitFor();
    await page
      .getByText(/差异系数\d|无法计算/)
      .first()
      .waitFor();
    await screenshot(page, "reports-figure-balance-1440");

    await page.goto(`${server.url}/reports/checks`);
    await page.getByText(/共 \d+ 项需核查/).waitFor();
    await screenshot(page, "reports-checks-1440");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/reports/cockpit`);
    await page.getByTestId("card-registry").waitFor();
    await page.getByTestId("card-fitness").waitFor();
    await screenshot(page, "reports-cockpit-390");
    await page.close();
  });

  it("lets 办公室 edit a sentence and export the report", async () => {
    const page = await signIn(browser, server.url, "bangong");
    await page.goto(`${server.url}/reports/work-report`);
    await page.getByTestId("report-title").filter({ hasText: "年度工作总结数据" }).waitFor();
    const item = page.getByTestId("item-registry.schools");
    await item.getByRole("button", { name: "修改表述" }).click();
    const box = page.getByRole("textbox", { name: "表述" });
    await box.fill("全县中小学校布局稳定,办学规模保持平稳。");
    await page.getByRole("button", { name: "保存" }).click();
    await item.getByText("全县中小学校布局稳定").waitFor();
    await item.getByText(/已修改/).waitFor();
    await screenshot(page, "reports-work-report-1440");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "导出Word" }).click();
    expect((await download).suggestedFilename()).toMatch(/年度工作总结数据\.docx$/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId("item-registry.schools").waitFor();
    await screenshot(page, "reports-work-report-390");
    await page.close();
  });

  it("gives the supervision office its section's card, a school its own figures, and refuses a teacher", async () => {
    const dudao = await signIn(browser, server.url, "dudao");
    await dudao.goto(`${server.url}/reports/cockpit`);
    await dudao.getByTestId("card-ledger").waitFor();
    expect(await dudao.getByTestId("card-registry").count()).toBe(0);
    await dudao.close();

    const school = await signIn(browser, server.url, "school1");
    await school.setViewportSize({ width: 390, height: 844 });
    await school.goto(`${server.url}/reports/cockpit`);
    await school.getByTestId("cockpit-title").filter({ hasText: "本校" }).waitFor();
    await school.getByTestId("card-registry").waitFor();
    await screenshot(school, "reports-school-390");
    await school.close();

    const teacher = await signIn(browser, server.url, "teacher1");
    await teacher.goto(`${server.url}/reports/cockpit`);
    await teacher
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await teacher.close();
  });
});
