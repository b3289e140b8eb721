import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * The teacher workforce in the browser on the demo county: 人事股 reads the overview with the work report's
 * sentences and every page, the leader approves the recruitment plan, a school records school-based hours, a
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
