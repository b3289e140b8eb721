import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auth } from "@edubureau/core";
import { describe, expect, it } from "vitest";
import { auditActionLabels, auditSearchableKinds, auditTargetLabels } from "../../../web/src/audit/labels";
import { auditTargetKinds } from "./targetKinds";

/**
 * The audit log page names every action and record kind the server audits in Chinese: an action added without a
 * name would show as its raw code to the administrators and leadership who read the log.
 */
const root = fileURLToPath(new URL("..", import.meta.url));

// the cockpit's figure keys ("ledger.overdue", "registry.schools") look like actions but name figures, not log rows:
// in the reports room only `action: "…"` literals are actions
const reportsRoom = join(root, "reports");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")
        ? [readFileSync(join(dir, e.name), "utf8")]
        : [],
  );
}

// a refusal names the action refused (forbidden("exams.manage")), not an action the log records
const code = sources(root)
  .join("\n")
  .replace(/forbidden\("[^"]*"\)/g, "");
const reportsActions = sources(reportsRoom)
  .join("\n")
  .matchAll(/action: "([a-z_.]+)"/g);
const codeOutsideReports = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory() && join(root, e.name) !== reportsRoom)
  .flatMap((e) => sources(join(root, e.name)))
  .join("\n")
  .replace(/forbidden\("[^"]*"\)/g, "");
const AREA =
  "(?:auth|users|backup|registry|balance|exams|ledger|admissions|staffing|retention|preschool|fitness|reports|settings)";

describe("audit log labels", () => {
  it("name every literal action the server records", () => {
    const actions = new Set([
      ...[...codeOutsideReports.matchAll(new RegExp(`["\`](${AREA}\\.[a-z_]+(?:\\.[a-z_]+)?)["\`]`, "g"))].map(
        (m) => m[1]!,
      ),
      ...[...reportsActions].map((m) => m[1]!),
    ]);
    // a refused action's key (countyWriter(actor, "preschool.configure")) names a refusal, not a log row
    for (const key of Object.keys(auth.refusalPhrases)) actions.delete(key);
    expect(actions.size).toBeGreaterThan(40);
    expect([...actions].filter((a) => !auditActionLabels[a])).toEqual([]);
  });

  it("name every action built from a step name (transfers, findings, draw events, school events)", () => {
    const families: [RegExp, string][] = [
      [/stepRoute\("([a-z_]+)"/g, "admissions.event."],
      [/kind: "([a-z]+)"; on:/g, "registry.school_"],
    ];
    for (const [pattern, prefix] of families) {
      const steps = [...code.matchAll(pattern)].map((m) => `${prefix}${m[1]}`);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.filter((a) => !auditActionLabels[a])).toEqual([]);
    }
    for (const step of ["receive", "reject", "cancel"])
      expect(auditActionLabels[`registry.transfer.${step}`]).toBeTruthy();
    for (const step of ["start", "submit", "pass", "fail", "withdraw"]) {
      expect(auditActionLabels[`ledger.finding.${step}`]).toBeTruthy();
    }
  });

  it("name every kind of record the server audits", () => {
    const kinds = new Set([...code.matchAll(/targetType: "([a-z_]+)"/g)].map((m) => m[1]!));
    expect(kinds.size).toBeGreaterThan(15);
    expect([...kinds].filter((k) => !auditTargetLabels[k])).toEqual([]);
  });

  it("name every kind the server labels, and offer a search for exactly the kinds the server can search", () => {
    expect(Object.keys(auditTargetKinds).filter((k) => !auditTargetLabels[k])).toEqual([]);
    const searchable = Object.entries(auditTargetKinds)
      .filter(([, kind]) => kind.search)
      .map(([k]) => k);
    expect([...auditSearchableKinds].sort()).toEqual(searchable.sort());
  });

  it("label every kind of record the server audits, so no row shows a bare id", () => {
    const kinds = new Set([...code.matchAll(/targetType: "([a-z_]+)"/g)].map((m) => m[1]!));
    // an export is about a list, not one record: its filters are in the row's details
    const lists = new Set(["student_list", "staff_list", "balance_settings"]);
    expect([...kinds].filter((k) => !lists.has(k) && !auditTargetKinds[k])).toEqual([]);
  });
});
