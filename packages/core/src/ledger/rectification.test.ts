import { describe, expect, it } from "vitest";
import {
  availableActions,
  type FindingSnapshot,
  type LedgerParty,
  partyMay,
  type RectificationAction,
  rectificationActions,
  rectificationTransition,
} from "./rectification";
import { type FindingState, findingState } from "./vocabulary";

const TODAY = "2026-11-20";
const opts = { today: TODAY };
const finding = (state: FindingState, extra: Partial<FindingSnapshot> = {}): FindingSnapshot => ({
  state,
  deadline: "2026-12-31",
  extensionRequest: null,
  ...extra,
});
const withRequest = (state: FindingState) =>
  finding(state, { extensionRequest: { deadline: "2027-01-31", reason: "寒假施工" } });

/** A step with every input an action may need, so that only party and state decide. */
const fullStep = (action: RectificationAction) => ({
  action,
  note: "已更换全部过期灭火器",
  newDeadline: "2027-01-15",
  evidenceCount: 2,
});

describe("rectificationTransition: the allowed steps", () => {
  it.each([
    ["pending", "start", "responsible", "in_progress"],
    ["pending", "start", "supervisor", "in_progress"],
    ["in_progress", "submit", "responsible", "awaiting_review"],
    ["in_progress", "submit", "supervisor", "awaiting_review"],
    ["awaiting_review", "pass", "supervisor", "closed"],
    ["awaiting_review", "fail", "supervisor", "in_progress"],
    ["pending", "withdraw", "supervisor", "withdrawn"],
    ["in_progress", "withdraw", "supervisor", "withdrawn"],
    ["awaiting_review", "withdraw", "supervisor", "withdrawn"],
  ] as const)("%s —%s by %s→ %s", (state, action, party, next) => {
    const r = rectificationTransition(finding(state), party, fullStep(action), opts);
    expect(r).toMatchObject({ ok: true, finding: { state: next, deadline: "2026-12-31" } });
    if (r.ok) expect(r.closes).toBe(next === "closed");
  });

  it("keeps the state and records the request when more time is asked for", () => {
    const r = rectificationTransition(
      finding("in_progress"),
      "responsible",
      { action: "request_extension", note: "需寒假期间施工", newDeadline: "2027-02-28" },
      opts,
    );
    expect(r).toEqual({
      ok: true,
      closes: false,
      finding: {
        state: "in_progress",
        deadline: "2026-12-31",
        extensionRequest: { deadline: "2027-02-28", reason: "需寒假期间施工" },
      },
    });
  });

  it("moves the deadline on approval and clears the request", () => {
    const r = rectificationTransition(withRequest("in_progress"), "supervisor", { action: "approve_extension" }, opts);
    expect(r).toMatchObject({
      ok: true,
      finding: { state: "in_progress", deadline: "2027-01-31", extensionRequest: null },
    });
  });

  it("keeps the deadline when the request is refused", () => {
    const r = rectificationTransition(
      withRequest("pending"),
      "supervisor",
      { action: "reject_extension", note: "隐患严重,须按期整改" },
      opts,
    );
    expect(r).toMatchObject({
      ok: true,
      finding: { state: "pending", deadline: "2026-12-31", extensionRequest: null },
    });
  });

  it("drops a waiting request when the finding is closed or withdrawn", () => {
    const closed = rectificationTransition(withRequest("awaiting_review"), "supervisor", { action: "pass" }, opts);
    expect(closed).toMatchObject({ ok: true, finding: { state: "closed", extensionRequest: null } });
    const withdrawn = rectificationTransition(
      withRequest("pending"),
      "supervisor",
      { action: "withdraw", note: "误报" },
      opts,
    );
    expect(withdrawn).toMatchObject({ ok: true, finding: { state: "withdrawn", extensionRequest: null } });
  });
});

