import { describe, expect, it } from "vitest";
import {
  type ChecklistItem,
  checklistResultProblems,
  checklistTemplateProblems,
  defaultChecklists,
  summarizeChecklist,
} from "./checklist";
import { inspectionKind } from "./vocabulary";

const template: ChecklistItem[] = [
  { code: "F01", category: "消防安全", text: "灭火器在有效期内", severity: "major" },
  { code: "C01", category: "食品安全", text: "从业人员持健康证", severity: "critical" },
  { code: "P01", category: "周边安全", text: "围墙完好", severity: "minor" },
];

describe("checklistTemplateProblems", () => {
  it("accepts every default checklist", () => {
    for (const kind of inspectionKind.codes) expect(checklistTemplateProblems(defaultChecklists[kind])).toEqual([]);
  });
  it("names the item and the field of each problem", () => {
    const bad = [
      template[0]!,
      { code: "F01", category: "", text: "", severity: "huge" as never },
      { code: " ", category: "x", text: "y", severity: "minor" as const },
    ];
    expect(checklistTemplateProblems(bad)).toEqual([
      { field: "items[1].code", message: "第2项的编号“F01”与前面的项目重复" },
      { field: "items[1].category", message: "第2项缺少类别" },
      { field: "items[1].text", message: "第2项缺少检查内容" },
      { field: "items[1].severity", message: "第2项的严重程度应为一般、较大或重大" },
      { field: "items[2].code", message: "第3项缺少编号" },
    ]);
    expect(checklistTemplateProblems([])).toEqual([{ field: "items", message: "检查清单至少需要一个检查项目" }]);
  });
});

describe("checklistResultProblems", () => {
  it("accepts a partly filled checklist", () => {
    expect(checklistResultProblems(template, [{ code: "F01", result: "pass" }])).toEqual([]);
  });
  it("needs a note for a failed item and refuses unknown or repeated items", () => {
    expect(
      checklistResultProblems(template, [
        { code: "F01", result: "fail" },
        { code: "X99", result: "pass" },
        { code: "C01", result: "na" },
        { code: "C01", result: "maybe" as never },
      ]),
    ).toEqual([
      { field: "results[0].note", message: "“F01 灭火器在有效期内”不符合,请写明发现的问题" },
      { field: "results[1].code", message: "检查项目“X99”不在该检查类型的清单中" },
      { field: "results[3].code", message: "检查项目“C01”填写了两次" },
      { field: "results[3].result", message: "“C01 从业人员持健康证”的结果应为符合、不符合或不适用" },
    ]);
  });
});

describe("summarizeChecklist", () => {
  it("counts results and what is left to fill", () => {
    expect(
      summarizeChecklist(template, [
        { code: "F01", result: "pass" },
        { code: "C01", result: "fail", note: "2人健康证过期" },
        { code: "X99", result: "pass" },
      ]),
    ).toEqual({ total: 3, pass: 1, fail: 1, na: 0, unfilled: 1 });
  });
});
