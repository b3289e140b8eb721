import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { admissions } from "@edubureau/core";
import { afterAll, describe, expect, it } from "vitest";
import { verifyDrawCommand } from "./verifyCommand";

const dir = mkdtempSync(join(tmpdir(), "verify-draw-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputText = admissions.canonicalJson(
  admissions.lotteryInput({
    code: "YH-2026-0009",
    title: "摇号",
    eventTime: "2026-07-10T09:00:00+08:00",
    places: 2,
    tiers: [{ tier: 1, label: "全部" }],
    applicants: ["A1", "A2", "A3", "A4"].map((code) => ({ code, tier: 1, family: null })),
  }),
);
const run = admissions.runDraw(inputText, ["11", "22"]);
if (!run.ok) throw new Error("lottery did not run");
const files = (input: string, result: string) => {
  writeFileSync(join(dir, "input.json"), input);
  writeFileSync(join(dir, "result.json"), result);
  return [join(dir, "input.json"), join(dir, "result.json")];
};
const published = [
  "--contribution",
  "11",
  "--contribution",
  "22",
  "--input-digest",
  admissions.digestOfText(inputText),
  "--seed",
  run.outcome.seed ?? "",
  "--result-digest",
  run.outcome.resultDigest,
];

describe("verify-draw", () => {
  it("says match (exit 0) for the published files", async () => {
    const lines: string[] = [];
    const code = await verifyDrawCommand([...files(inputText, run.outcome.resultText), ...published], (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toContain("一致");
  });
  it("says mismatch (exit 1) when one applicant was removed from the input", async () => {
    const tampered = inputText.replace(',{"code":"A4","family":null,"tier":1}', "");
    expect(tampered).not.toBe(inputText);
    const lines: string[] = [];
    const code = await verifyDrawCommand([...files(tampered, run.outcome.resultText), ...published], (l) =>
      lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines.join("\n")).toContain("✗ 输入名单摘要");
  });
  it("says mismatch when a contribution differs", async () => {
    const args = [...files(inputText, run.outcome.resultText), ...published];
    args[args.indexOf("22")] = "23";
    expect(await verifyDrawCommand(args, () => {})).toBe(1);
  });
  it("explains its usage (exit 2) without files or a code", async () => {
    const lines: string[] = [];
    expect(await verifyDrawCommand([], (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toContain("用法");
  });
});
