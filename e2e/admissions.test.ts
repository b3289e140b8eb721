import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot, signIn } from "./browser";
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

/** Confirms the open antd Popconfirm. */
async function confirmPopup(page: Page, ok: string) {
  await page.locator(".ant-popconfirm").getByRole("button", { name: ok }).click();
}

describe("fair admissions", () => {
  let code = "";

  it("runs a sunshine allocation as 招生办 from the register: freeze, witnesses, draw, publish", async () => {
    const page = await signedIn("zhaosheng");
    await page.goto(`${server.url}/admissions`);
    await page.getByTestId("admissions-title").waitFor();
    await page.locator(".ant-table-row").first().waitFor();
    await screenshot(page, "admissions-events");

    await page.getByRole("button", { name: "新建阳光分班" }).click();
    await page.getByText("名单来源").waitFor();
    await page.getByLabel("学校").click();
    await page.keyboard.type("北原县第一小学");
    await page.locator(".ant-select-item-option", { hasText: "北原县第一小学" }).first().click();
    await page.getByTestId("intake-summary").waitFor();
    await screenshot(page, "admissions-new-allocation-source");
    await page.getByRole("button", { name: "下一步" }).click();
    // a draw never runs before its announced time: the event is announced for a few minutes ago (Beijing time)
    const announced = new Date(Date.now() - 5 * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
    await page.getByLabel("现场抽签时间").click();
    await page.getByLabel("现场抽签时间").fill(announced);
    await page.keyboard.press("Enter");
    await page.getByLabel("班级数").fill("3");
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByTestId("create-allocation").click();

    await page.getByTestId("event-status").filter({ hasText: "草稿" }).waitFor();
    await page.getByRole("button", { name: "冻结名单" }).click();
    await confirmPopup(page, "冻结");
    await page.getByTestId("event-status").filter({ hasText: "名单已冻结" }).waitFor();
    const witnesses: [string, string, string][] = [
      ["家长代表", "王女士", "3719"],
      ["纪检监察", "李先生", "80514"],
    ];
    for (const [role, name, value] of witnesses) {
      const fields = page.getByTestId("witness-form").locator("input");
      await fields.nth(0).fill(role);
      await fields.nth(1).fill(name);
      await fields.nth(2).fill(value);
      await page.getByRole("button", { name: "录入" }).click();
      await page.getByTestId("contributions").getByText(value).waitFor();
    }
    await screenshot(page, "admissions-witnesses");
    // the demo county's grade 1 is already in classes: 招生办 overrides with a reason and the students typed again
    const warning = await page.getByTestId("settled-grade-warning").textContent();
    const inClasses = warning?.match(/共(\d+)名学生已在班级中/)?.[1] ?? "";
    expect(Number(inClasses)).toBeGreaterThan(0);
    await page.getByTestId("run-draw").click();
    const form = page.getByTestId("override-form");
    await form.locator("textarea").fill("演示县一年级新生重新分班的整体检查");
    await form.locator("input").fill(String(Number(inClasses) - 1));
    await page.getByTestId("override-submit").click();
    await form.getByText(`请输入 ${inClasses}`).waitFor();
    await form.locator("input").fill(inClasses);
    await screenshot(page, "admissions-settled-override");
    await page.getByTestId("override-submit").click();
    await page.getByTestId("event-status").filter({ hasText: "已抽签待公示" }).waitFor();
    await page.getByTestId("settled-overrides").getByText("演示县一年级新生重新分班的整体检查").waitFor();
    await page.getByTestId("class-lists").waitFor();
    await page.getByTestId("class-balance-chart").locator("canvas").waitFor();
    expect(await page.getByTestId("class-lists").locator(".ant-card").count()).toBe(3);
    await page.getByTestId("publish").click();
    await confirmPopup(page, "公示");
    await page.getByTestId("event-status").filter({ hasText: "已公示" }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "admissions-allocation-published");
    code = (await page.locator("h1 + div").first().textContent())?.match(/YG-\d{4}-\d{4}/)?.[0] ?? "";
    expect(code).toMatch(/^YG-\d{4}-\d{4}$/);
    await page.context().close();
  });

  it("verifies the published allocation on the public page without logging in, and spots a tampered file", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/verify?code=${code}`);
    await page.getByTestId("verify-verdict").filter({ hasText: "一致" }).waitFor();
    expect(await page.getByTestId("verify-verdict").textContent()).toBe("一致");
    // the public sees that 招生办 overrode a grade already in classes, and why
    expect(await page.getByTestId("settled-overrides").textContent()).toContain("演示县一年级新生重新分班的整体检查");
    expect(await page.getByTestId("verify-checks").textContent()).not.toContain("不一致");
    const body = await page.locator("body").textContent();
    expect(body).not.toContain("王女士");
    await screenshot(page, "admissions-verify-match");

    const input = await (await page.context().request.get(`${server.url}/api/public/draws/${code}/files/input`)).text();
    const tampered = input.replace('"gender":"M"', '"gender":"F"');
    expect(tampered).not.toBe(input);
    await page
      .locator("input[type=file]")
      .first()
      .setInputFiles({ name: "input.json", mimeType: "application/json", buffer: Buffer.from(tampered) });
    await page.getByTestId("verify-verdict").filter({ hasText: "不一致" }).waitFor();
    await screenshot(page, "admissions-verify-mismatch");
    await page.context().close();
  });

  it("shows the demo county's published lottery and quota places with their arithmetic", async () => {
    const page = await signedIn("leader");
    await page.goto(`${server.url}/admissions`);
    await page.getByRole("tab", { name: "摇号" }).click();
    await page.locator(".ant-table-row a").first().click();
    await page.getByTestId("lottery-admitted").waitFor();
    await screenshot(page, "admissions-lottery");
    await page.goto(`${server.url}/admissions`);
    await page.getByRole("tab", { name: "指标到校" }).click();
    await page.locator(".ant-table-row a").first().click();
    await page.getByTestId("quota-table").waitFor();
    await page.getByTestId("quota-chart").locator("canvas").waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, "admissions-quota");
    expect(await page.getByRole("button", { name: "新建阳光分班" }).count()).toBe(0);
    await page.context().close();
  });

  it("previews quota places while 招生办 sets the parameters", async () => {
    const page = await signedIn("zhaosheng");
    await page.goto(`${server.url}/admissions/new/quota`);
    await page.getByTestId("quota-preview").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "admissions-new-quota");
    await page.context().close();
  });

  it("shows catchment zones with the capacity check and finds a family's schools by address", async () => {
    const page = await signedIn("zhaosheng");
    await page.goto(`${server.url}/admissions/zones`);
    await page.getByTestId("zones-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.getByTestId("zones-chart").locator("canvas").waitFor();
    await page.getByTestId("zone-lookup").locator("input").fill("北原县达来镇红旗村");
    await page.getByTestId("zone-lookup").getByRole("button", { name: "查询" }).click();
    await page.getByTestId("zone-lookup-result").waitFor();
    expect(await page.getByTestId("zone-lookup-result").textContent()).toContain("达来镇");
    await page.waitForTimeout(300);
    await screenshot(page, "admissions-zones");
    await page.context().close();
  });
});
