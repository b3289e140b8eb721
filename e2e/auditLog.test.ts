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

/** Calls the API from a signed-in page, with the session's CSRF token on writes. */
async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<any> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch("/api/auth/me")).json()) as { csrfToken: string };
      const res = await fetch(`/api${path}`, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, path, body },
  );
}

describe("the audit log names records and people", () => {
  it("follows a finding's and a student's 操作记录 to their rows, names them, and filters by a record found by name", async () => {
    // 安全股 raises a finding at school1's school; 基础教育股 reveals a student's ID
    const anquan = await signIn(browser, server.url, "anquan");
    const types = await callApi(anquan, "GET", "/ledger/types");
    const hazard = types.body.rows.find((t: any) => t.kind === "hazard");
    const schools = await callApi(anquan, "GET", "/registry/schools");
    const school = schools.body.rows.find((s: any) => s.name === "北原县第一小学");
    const inspection = await callApi(anquan, "POST", "/ledger/inspections", {
      typeId: hazard.id,
      title: "审计演示隐患排查",
      inspectedOn: "2026-11-18",
      inspectors: ["陈刚"],
      schoolIds: [school.id],
    });
    expect(inspection.status).toBe(201);
    const detail = await callApi(anquan, "GET", `/ledger/inspections/${inspection.body.id}`);
    const raised = await callApi(anquan, "POST", `/ledger/inspections/${inspection.body.id}/findings`, {
      targetIds: [detail.body.targets[0].id],
      category: "消防安全",
      description: "审计演示:楼道灭火器过期",
      severity: "major",
      responsiblePerson: "校长",
      deadline: "2027-12-10",
      measures: "更换灭火器",
    });
    expect(raised.status).toBe(201);
    const finding = raised.body.rows[0];
    const anquanName = (await callApi(anquan, "GET", "/auth/me")).body.user.displayName;
    await anquan.context().close();

    const jcjy = await signIn(browser, server.url, "jcjy");
    const students = await callApi(jcjy, "GET", `/registry/students?schoolId=${school.id}&pageSize=1`);
    const student = students.body.rows[0];
    const revealed = await callApi(jcjy, "POST", `/registry/students/${student.id}/reveal`, { reason: "核对学籍" });
    expect(revealed.status).toBe(200);
    const fullId: string = revealed.body.residentId;
    const jcjyName = (await callApi(jcjy, "GET", "/auth/me")).body.user.displayName;
    await jcjy.context().close();

    // leadership follows the finding's 操作记录
    const leader = await signIn(browser, server.url, "leader");
    await leader.goto(`${server.url}/ledger/findings/${finding.id}`);
    await leader.getByTestId("finding-detail").waitFor();
    const history = leader.getByTestId("finding-history");
    await history.getByText(anquanName).first().waitFor();
    expect(await history.getByText("anquan", { exact: false }).count()).toBe(0);
    await leader.getByTestId("audit-log-link").click();
    const filter = leader.getByTestId("audit-object-filter");
    await filter.getByText(`正在查看问题「${finding.number} 审计演示:楼道灭火器过期」的操作记录`).waitFor();
    const table = leader.getByTestId("audit-table");
    await table.getByText("登记问题").waitFor();
    expect(await table.locator("tbody tr.ant-table-row").count()).toBe(1);
    await table.getByText(`${finding.number} 审计演示:楼道灭火器过期`).waitFor();
    await table.getByText(anquanName).waitFor();
    await leader.waitForTimeout(300);
    await screenshot(leader, "audit-finding-leader");

    // and the student's
    await leader.goto(`${server.url}/registry/students/${student.id}`);
    await leader.getByTestId("student-detail-title").waitFor();
    await leader.getByTestId("audit-log-link").waitFor();
    await screenshot(leader, "audit-link-student");
    await leader.getByTestId("audit-log-link").click();
    await filter.getByText(`正在查看学生「${student.name}(`).waitFor();
    await table.getByText("查看身份证号").waitFor();
    await table.getByText(jcjyName).waitFor();
    const label = (await table.getByTestId("audit-target").first().textContent()) ?? "";
    expect(label).toMatch(new RegExp(`^${student.name}\\(.*\\*+.*\\)$`));
    expect(await leader.content()).not.toContain(fullId);

    // the administrator picks a kind and finds the finding by its number
    const admin = await signIn(browser, server.url, "admin");
    await admin.goto(`${server.url}/system/audit`);
    await admin.getByTestId("audit-table").locator("tbody tr.ant-table-row").first().waitFor();
    await admin.getByTestId("audit-object-kind").click();
    await admin.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^问题$/ }).click();
    await admin.getByTestId("audit-object").click();
    await admin.getByTestId("audit-object").locator("input").fill(finding.number);
    await admin
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "审计演示:楼道灭火器过期" })
      .click();
    await admin.getByRole("button", { name: /查\s*询/ }).click();
    await admin.getByTestId("audit-object-filter").getByText(finding.number).waitFor();
    await admin.getByTestId("audit-table").getByText(anquanName).waitFor();
    expect(await admin.getByTestId("audit-table").locator("tbody tr.ant-table-row").count()).toBe(1);
    expect(admin.url()).toContain(`targetId=${finding.id}`);

    // the whole log at a desk and on a phone
    await admin.getByTestId("audit-object-clear").click();
    await admin.getByTestId("audit-table").getByText("登录").first().waitFor();
    await admin.waitForTimeout(300);
    await screenshot(admin, "audit-log-1440");
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.waitForTimeout(500);
    await screenshot(admin, "audit-log-390");
    await leader.setViewportSize({ width: 390, height: 844 });
    await leader.waitForTimeout(500);
    await screenshot(leader, "audit-student-390");
  });
});