describe("rectificationTransition: every refused step", () => {
  const states = findingState.codes;
  const parties: LedgerParty[] = ["supervisor", "responsible", "reader"];
  /** The allowed (state, action, party) triples; every other one must be refused. */
  const allowed = new Set([
    "pending/start/responsible",
    "pending/start/supervisor",
    "in_progress/submit/responsible",
    "in_progress/submit/supervisor",
    "awaiting_review/pass/supervisor",
    "awaiting_review/fail/supervisor",
    ...["pending", "in_progress"].flatMap((s) => [
      `${s}/request_extension/responsible`,
      `${s}/request_extension/supervisor`,
    ]),
    ...["pending", "in_progress", "awaiting_review"].flatMap((s) => [
      `${s}/approve_extension/supervisor`,
      `${s}/reject_extension/supervisor`,
      `${s}/withdraw/supervisor`,
    ]),
  ]);

  it("allows exactly the listed triples and refuses the other ones with a message", () => {
    let refused = 0;
    for (const state of states) {
      for (const action of rectificationActions) {
        for (const party of parties) {
          // approve/reject need a waiting request and request_extension needs none: give each what it needs
          const f =
            action.endsWith("_extension") && action !== "request_extension" ? withRequest(state) : finding(state);
          const r = rectificationTransition(f, party, fullStep(action), opts);
          const key = `${state}/${action}/${party}`;
          expect(r.ok, key).toBe(allowed.has(key));
          if (!r.ok) {
            refused++;
            expect(["not_allowed", "wrong_state"]).toContain(r.code);
            expect(r.message.length).toBeGreaterThan(4);
          }
        }
      }
    }
    expect(refused).toBe(states.length * rectificationActions.length * parties.length - allowed.size);
  });

  it("never lets a school close, fail, withdraw or approve", () => {
    for (const action of ["pass", "fail", "withdraw", "approve_extension", "reject_extension"] as const) {
      const r = rectificationTransition(withRequest("awaiting_review"), "responsible", fullStep(action), opts);
      expect(r).toMatchObject({ ok: false, code: "not_allowed" });
    }
    expect(rectificationTransition(finding("awaiting_review"), "responsible", { action: "pass" }, opts)).toEqual({
      ok: false,
      code: "not_allowed",
      message: "整改单位不能复查通过并销号,须由督学、督导室或安全股办理",
    });
  });

  it("lets a reader do nothing", () => {
    expect(rectificationTransition(finding("pending"), "reader", { action: "start" }, opts)).toEqual({
      ok: false,
      code: "not_allowed",
      message: "您只能查看该问题,不能开始整改",
    });
  });

  it("names the state in a wrong-state refusal", () => {
    expect(rectificationTransition(finding("closed"), "supervisor", { action: "start" }, opts)).toEqual({
      ok: false,
      code: "wrong_state",
      message: "该问题已销号,不能开始整改",
    });
    expect(rectificationTransition(finding("pending"), "supervisor", { action: "pass" }, opts)).toMatchObject({
      code: "wrong_state",
      message: "该问题待整改,不能复查通过并销号",
    });
  });

  it("does not skip re-inspection: pending cannot be submitted or closed directly", () => {
    expect(rectificationTransition(finding("pending"), "responsible", fullStep("submit"), opts)).toMatchObject({
      code: "wrong_state",
    });
    expect(rectificationTransition(finding("in_progress"), "supervisor", fullStep("pass"), opts)).toMatchObject({
      code: "wrong_state",
    });
  });
});

