import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, signIn } from "./browser";
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

interface Finding {
  rule: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

/** Runs axe (WCAG 2.1 A and AA and best practices) on the page as it stands and returns every violation. */
async function axe(page: Page): Promise<Finding[]> {
  // antd's motion: a button or a tag caught halfway through its fade-in has a lighter colour than it ends with
  await page.waitForTimeout(500);
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

const counts: Record<string, Record<string, number>> = {};

/** Checks a page: no critical or serious violations (the rules found are printed when there are), and an h1. */
async function check(page: Page, name: string) {
  const found = await axe(page);
  counts[name] = {};
  for (const f of found) counts[name][`${f.impact} ${f.rule}`] = f.nodes;
  const blocking = found.filter((f) => f.impact === "critical" || f.impact === "serious");
  const report = blocking.map((f) => `${f.impact} ${f.rule} (${f.nodes}): ${f.help}\n    ${f.targets.join("\n    ")}`);
  expect.soft(report, `${name}: axe 发现严重问题`).toEqual([]);
  // one page title as h1, the heading screen-reader users jump to first
  expect.soft(await page.locator("h1").count(), `${name}: 页面标题应为 h1`).toBe(1);
  expect.soft(found.map((f) => f.rule)).not.toContain("page-has-heading-one");
}

describe("accessibility of the key pages", () => {
  afterAll(() => {
    console.log("axe violations by impact (nodes):", JSON.stringify(counts, null, 1));
  });

  it("the login page and the public verification page, before signing in", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await page.getByTestId("login-submit").waitFor();
    await check(page, "login");

    await page.goto(`${server.url}/verify?code=YG-`);
    await page.getByTestId("verify-code").waitFor();
    await check(page, "verify-form");
    await page.context().close();
  });

  it("the leader's home, the student list, the ledger board, a finding, the exam analysis, the balance and a verified draw", async () => {
    const page = await signIn(browser, server.url, "leader");
    await page.getByTestId("home-title").waitFor();
    await page.locator(".ant-skeleton").first().waitFor({ state: "detached" });
    await check(page, "home");

    await page.goto(`${server.url}/registry/students`);
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    await check(page, "students");

    await page.goto(`${server.url}/ledger/board`);
    await page.getByTestId("board-table").locator("tbody tr.ant-table-row").first().waitFor();
    await page.getByTestId("filter-overdue").waitFor();
    await check(page, "ledger-board");

    await page.getByTestId("board-table").locator("tbody tr.ant-table-row a").first().click();
    await page.getByTestId("finding-detail").waitFor();
    await page.getByTestId("finding-history").waitFor();
    await check(page, "finding");

    // the exam analysis as 教研室, who reads the county's exams
    const jiaoyan = await signIn(browser, server.url, "jiaoyan");
    await jiaoyan.goto(`${server.url}/exams`);
    await jiaoyan.getByTestId("exams-table").getByRole("link", { name: "八年级上学期期中质量检测" }).first().click();
    await jiaoyan.getByTestId("exam-title").waitFor();
    await jiaoyan.getByTestId("chart-exam-bands").locator("canvas").waitFor();
    await jiaoyan.locator(".ant-spin-spinning").first().waitFor({ state: "detached" });
    await check(jiaoyan, "exam");
    await jiaoyan.context().close();

    await page.goto(`${server.url}/balance`);
    await page.locator("canvas").first().waitFor();
    await page.locator(".ant-spin-spinning").first().waitFor({ state: "detached" });
    await check(page, "balance");

    await page.goto(`${server.url}/admissions`);
    const code =
      (await page
        .getByText(/^YG-\d{4}-\d{4}$/)
        .first()
        .textContent()) ?? "";
    const verify = await newPage(browser);
    await verify.goto(`${server.url}/verify?code=${code}`);
    await verify.getByTestId("verify-verdict").waitFor();
    await check(verify, "verify");
    await verify.context().close();
    await page.context().close();
  });

  it("every page of the side menu, for the accounts that between them see all of it: one h1, no serious findings", async () => {
    const seen = new Set<string>(["/", "/registry/students", "/ledger/board", "/balance"]);
    for (const username of ["admin", "leader", "jcjy", "anquan", "zhaosheng", "jiaoyan"]) {
      const page = await signIn(browser, server.url, username);
      // open every group of the menu, then read the paths of its items
      const menu = page.getByTestId("main-menu");
      const closed = menu.locator(".ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title");
      while ((await closed.count()) > 0) await closed.first().click();
      const ids = await menu
        .locator("li.ant-menu-item")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-menu-id") ?? ""));
      const targets = ids
        .map((id) => id.slice(id.indexOf("-/") + 1))
        .filter((path) => path.startsWith("/") && !seen.has(path));
      for (const path of targets) {
        seen.add(path);
        await page.goto(`${server.url}${path}`);
        await page
          .locator("main h1")
          .first()
          .waitFor({ timeout: 30_000 })
          .catch(() => undefined);
        await page.locator(".ant-spin-spinning").first().waitFor({ state: "detached" });
        await check(page, `${username} ${path}`);
      }
      await page.context().close();
    }
    expect(seen.size).toBeGreaterThan(20);
  }, 600_000);
});
