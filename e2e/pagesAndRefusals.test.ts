import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot, signIn } from "./browser";
import { type RunningServer, startServer } from "./serverProcess";

/**
 * What a clerk sees on record pages and refusals: a pending transfer on the student's page, the API's own message
 * when a record is not the user's, no request for year 0 on the new-quota page, and no developer text (file names,
 * code identifiers) in the web app.
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

/** Screenshots at a desktop width and a phone width. */
async function shots(page: Page, name: string) {
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe("developer text", () => {
  it("is not in the built web app: no project file names or document slugs shown to users", () => {
    const assets = fileURLToPath(new URL("../apps/web/dist/assets", import.meta.url));
    const bundle = readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(assets, f), "utf8"))
      .join("\n");
    expect(bundle).toContain("公开可验证抽签规则");
    expect(bundle).not.toContain("verifiable-draws");
    expect(bundle).not.toContain("methods.md");
    // a Chinese book-title mark around a Latin name is a file or identifier put in front of users
    expect(bundle.match(/《[A-Za-z0-9_.\-/]+》/g) ?? []).toEqual([]);
    // a Chinese sentence naming a Markdown or TypeScript file
    expect(bundle.match(/[\u4e00-\u9fff][^"'`\n]{0,40}\b[\w-]+\.(md|tsx?)\b/g) ?? []).toEqual([]);
  });

  it("/verify names the rules in Chinese and states them on the page", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/verify`);
    const rules = page.getByTestId("verify-rules");
    await rules.waitFor();
    await page.getByText("查看并验证").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await rules.textContent()).toContain("见证人");
    expect(await page.locator("body").textContent()).not.toContain("verifiable-draws");
    await shots(page, "issue20-verify-rules");
    await page.context().close();
  });
});

describe("a record that is not the user's", () => {
  it("shows the API's message on the finding page, not the router's 页面不存在", async () => {
    const owner = await signIn(browser, server.url, "school1");
    const own = await owner.request.get(`${server.url}/api/ledger/findings?pageSize=1`);
    const id = ((await own.json()) as { rows: { id: string }[] }).rows[0]?.id;
    expect(id).toBeTruthy();
    await owner.context().close();

    const other = await signIn(browser, server.url, "school2");
    const api = await other.request.get(`${server.url}/api/ledger/findings/${id}`);
    expect(api.status()).toBe(404);
    const apiMessage = ((await api.json()) as { error: { message: string } }).error.message;
    await other.goto(`${server.url}/ledger/findings/${id}`);
    await other.getByTestId("detail-error").waitFor();
    expect(await other.getByTestId("detail-error-message").textContent()).toBe(apiMessage);
    const text = (await other.locator("main").textContent()) ?? "";
    expect(text).toContain("未找到该问题");
    expect(text).not.toContain("页面不存在");
    await shots(other, "issue20-finding-not-yours");
    await other.context().close();
  });
});

describe("the new-quota page", () => {
  it("asks for the quota bases of the county's current year only, never year=0", async () => {
    const page = await signIn(browser, server.url, "zhaosheng");
    const asked: string[] = [];
    const refused: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/admissions/quota-bases")) asked.push(r.url());
    });
    page.on("response", (r) => {
      if (r.url().includes("/api/admissions/quota-bases") && r.status() >= 400) refused.push(r.url());
    });
    const me = (await (await page.request.get(`${server.url}/api/registry/overview`)).json()) as { schoolYear: number };
    await page.goto(`${server.url}/admissions/new/quota`);
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(asked.filter((u) => /[?&]year=0\b/.test(u))).toEqual([]);
    expect(asked.every((u) => u.includes(`year=${me.schoolYear}`))).toBe(true);
    expect(refused).toEqual([]);
    await page.context().close();
  });
});

describe("a student's page while a transfer waits", () => {
  it("shows 转学中 with the receiving school and 今天发起, and leaves today's date to the server", async () => {
    const page = await signIn(browser, server.url, "school1");
    const list = await page.request.get(`${server.url}/api/registry/students?pageSize=100`);
    const body = (await list.json()) as { rows: { id: string; grade: number; status: string }[] };
    // a pupil of grades 1–5 (any primary school teaches the grade; a sixth-grader may be about to leave)
    const pupil = body.rows.find((r) => r.grade >= 1 && r.grade <= 5);
    expect(pupil, JSON.stringify(body).slice(0, 300)).toBeTruthy();
    await page.goto(`${server.url}/registry/students/${pupil?.id}`);
    await page.getByTestId("student-detail").waitFor();
    expect(await page.getByTestId("student-pending-transfer").count()).toBe(0);

    let sent: Record<string, unknown> | null = null;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/registry/transfers")) sent = r.postDataJSON();
    });
    await page.getByTestId("student-transfer").click();
    const modal = page.locator(".ant-modal");
    await modal.locator(".ant-select").first().click();
    await page.locator(".ant-select-item-option", { hasText: "(小学)" }).first().click();
    await modal.getByPlaceholder("例如:随父母工作调动迁居").fill("随父母工作调动迁居");
    await page.getByTestId("transfer-submit").click();
    const banner = page.getByTestId("student-pending-transfer");
    await banner.waitFor();
    // the form left the date at today: the server dates it by the county's (Beijing) calendar
    expect(sent).not.toBeNull();
    expect((sent as unknown as Record<string, unknown>).date).toBeUndefined();
    const text = (await banner.textContent()) ?? "";
    expect(text).toContain("今天发起");
    const detail = await page.request.get(`${server.url}/api/registry/students/${pupil?.id}`);
    const pending = ((await detail.json()) as { pendingTransfer: { toSchoolName: string; daysPending: number } })
      .pendingTransfer;
    expect(pending.daysPending).toBe(0);
    expect(text).toContain(`转往${pending.toSchoolName}`);
    expect(await page.getByTestId("student-pending-transfer-tag").textContent()).toContain("转学中");
    expect(await page.getByTestId("student-transfer").isDisabled()).toBe(true);
    await shots(page, "issue20-student-pending-transfer");
    await page.context().close();
  });
});
