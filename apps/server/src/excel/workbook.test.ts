import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sharedStrings, sheetRows } from "./sheetXml";
import { streamingWorkbook, workbookBuffer } from "./workbook";
import { openGuardedZip } from "./zip";

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

describe("every exported sheet is typed and set up for print", () => {
  it("in memory: A4 fitted to width, frozen rows repeated, dates as dates, wrapped rows grown, page numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet("名单", { views: [{ state: "frozen", ySplit: 2 }] });
    list.columns = [{ width: 12 }, { width: 20 }, { width: 12, style: { numFmt: "@" } }];
    list.addRow(["北原县名单"]);
    list.addRow(["姓名", "说明", "出生日期(文本)"]);
    const row = list.addRow(["2026-09-01", "很长的说明".repeat(10), "2020-03-08"]);
    row.getCell(2).alignment = { wrapText: true };
    list.addRow(["2026-02-30", "短", null]);
    const wide = wb.addWorksheet("宽表");
    wide.columns = Array.from({ length: 12 }, () => ({ width: 12 }));
    wide.addRow(["一"]);
    const own = wb.addWorksheet("自定", { pageSetup: { paperSize: 5 as ExcelJS.PaperSize, orientation: "portrait" } });
    own.addRow(["二"]);
    const back = await readBack(await workbookBuffer(wb, { footer: "北原县教育局" }));

    const sheet = back.getWorksheet("名单")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.pageSetup.printTitlesRow).toBe("1:2");
    expect(sheet.headerFooter.oddFooter).toBe("&L北原县教育局&C第 &P 页,共 &N 页");
    const date = sheet.getCell("A3");
    expect(date.value).toEqual(new Date(Date.UTC(2026, 8, 1)));
    expect(date.numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("C3").value).toBe("2020-03-08");
    expect(sheet.getCell("A4").value).toBe("2026-02-30");
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(4 * 15);
    expect(sheet.getRow(4).height).toBeUndefined();
    expect(back.getWorksheet("宽表")!.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    expect(back.getWorksheet("宽表")!.pageSetup.printTitlesRow).toBeUndefined();
    expect(back.getWorksheet("自定")!.pageSetup).toMatchObject({ paperSize: 5, fitToPage: false });
  });

  it("wraps text that would print cut off (a filled cell after it, or the last column) and grows its row", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("表");
    sheet.columns = [{ width: 10 }, { width: 10 }, { width: 10 }];
    sheet.addRow(["每百名学生拥有县级以上骨干教师数", "达标", "否"]);
    sheet.addRow(["标题可以越过右侧的空单元格显示", null, null]);
    sheet.addRow(["短", "达标", "最后一列的长文字会被截断"]);
    const back = (await readBack(await workbookBuffer(wb))).getWorksheet("表")!;
    expect(back.getCell("A1").alignment?.wrapText).toBe(true);
    expect(back.getRow(1).height).toBeGreaterThanOrEqual(4 * 14);
    expect(back.getCell("A2").alignment?.wrapText).toBeFalsy();
    expect(back.getRow(2).height).toBeUndefined();
    expect(back.getCell("C3").alignment?.wrapText).toBe(true);
    expect(back.getCell("A3").alignment?.wrapText).toBeFalsy();
  });

  it("streamed: A4 fitted to width, landscape for wide columns, the frozen header repeated, dates as dates", async () => {
    const out = new PassThrough();
    const bytes = buffer(out);
    const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false }, { footer: "北原县" });
    const sheet = wb.addWorksheet("名单", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = Array.from({ length: 11 }, (_, i) => ({ header: `列${i + 1}`, width: 12 }));
    sheet.getRow(1).commit();
    sheet.addRow(["张三", "2015-03-08"]).commit();
    sheet.commit();
    await wb.commit();
    const back = (await readBack(await bytes)).getWorksheet("名单")!;
    expect(back.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(back.pageSetup.fitToHeight).toBe(0);
    expect(back.pageSetup.printTitlesRow).toBe("1:1");
    expect(back.getCell("B2").value).toEqual(new Date(Date.UTC(2015, 2, 8)));
    expect(back.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(back.headerFooter.oddFooter).toContain("北原县");
  });
});
