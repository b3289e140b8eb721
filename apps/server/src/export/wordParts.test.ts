import { beijingDate as countyDate } from "@edubureau/core/calendar";
import { describe, expect, it } from "vitest";
import { openGuardedZip } from "../excel/zip";
import {
  bureauName,
  chineseDate,
  TEXT_WIDTH,
  TEXT_WIDTH_PX,
  tableColumnWidths,
  textWidth,
  unbreakable,
  wordChart,
  wordDocument,
  wordHeading,
  wordTable,
  wordText,
} from "./wordParts";

describe("tableColumnWidths", () => {
  it("gives dates, numbers and percentages the width of their text, and the rest to the long text", () => {
    const header = ["序号", "单位", "问题", "整改时限", "状态"];
    const rows = [
      [
        1,
        "北原县第一小学",
        "【消防安全】教学楼三楼灭火器过期2具,配电室未配备绝缘垫,疏散通道堆放杂物",
        "2026-12-30",
        "待整改",
      ],
    ];
    const widths = tableColumnWidths(header, rows, TEXT_WIDTH, 22)!;
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(widths[3]).toBeGreaterThanOrEqual(textWidth("2026-12-30", 22));
    expect(widths[4]).toBeGreaterThanOrEqual(textWidth("待整改", 22));
    expect(widths[2]).toBe(Math.max(...widths));
  });

  it("keeps every number of a wide table of figures on one line", () => {
    const header = [
      "学校",
      "在校生",
      ...Array.from({ length: 7 }, (_, i) => `L${i + 1} 生均教学及辅助用房面积`),
      "达标项数",
      "是否达标",
    ];
    const rows = [["北原县第一小学", 1234, "12.34", "5.67", "8888", "12.50", "0.98", "3.21", "1.00", 7, "未达标"]];
    const widths = tableColumnWidths(header, rows, TEXT_WIDTH, 18)!;
    rows[0]!.forEach((v, c) => {
      if (unbreakable(v)) expect(widths[c]).toBeGreaterThanOrEqual(textWidth(String(v), 18));
    });
    // the school's name on one line too: the headers break first
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth("北原县第一小学", 18));
  });

  it("is null when the columns cannot fit (the table then takes a smaller size)", () => {
    const header = Array.from({ length: 30 }, () => "平均分");
    expect(tableColumnWidths(header, [header.map(() => "123.45%")], TEXT_WIDTH, 18)).toBeNull();
  });
});

describe("unbreakable", () => {
  it("is true of numbers, dates, percentages, codes and short labels", () => {
    for (const v of [12, "2026-12-30", "12.5%", "-0.35", "—", "L1", "达标", "待整改"])
      expect(unbreakable(v), String(v)).toBe(true);
    for (const v of ["北原县第一小学", "教学楼三楼灭火器过期"]) expect(unbreakable(v), v).toBe(false);
  });
});

describe("dates and names", () => {
  it("writes the bureau's name and dates in Chinese", () => {
    expect(bureauName("北原县")).toBe("北原县教育局");
    expect(bureauName("北原县教育局")).toBe("北原县教育局");
    expect(chineseDate("2026-01-05")).toBe("2026年1月5日");
    expect(countyDate(new Date("2026-12-06T17:00:00Z"))).toBe("2026-12-07");
  });
});

describe("wordDocument", () => {
  it("sets A4, the margins, page numbers and keeps headings with the next paragraph", async () => {
    const bytes = await wordDocument({
      title: "测试",
      countyName: "北原县",
      children: [
        wordHeading("一、总体情况"),
        wordText("正文"),
        wordTable(["日期", "比率"], [["2026-12-30", "12.5%"]]),
        wordChart({ xAxis: { type: "category", data: ["语文"] }, yAxis: { type: "value" }, series: [] }, 800, 400),
      ],
    });
    const zip = openGuardedZip(bytes);
    const xml = (await zip.read("word/document.xml"))!.toString("utf8");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"');
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/><w:keepLines\/>/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // a chart no wider than the text: 589 px of 96 per inch, in EMU
    const extent = xml.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!;
    expect(Number(extent[1])).toBeLessThanOrEqual(TEXT_WIDTH_PX * 9525);
    expect(Number(extent[1]) / Number(extent[2])).toBeCloseTo(2, 2);
    const footer = (await zip.read("word/footer1.xml"))!.toString("utf8");
    expect(footer).toContain("PAGE");
    const core = (await zip.read("docProps/core.xml"))!.toString("utf8");
    expect(core).toContain("北原县教育局");
    expect(core).not.toContain("EduBureau");
  });
});
