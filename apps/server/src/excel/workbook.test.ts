import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sharedStrings, sheetRows } from "../registry/excel/sheetXml";
import { openGuardedZip } from "../registry/excel/zip";
import { streamingWorkbook, workbookBuffer } from "./workbook";

async function readBack(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("workbookBuffer", () => {
  it("writes dangerous text of every sheet, header and merged cell with a leading quote, numbers as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("A");
    a.columns = [{ header: "=header" }, { header: "数" }];
    a.addRow(["+cmd|' /C calc'!A0", -3]);
    a.mergeCells("A3:B3");
    a.getCell("A3").value = "@merged";
    wb.addWorksheet("B").addRow(["safe", "-2+3", new Date("2026-09-01")]);
    const back = await readBack(await workbookBuffer(wb));
    const sa = back.getWorksheet("A")!;
    expect(sa.getCell("A1").value).toBe("'=header");
    expect(sa.getCell("A2").value).toBe("'+cmd|' /C calc'!A0");
    expect(sa.getCell("B2").value).toBe(-3);
    expect(sa.getCell("A3").value).toBe("'@merged");
    const sb = back.getWorksheet("B")!;
    expect(sb.getCell("A1").value).toBe("safe");
    expect(sb.getCell("B1").value).toBe("'-2+3");
    expect(sb.getCell("C1").value).toBeInstanceOf(Date);
  });
});

describe("streamingWorkbook", () => {
  it("neutralises rows committed one by one and rows left for the sheet's commit", async () => {
    const out = new PassThrough();
    const bytes = buffer(out);
    const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = wb.addWorksheet("名单");
    sheet.columns = [{ header: "姓名" }, { header: '=HYPERLINK("x")' }];
    sheet.getRow(1).commit();
    sheet.addRow(["=1+1", -3]).commit();
    sheet.addRow(["\t=cmd", "张三"]);
    sheet.commit();
    await wb.commit();
    const back = (await readBack(await bytes)).getWorksheet("名单")!;
    expect(back.getCell("B1").value).toBe('\'=HYPERLINK("x")');
    expect(back.getCell("A2").value).toBe("'=1+1");
    expect(back.getCell("A2").formula).toBeUndefined();
    expect(back.getCell("B2").value).toBe(-3);
    expect(back.getCell("A3").value).toBe("'\t=cmd");
    expect(back.getCell("B3").value).toBe("张三");
  });
});

describe("an exported workbook uploaded again", () => {
  it("reads its text back without the quote the export added, through the upload readers' sheet parser", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("学生信息").addRow(["=1+1", "'abc", "-3", "@张三"]);
    const zip = openGuardedZip(await workbookBuffer(wb));
    const shared = sharedStrings((await zip.read("xl/sharedStrings.xml"))?.toString("utf8") ?? "");
    const rows = [];
    for await (const row of sheetRows(zip.stream("xl/worksheets/sheet1.xml")!, shared, [])) rows.push(row.values);
    expect(rows).toEqual([[undefined, "=1+1", "'abc", "-3", "@张三"]]);
  });
});