describe("rectificationTransition: inputs", () => {
  it.each([
    ["submit", "in_progress", "请填写整改情况说明"],
    ["fail", "awaiting_review", "请填写复查不通过的原因和整改要求"],
    ["request_extension", "in_progress", "请填写延期原因"],
    ["withdraw", "pending", "请填写撤销原因"],
  ] as const)("%s needs a note", (action, state, message) => {
    for (const note of [undefined, "", " ", "好"]) {
      const r = rectificationTransition(finding(state), "supervisor", { action, note, evidenceCount: 1 }, opts);
      expect(r).toEqual({ ok: false, code: "missing_note", message });
    }
  });

  it("refuses a refusal of an extension without a reason", () => {
    const r = rectificationTransition(withRequest("pending"), "supervisor", { action: "reject_extension" }, opts);
    expect(r).toMatchObject({ ok: false, code: "missing_note", message: "请填写驳回延期的理由" });
  });

  it("needs evidence to submit, unless the county turns it off", () => {
    const step = { action: "submit" as const, note: "已整改" };
    expect(rectificationTransition(finding("in_progress"), "responsible", step, opts)).toEqual({
      ok: false,
      code: "missing_evidence",
      message: "提交复查时请上传至少一份整改照片或材料",
    });
    expect(
      rectificationTransition(finding("in_progress"), "responsible", { ...step, evidenceCount: 0 }, opts),
    ).toMatchObject({ code: "missing_evidence" });
    expect(
      rectificationTransition(finding("in_progress"), "responsible", step, { ...opts, evidenceRequired: false }),
    ).toMatchObject({ ok: true, finding: { state: "awaiting_review" } });
  });

  it("checks the deadline asked for", () => {
    const ask = (newDeadline: string | undefined, today = TODAY, deadline = "2026-12-31") =>
      rectificationTransition(
        finding("pending", { deadline }),
        "responsible",
        { action: "request_extension", note: "需要采购设备", newDeadline },
        { today },
      );
    expect(ask(undefined)).toMatchObject({
      code: "bad_deadline",
      message: "请填写延期后的整改时限(日期格式 YYYY-MM-DD)",
    });
    expect(ask("2027-02-30")).toMatchObject({ code: "bad_deadline" });
    expect(ask("2026-12-31")).toMatchObject({ code: "bad_deadline", message: "延期后的时限应晚于当前时限 2026-12-31" });
    expect(ask("2027-01-01")).toMatchObject({ ok: true });
    // an overdue finding asks for a deadline from today on
    expect(ask("2026-11-19", TODAY, "2026-11-01")).toMatchObject({
      code: "bad_deadline",
      message: "延期后的时限不能早于今天",
    });
    expect(ask(TODAY, TODAY, "2026-11-01")).toMatchObject({ ok: true });
  });

  it("allows one waiting request at a time", () => {
    const r = rectificationTransition(
      withRequest("in_progress"),
      "responsible",
      { action: "request_extension", note: "再延期", newDeadline: "2027-03-01" },
      opts,
    );
    expect(r).toEqual({ ok: false, code: "request_pending", message: "已有一份延期申请待审批,请等待审批结果" });
  });

  it("refuses to approve or refuse when nothing waits", () => {
    for (const action of ["approve_extension", "reject_extension"] as const) {
      expect(rectificationTransition(finding("in_progress"), "supervisor", { action, note: "理由充分" }, opts)).toEqual(
        { ok: false, code: "no_request", message: "该问题没有待审批的延期申请" },
      );
    }
  });
});

describe("partyMay and availableActions", () => {
  it("gives each party its actions", () => {
    expect(rectificationActions.filter((a) => partyMay("responsible", a))).toEqual([
      "start",
      "submit",
      "request_extension",
    ]);
    expect(rectificationActions.filter((a) => partyMay("supervisor", a))).toEqual(rectificationActions);
    expect(rectificationActions.filter((a) => partyMay("reader", a))).toEqual([]);
  });

  it("lists what can be done now", () => {
    expect(availableActions(finding("pending"), "responsible")).toEqual(["start", "request_extension"]);
    expect(availableActions(withRequest("pending"), "responsible")).toEqual(["start"]);
    expect(availableActions(withRequest("in_progress"), "supervisor")).toEqual([
      "submit",
      "approve_extension",
      "reject_extension",
      "withdraw",
    ]);
    expect(availableActions(finding("awaiting_review"), "supervisor")).toEqual(["pass", "fail", "withdraw"]);
    expect(availableActions(finding("awaiting_review"), "responsible")).toEqual([]);
    expect(availableActions(finding("closed"), "supervisor")).toEqual([]);
    expect(availableActions(finding("withdrawn"), "supervisor")).toEqual([]);
    expect(availableActions(finding("pending"), "reader")).toEqual([]);
  });
});
