import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, launchBrowser, SCREENSHOTS, screenshot } from "./browser";
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

/** A phone as people hold one (an iPhone 12 to 15: 390 × 844 CSS pixels, touch) and the desktop the other tests use. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const phone = viewport.width < 768;
  const context = await browser.newContext({
    locale: "zh-CN",
    viewport,
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: phone ? 2 : 1,
  });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

async function signInAt(viewport: { width: number; height: number }, username: string): Promise<Page> {
  const page = await open(viewport);
  await page.goto(`${server.url}/login`);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  // the first sign-in after the server starts may wait on a busy machine
  await page.getByTestId("home-title").waitFor({ timeout: 120_000 });
  return page;
}

/** How far the page reaches past the window's right edge (0 when nothing scrolls sideways). */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  // a script in the page (the e2e project has no DOM types)
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const overflow = Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
    // the element reaching furthest right, to name in a failure
    let widest = "";
    let right = root.clientWidth + 1;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect().right;
      if (r > right) {
        right = r;
        widest = el.tagName.toLowerCase() + "." + String(el.className).slice(0, 80) + " (" + Math.round(r) + " px)";
      }
    }
    return { overflow, widest };
  })()`);
}

/** The page fits the phone's width, and the user menu (of a signed-in page) is inside the window. */
async function fitsThePhone(page: Page, name: string, signedIn = true) {
  const { overflow, widest } = await sidewaysOverflow(page);
  expect.soft(overflow, `${name}: 页面横向滚动 ${overflow} px,最宽处 ${widest}`).toBeLessThanOrEqual(1);
  if (signedIn) {
    const box = await page.getByTestId("user-menu").boundingBox();
    expect.soft(box, `${name}: 看不到用户菜单`).not.toBeNull();
    if (box) {
      expect.soft(box.x, `${name}: 用户菜单在屏幕左侧之外`).toBeGreaterThanOrEqual(0);
      expect.soft(box.x + box.width, `${name}: 用户菜单在屏幕右侧之外`).toBeLessThanOrEqual(PHONE.width);
      expect.soft(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
  }
}

async function homeLoaded(page: Page) {
  await page.getByTestId("stat-students").waitFor();
  await page.getByTestId("chart-students-by-stage").locator("canvas").waitFor();
  await page.locator(".ant-skeleton").first().waitFor({ state: "detached" });
}

async function boardLoaded(page: Page) {
  await page.goto(`${server.url}/ledger/board`);
  await page.getByTestId("board-summary").waitFor();
  await page.getByTestId("board-table").getByTestId("finding-link").first().waitFor();
}

async function kanbanLoaded(page: Page) {
  await page.getByTestId("board-view").getByText("看板").click();
  await page.getByTestId("kanban-card").first().waitFor();
}

describe("the pages a leader and a school use on a phone (390 × 844)", () => {
  it("the leader's home: stat cards one above the other, charts as wide as the screen, the menu in a drawer, the user menu in reach", async () => {
    const page = await signInAt(PHONE, "leader");
    await homeLoaded(page);
    await fitsThePhone(page, "home");
    await screenshot(page, "phone-home-390");

    // the stat cards stack: each as wide as the content, one under the other
    const students = await page.getByTestId("stat-students").boundingBox();
    const classes = await page.getByTestId("stat-classes").boundingBox();
    expect(students && classes && classes.y > students.y + students.height - 1).toBe(true);
    // a chart is drawn at the width of the screen, not of a desktop column
    const chart = await page.getByTestId("chart-students-by-stage").locator("canvas").boundingBox();
    expect(chart?.width).toBeGreaterThan(300);
    expect(chart?.width).toBeLessThanOrEqual(PHONE.width);
    // a ring drawn for the phone's width, its labels with room beside it
    await expect.poll(() => page.getByTestId("chart-schools-by-locality").getAttribute("data-narrow")).toBe("true");

    // the side menu is behind the menu button, in a drawer that closes when a page is chosen
    expect(await page.locator(".ant-layout-sider").count()).toBe(0);
    await page.getByTestId("menu-button").click();
    const menu = page.getByTestId("main-menu");
    await menu.waitFor();
    // once the drawer has slid in
    await expect.poll(async () => (await menu.boundingBox())?.x).toBe(0);
    expect((await menu.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "phone-menu-390");
    await menu.getByText("督导整改台账", { exact: true }).click();
    await menu.getByText("整改台账", { exact: true }).click();
    await page.getByTestId("board-summary").waitFor();
    await menu.waitFor({ state: "hidden" });

    // the user menu opens inside the screen, with the role and scope the header has no room for
    await page.getByTestId("user-menu").click();
    const signOut = page.getByRole("menuitem", { name: "退出登录" });
    await signOut.waitFor();
    const signOutBox = await signOut.boundingBox();
    expect(signOutBox && signOutBox.x >= 0 && signOutBox.x + signOutBox.width <= PHONE.width).toBe(true);
    await expect.poll(() => page.getByTestId("user-role").textContent()).toBe("局领导");
    await page.waitForTimeout(300); // the drop-down's fade-in
    await page.screenshot({ path: `${SCREENSHOTS}/phone-user-menu-390.png` });
    await page.keyboard.press("Escape");

    // the board: findings as cards, nothing wider than the screen
    await boardLoaded(page);
    expect(await page.getByTestId("board-table").getAttribute("data-layout")).toBe("cards");
    await fitsThePhone(page, "board");
    await screenshot(page, "phone-ledger-board-390");
    await kanbanLoaded(page);
    await fitsThePhone(page, "kanban");
    // the kanban's columns side by side in a box of their own that swipes sideways, one column in view
    const scroller = page.getByTestId("kanban-scroller");
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(PHONE.width);
    const pending = await page.getByTestId("kanban-pending").boundingBox();
    expect(pending && pending.x >= 0 && pending.x + pending.width <= PHONE.width).toBe(true);
    await screenshot(page, "phone-ledger-kanban-390");
    const closed = page.getByTestId("kanban-closed");
    expect((await closed.boundingBox())?.x).toBeGreaterThan(PHONE.width);
    await closed.scrollIntoViewIfNeeded();
    const closedBox = await closed.boundingBox();
    expect(closedBox && closedBox.x >= 0 && closedBox.x + closedBox.width <= PHONE.width).toBe(true);
    await fitsThePhone(page, "kanban-swiped");
    await page.context().close();
  });

  it("a school's tasks and a finding: cards, the actions in reach, evidence from the camera", async () => {
    const page = await signInAt(PHONE, "school1");
    await page.goto(`${server.url}/ledger/tasks`);
    const task = page.getByTestId("tasks-open").getByTestId("finding-card").first();
    await task.waitFor();
    await fitsThePhone(page, "tasks");
    await screenshot(page, "phone-ledger-tasks-390");

    // a finding the school is to rectify (待整改): it starts it, and 提交复查 asks for evidence
    const findings = (await (await page.request.get(`${server.url}/api/ledger/findings?state=pending`)).json()) as {
      rows: { id: string }[];
    };
    const id = findings.rows[0]?.id;
    expect(id, "演示数据中应有本校待整改的问题").toBeTruthy();
    await page.goto(`${server.url}/ledger/findings/${id}`);
    await page.getByTestId("action-start").click();
    // clicked once the dialog has finished zooming in (a click during the animation was lost on a busy machine), and
    // the transition's answer awaited, so that a refusal fails here with its status
    const started = page.waitForResponse(
      (r) => r.url().includes(`/api/ledger/findings/${id}/transitions`) && r.request().method() === "POST",
    );
    await page.locator(".ant-modal:visible:not(.ant-zoom)").getByTestId("action-ok").click();
    expect((await started).status()).toBe(200);
    await page.locator(".ant-modal:visible").waitFor({ state: "hidden" });
    await page.getByTestId("finding-detail").waitFor();
    await page.getByTestId("finding-history").waitFor();
    await fitsThePhone(page, "finding");
    const submit = page.getByTestId("action-submit");
    await submit.waitFor();
    const submitBox = await submit.boundingBox();
    expect(submitBox && submitBox.x >= 0 && submitBox.x + submitBox.width <= PHONE.width).toBe(true);
    await screenshot(page, "phone-ledger-finding-390");

    await submit.click();
    const modal = page.locator(".ant-modal:visible");
    await modal.getByTestId("evidence-camera").waitFor();
    // 拍照 opens the back camera; the other button the photo library or files of the kinds the server takes
    const camera = modal.locator("input[type=file][capture]");
    expect(await camera.getAttribute("capture")).toBe("environment");
    expect(await camera.getAttribute("accept")).toBe("image/*");
    const chooser = modal.locator("input[type=file]:not([capture])");
    expect(await chooser.getAttribute("accept")).toContain("image/jpeg");
    expect(await chooser.getAttribute("accept")).toContain("application/pdf");
    const modalBox = await modal.locator(".ant-modal-container, .ant-modal-content").first().boundingBox();
    expect(modalBox && modalBox.x >= 0 && modalBox.x + modalBox.width <= PHONE.width).toBe(true);
    await fitsThePhone(page, "finding-submit");
    await screenshot(page, "phone-ledger-evidence-390");
    await page.context().close();
  });

  it("the exams list: each name on a line or two and tappable, the table scrolling inside its card", async () => {
    const page = await signInAt(PHONE, "jiaoyan");
    await page.goto(`${server.url}/exams`);
    const link = page.getByTestId("exams-table").getByRole("link", { name: "八年级上学期期中质量检测" }).first();
    await link.waitFor();
    const box = await link.boundingBox();
    // squeezed to a letter a line, the name was 20 lines tall and the next cell lay over it
    expect(box!.height).toBeLessThan(60);
    await fitsThePhone(page, "exams");
    await screenshot(page, "phone-exams-390");
    await link.click();
    await page.getByTestId("exam-title").waitFor();
    await fitsThePhone(page, "exam");
    await page.context().close();
  });

  it("the public verification page, signed out", async () => {
    const page = await open(PHONE);
    await page.goto(`${server.url}/verify`);
    const draws = (await (await page.request.get(`${server.url}/api/public/draws`)).json()) as {
      rows: { code: string; status: string }[];
    };
    const code = draws.rows.find((r) => r.status === "published")?.code ?? "";
    expect(code).toMatch(/^[A-Z]+-\d{4}-\d{4}$/);
    await page.getByTestId("verify-code").waitFor();
    await fitsThePhone(page, "verify-list", false);
    await page.goto(`${server.url}/verify?code=${code}`);
    await page.getByTestId("verify-verdict").waitFor();
    expect(await page.getByTestId("verify-verdict").textContent()).toBe("一致");
    await fitsThePhone(page, "verify", false);
    await screenshot(page, "phone-verify-390");
    await page.context().close();
  });

  it("the desktop keeps its side menu and its tables (1440 px)", async () => {
    const page = await signInAt(DESKTOP, "leader");
    await homeLoaded(page);
    await page.locator(".ant-layout-sider").waitFor();
    expect(await page.getByTestId("menu-button").count()).toBe(0);
    expect(await page.getByTestId("user-role").isVisible()).toBe(true);
    expect(await page.getByTestId("chart-schools-by-locality").getAttribute("data-narrow")).toBe("false");
    await screenshot(page, "phone-home-1440");
    await boardLoaded(page);
    expect(await page.getByTestId("board-table").locator("tbody tr.ant-table-row").count()).toBeGreaterThan(0);
    await screenshot(page, "phone-ledger-board-1440");
    await kanbanLoaded(page);
    await screenshot(page, "phone-ledger-kanban-1440");
    await page.context().close();

    const school = await signInAt(DESKTOP, "school1");
    await school.goto(`${server.url}/ledger/tasks`);
    await school.getByTestId("tasks-open").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(school, "phone-ledger-tasks-1440");
    await school.getByTestId("tasks-open").getByTestId("finding-link").first().click();
    await school.getByTestId("finding-history").waitFor();
    await screenshot(school, "phone-ledger-finding-1440");
    await school.context().close();

    const anonymous = await open(DESKTOP);
    await anonymous.goto(`${server.url}/verify`);
    await anonymous.getByRole("button", { name: "查看并验证" }).first().click();
    await anonymous.getByTestId("verify-verdict").waitFor();
    await screenshot(anonymous, "phone-verify-1440");
    await anonymous.context().close();
  });
});
