import { registry } from "@edubureau/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * The teacher workforce in the browser on the demo county: 人事股 reads the overview with the work report's
 * sentences and every page, keeps the settings, the leader approves the recruitment plan and 人事股 enters a recruit
 * into the register, a school states a need, 教研室 founds a studio with members, 人事股 adds to the reserve pool, a
 * teacher sees only their own record; pages at 1440 px and on a 390 px phone.
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

const signedIn = (username: string) => signIn(browser, server.url, username);
const open = async (page: Page, path: string) => {
  await page.goto(`${server.url}${path}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
};

describe("教师队伍", () => {
  it("shows 人事股 the overview and every page with content on first start", async () => {
    const page = await signedIn("renshi");
    await open(page, "/staffing");
    const sentences = page.getByTestId("report-sentences");
    await sentences.waitFor();
    expect(await sentences.textContent()).toContain("退二补一");
    await page.getByTestId("chart-forecast").waitFor();
    await screenshot(page, "staffing-overview");
    await open(page, "/staffing/establishment");
    await page.getByTestId("establishment-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "staffing-establishment");
    await open(page, "/staffing/demand");
    await page.getByTestId("chart-demand").waitFor();
    await screenshot(page, "staffing-demand");
    await open(page, "/staffing/structure");
    await page.getByTestId("chart-pyramid").waitFor();
    await screenshot(page, "staffing-structure");
    await open(page, "/staffing/training");
    await page.getByTestId("training-table").waitFor();
    await screenshot(page, "staffing-training");
    await open(page, "/staffing/rotation");
    await page.getByTestId("rotation-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "staffing-rotation");
    await open(page, "/staffing/pools");
    await page.getByText("名师工作室").first().waitFor();
    await screenshot(page, "staffing-pools");
    await page.context().close();
  });

  it("lets the leader approve the recruitment plan", async () => {
    const page = await signedIn("leader");
    await open(page, "/staffing/recruitment");
    await page.getByTestId("plan-table").waitFor();
    await page.getByTestId("approve-plan").click();
    await page.getByRole("button", { name: /确\s*定|OK/ }).click();
    await page.getByText("计划已经局领导审批").waitFor();
    await screenshot(page, "staffing-recruitment-approved");
    await page.context().close();
  });

  it("lets 人事股 keep the settings by province and year, also on a phone", async () => {
    const page = await signedIn("renshi");
    await open(page, "/staffing/establishment");
    await page.getByTestId("open-settings").click();
    const form = page.getByTestId("settings-form");
    await form.waitFor();
    await form.getByPlaceholder("例如 内蒙古自治区").fill("测试省");
    await page.getByRole("tab", { name: "课时与工作量" }).click();
    await page.getByTestId("curriculum-table").waitFor();
    await screenshot(page, "staffing-settings");
    await page.getByRole("tab", { name: "补充规则" }).click();
    await page.getByText("退二补一", { exact: true }).waitFor();
    await page.getByTestId("save-settings").click();
    await page.getByText(/已保存 \d{4} 年起适用的参数/).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("open-settings").click();
    await page.getByTestId("settings-form").waitFor();
    await page.getByText("测试省").first().waitFor();
    await screenshot(page, "staffing-settings-phone");
    await page.context().close();
  });

  it("lets 人事股 enter a recruit of the approved plan into the register", async () => {
    const page = await signedIn("renshi");
    await open(page, "/staffing/recruitment");
    await page.getByTestId("plan-table").waitFor();
    await page.getByTestId("register-arrival").first().click();
    const form = page.getByTestId("arrival-form");
    await form.waitFor();
    const first17 = "15259920000315062";
    await form.getByLabel("姓名").fill("赵新");
    await form.getByLabel("身份证号").fill(`${first17}${registry.residentIdCheckChar(first17)}`);
    await form.getByLabel("任教学段").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "小学" }).first().click();
    await page.getByTestId("arrival-ok").click();
    await page.getByText("赵新已录入教职工名册").waitFor();
    await screenshot(page, "staffing-recruitment-arrival");
    await page.context().close();
  });

  it("lets a school state a recruitment need for its own school", async () => {
    const page = await signedIn("school1");
    await open(page, "/staffing/recruitment");
    await page.getByTestId("new-need").click();
    const form = page.getByTestId("need-form");
    await form.waitFor();
    await form.getByLabel("学科").click();
    await page.keyboard.type("音乐");
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: "音乐" })
      .first()
      .click();
    await form.getByLabel("需求理由").fill("音乐教师明年退休,无人接替");
    await page.getByTestId("need-ok").click();
    await page.getByTestId("needs-table").getByText("音乐教师明年退休,无人接替").waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "staffing-recruitment-needs-phone");
    await page.context().close();
  });

  it("lets 教研室 found a studio with its host and members, and 人事股 add to the reserve pool", async () => {
    const pick = async (page: Page, testId: string, q: string) => {
      await page.getByTestId(testId).click();
      await page.keyboard.type(q);
      await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
    };
    const page = await signedIn("jiaoyan");
    await open(page, "/staffing/pools");
    await page.getByTestId("new-studio").click();
    const form = page.getByTestId("studio-form");
    await form.waitFor();
    await form.getByLabel("名称").fill("测试名师工作室");
    await pick(page, "studio-host", "王");
    await form.getByLabel("学科").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: "数学" })
      .first()
      .click();
    await form.getByLabel("成立日期").fill("2026-09-10");
    await form.getByLabel("成立日期").press("Enter");
    await page.getByTestId("studio-form-ok").click();
    await page.getByText("测试名师工作室").first().waitFor();
    const card = page.locator(".ant-card").filter({ hasText: "测试名师工作室" }).last();
    await card.getByTestId("studio-members-link").click();
    await page.getByTestId("studio-members").waitFor();
    await pick(page, "member-staff", "李");
    await page.getByTestId("add-member").click();
    await page.getByText("已加入").waitFor();
    await screenshot(page, "staffing-studio-members");
    await page.context().close();

    const renshi = await signedIn("renshi");
    await open(renshi, "/staffing/pools");
    await renshi.getByTestId("new-reserve").click();
    await renshi.getByTestId("reserve-form").waitFor();
    await pick(renshi, "reserve-staff", "张");
    await renshi.getByTestId("reserve-form").getByLabel("入库条件").fill("35岁以下,县级骨干教师");
    await renshi.getByTestId("reserve-form-ok").click();
    await renshi.getByText("已保存").waitFor();
    await renshi.setViewportSize({ width: 390, height: 844 });
    await screenshot(renshi, "staffing-pools-phone");
    await renshi.context().close();
  });

  it("shows a teacher only their own record, on a phone", async () => {
    const page = await signedIn("teacher1");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/staffing/me`);
    await page.getByTestId("my-progress").waitFor();
    await screenshot(page, "staffing-me-phone");
    await page.goto(`${server.url}/staffing`);
    await page
      .getByText(/没有权限|无权/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it("fits the overview on a 390 px phone for the leader", async () => {
    const page = await signedIn("leader");
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, "/staffing");
    await page.getByTestId("report-sentences").waitFor();
    const overflow = (await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    )) as number;
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, "staffing-overview-phone");
    await page.context().close();
  });
});
