import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { markedUpReportBuffer } from "./importReport";

async function readBack(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("markedUpReport", () => {
  it("puts the rows back at their sheet rows and marks each problem's cell by its column header", async () => {
    const bytes = await markedUpReportBuffer({
      summary: { widths: [24, 60], lines: [["测试导入校验报告"], ["文件", "a.xlsx"], ["按列统计"]], headings: [2] },
      data: {
        sheetName: "名单",
        columns: [
          { header: "学籍号", width: 22, text: true },
          { header: "成绩", width: 10 },
        ],
        rows: [
          { rowNumber: 2, cells: ["G001", "120"] },
          { rowNumber: 5, cells: ["G002", "80"] },
        ],
      },
      problems: [
        { row: 2, column: "成绩", value: "120", message: "分数 120 超过满分 100", level: "error" },
        { row: 5, column: "学籍号", value: "G002", message: "姓名与学籍不一致", level: "warning" },
        { row: 5, column: "学籍号", value: "G002", message: "第二个问题", level: "error" },
      ],
    });
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["汇总", "名单", "问题清单"]);
    const summary = wb.getWorksheet("汇总")!;
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(summary.getCell("A3").font?.bold).toBe(true);
    expect(summary.getCell("A2").font?.bold).toBeFalsy();
    const data = wb.getWorksheet("名单")!;
    expect(data.getCell("A1").value).toBe("学籍号");
    expect(data.getCell("B2").value).toBe("120");
    expect(String(data.getCell("B2").note)).toContain("超过满分");
    expect((data.getCell("B2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(data.getCell("A2").note).toBeUndefined();
    // a cell with a warning and an error is red and carries both notes, the warning marked as such
    expect((data.getCell("A5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(String(data.getCell("A5").note)).toBe("提醒:姓名与学籍不一致\n第二个问题");
    const list = wb.getWorksheet("问题清单")!;
    expect(list.rowCount).toBe(4);
    expect(list.getRow(2).values).toEqual([undefined, 2, "成绩", "120", "分数 120 超过满分 100", "错误"]);
    expect(list.getRow(3).getCell(5).value).toBe("提醒");
  });
});
