import { describe, expect, it } from "vitest";
import { type CapabilityAccess, type RefusedAction, refusalMessage, refusalPhrase, refusalPhrases } from "./refusals";
import { type Capability, capabilityLabels } from "./roles";

const capabilities = Object.keys(capabilityLabels) as Capability[];
const accesses: CapabilityAccess[] = ["read", "write", "reveal"];
const everyAction: RefusedAction[] = [
  ...(Object.keys(refusalPhrases) as RefusedAction[]),
  ...capabilities.flatMap((c) => accesses.map((a) => `${a}:${c}` as RefusedAction)),
];
/** The verbs a refusal may open with: what the user tried to do. */
const verbs = [
  "查看",
  "修改",
  "进行",
  "下载",
  "删除",
  "发布",
  "维护",
  "在",
  "上传",
  "新建",
  "处理",
  "组织",
  "改写",
  "划分",
  "更正",
  "导入",
  "导出",
];

describe("refusalPhrase", () => {
  it.each(everyAction)("names %s with a Chinese phrase that reads after 您没有权限", (action) => {
    const phrase = refusalPhrase(action);
    expect(phrase.length).toBeGreaterThan(2);
    expect(verbs.some((v) => phrase.startsWith(v))).toBe(true);
    // 进行 only before a noun: never 进行使用, 进行查看, 进行修改
    expect(phrase).not.toMatch(/进行(使用|查看|修改|下载|删除|发布|处理|组织|上传|新建|维护|划分|改写)/);
    // no code identifiers, no dangling punctuation, no undefined label
    expect(phrase).not.toMatch(/[A-Za-z_:]|undefined|[,,:::]$/);
  });

  it("names a balance workbook download, not the what-if sandbox", () => {
    expect(refusalMessage("balance.downloadWorkbook")).toBe("您没有权限下载全县均衡发展监测表");
    expect(refusalMessage("balance.whatIf")).toBe("您没有权限进行全县模拟测算");
  });

  it("names an access to a capability by the capability's Chinese name", () => {
    expect(refusalMessage("read:exams")).toBe("您没有权限查看质量检测");
    expect(refusalMessage("write:registry")).toBe("您没有权限修改学籍与基础数据");
    expect(refusalMessage("reveal:registry")).toBe("您没有权限查看学籍与基础数据中的完整个人信息");
  });
});
