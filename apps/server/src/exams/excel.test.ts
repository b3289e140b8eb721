import { exams as core } from "@edubureau/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { countyTables } from "./excel";
import type { AnalysisView } from "./presentAnalysis";
import type { ExamRow } from "./store";

const stats = {
  enrolled: 50,
  sat: 50,
  absent: 0,
  mean: 80,
  meanDiff: 0,
  sd: 10,
  max: 100,
  min: 40,
  median: 81,
  deciles: [60, 65, 70, 75, 81, 85, 90, 93, 96],
  rates: { excellent: 0.3, good: 0.5, pass: 0.9, low: 0.02 },
  rank: null,
  standardizedDiff: 0,
  levels: [],
};
const row = {
  name: "期末质量检测",
  config: { ...core.defaultAnalysisConfig, minValueAddedN: 12 },
} as unknown as ExamRow;
const view = {
  policy: { mode: "scores", internal: true, ranks: false, note: "内部资料" },
  levelNames: [],
  subjects: [
    {
      code: "math",
      name: "数学",
      fullMarks: 100,
      lines: { excellent: 85, good: 70, pass: 60, low: 40 },
      county: stats,
      schools: [],
    },
  ],
} as unknown as AnalysisView;

async function load(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const textOf = (sheet: ExcelJS.Worksheet) => {
  const lines: string[] = [];
  sheet.eachRow((r) => {
    lines.push(String(r.getCell(1).value ?? ""));
  });
  return lines.join("\n");
};

describe("county tables' method notes", () => {
  it("explain the item bands, the 27% groups and their ties, and the value-added model in a notes sheet", async () => {
    const wb = await load(await countyTables(row, view));
    const notes = wb.getWorksheet("方法说明");
    expect(notes).toBeDefined();
    const text = textOf(notes!);
    expect(text).toContain("0.4 ≤ P ≤ 0.7 为“中等”");
    expect(text).toContain("四舍五入");
    expect(text).toContain("剩余名额 ÷ 同分人数");
    expect(text).toContain("全县只做一次回归");
    expect(text).toContain("自由度 n − 1");
    expect(text).toContain("少于 12 人");
    expect(text).not.toMatch(/methods\.md|§/);
  });

  it("point each subject's sheet to the notes sheet, not to a file", async () => {
    const wb = await load(await countyTables(row, view));
    const line = String(wb.getWorksheet("数学")!.getRow(3).getCell(1).value);
    expect(line).toContain("「方法说明」表");
    expect(line).not.toContain("methods.md");
  });
});
