import { ledger } from "@edubureau/core";
import { describe, expect, it } from "vitest";
import { decodeXml } from "../excel/sheetXml";
import { openGuardedZip } from "../excel/zip";
import { inspectorName, type NoticeInput, noticeDocument } from "./notice";

const finding = (over: Partial<NoticeInput["findings"][number]> = {}): NoticeInput["findings"][number] => ({
  targetName: "北原县第一小学",
  scope: "individual",
  commonGroup: null,
  category: "消防安全",
  description: "教学楼三楼灭火器过期2具",
  severityLabel: "较大",
  deadline: "2026-12-30",
  stateLabel: ledger.findingState.labels.pending,
  deadlineStatus: "ok",
  daysOverdue: 0,
  closedOn: null,
  measures: "更换灭火器",
  ...over,
});

const input = (over: Partial<NoticeInput> = {}, filled = false): NoticeInput => ({
  inspection: {
    title: "2026年秋季校园安全隐患排查",
    typeName: "校园安全隐患排查",
    kindLabel: "隐患排查",
    inspectedOn: "2026-11-18",
    inspectors: ["督导室·刘强", "安全股 周建", "陈刚"],
    selfInspection: false,
    summary: "",
  },
  targets: [
    {
      name: "北原县第一小学",
      summary: filled
        ? { total: 20, pass: 17, fail: 2, na: 1, unfilled: 0 }
        : { total: 20, pass: 0, fail: 0, na: 0, unfilled: 20 },
    },
    { name: "北原县第二中学", summary: { total: 20, pass: 0, fail: 0, na: 0, unfilled: 20 } },
  ],
  findings: [finding(), finding({ targetName: "北原县第二中学", deadline: "2027-01-15" })],
  today: "2026-12-07",
  countyName: "北原县",
  ...over,
});

async function paragraphs(bytes: Buffer) {
  const xml = (await openGuardedZip(bytes).read("word/document.xml"))!.toString("utf8");
  const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
  const text = (p: string) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join("");
  return { xml, paras, texts: paras.map(text).filter((t) => t.trim()) };
}

describe("inspectorName", () => {
  it("writes a unit and a name with a space, whatever joined them", () => {
    expect(inspectorName("督导室·刘强")).toBe("督导室 刘强");
    expect(inspectorName(" 安全股・周建 ")).toBe("安全股 周建");
    expect(inspectorName("督学/郭建国")).toBe("督学 郭建国");
    expect(inspectorName("安全股  周建")).toBe("安全股 周建");
    expect(inspectorName("陈刚")).toBe("陈刚");
  });
});

describe("the 通报 Word document", () => {
  it("without a checklist says how many units were inspected, never 0 items", async () => {
    const { texts } = await paragraphs(await noticeDocument(input()));
    const all = texts.join("\n");
    expect(all).not.toContain("项次");
    expect(all).toContain("本次检查共检查2个单位,发现问题2项(截至2026年12月7日,已整改销号0项)。");
  });

  it("with a checklist counts its items", async () => {
    const { texts } = await paragraphs(await noticeDocument(input({}, true)));
    expect(texts.join("\n")).toContain("本次检查共查看检查项目20项次,不符合2项次,发现问题2项");
  });

  it("names the type once and the inspection group in Chinese style", async () => {
    const { texts } = await paragraphs(await noticeDocument(input()));
    const opening = texts.find((t) => t.startsWith("2026年11月18日"));
    expect(opening).toBe(
      "2026年11月18日,北原县教育局组织检查组(成员:督导室 刘强、安全股 周建、陈刚)对北原县第一小学、北原县第二中学共2个单位开展了校园安全隐患排查。现将有关情况通报如下:",
    );
    expect(texts.join("\n")).not.toContain("·");
    expect(texts.join("\n")).not.toContain("(隐患排查)");
  });

  it("is signed by the county's education bureau with the date", async () => {
    const { texts } = await paragraphs(await noticeDocument(input()));
    expect(texts.slice(-2)).toEqual(["北原县教育局", "2026年12月7日"]);
  });

  it("of a school's self-inspection says the school inspected itself", async () => {
    const self = input({
      targets: [input().targets[0]!],
      findings: [],
    });
    self.inspection = { ...self.inspection, selfInspection: true, inspectors: ["张校长(校长)"] };
    const { texts } = await paragraphs(await noticeDocument(self));
    const all = texts.join("\n");
    expect(all).toContain("2026年11月18日,北原县第一小学开展了校园安全隐患排查自查。");
    expect(all).toContain("本次检查共检查1个单位,未发现需要整改的问题。");
    expect(all).not.toContain("四、问题清单");
    // nothing to rectify: no rectification requirements against an empty list
    expect(all).not.toContain("整改要求");
    expect(all).toContain("三、工作要求");
    // a type already named a self-inspection is not called one twice
    self.inspection = { ...self.inspection, typeName: "中小学收费自查", kindLabel: "收费自查" };
    const fee = (await paragraphs(await noticeDocument(self))).texts.join("\n");
    expect(fee).toContain("北原县第一小学开展了中小学收费自查。");
    expect(fee).not.toContain("自查自查");
  });

  it("is A4 with the standard margins, its headings kept with the next paragraph, dates in one line", async () => {
    const { xml, paras } = await paragraphs(await noticeDocument(input()));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    const headings = paras.filter((p) => /<w:pStyle w:val="(?:Heading\d|Title)"\/>/.test(p));
    expect(headings.length).toBe(7);
    for (const h of headings) expect(h).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    // the list of findings: fixed columns, the deadline's at least as wide as a date
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1588 - 1474);
    expect(grid[3]).toBeGreaterThanOrEqual(10 * 0.6 * 220 + 144);
  });
});
