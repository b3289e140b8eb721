/**
 * CLI `verify-draw`: recomputes a published draw and says match (一致) or mismatch (不一致), check by check, either
 * from a platform's public API (no login) or from files kept locally. Needs no database. Exit code 0 on a match,
 * 1 on a mismatch, 2 on bad usage.
 *
 *   verify-draw --url https://edu.example.gov.cn --code YG-2026-0001
 *   verify-draw input.json result.json --contribution 4721 --contribution 9083 \
 *     [--input-digest …] [--seed …] [--result-digest …]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { admissions } from "@edubureau/core";

export const VERIFY_USAGE = `  verify-draw --url <平台地址> --code <活动编号>
  verify-draw <输入文件> <结果文件> --contribution <随机数> … [--input-digest H] [--seed H] [--result-digest H]
                                重新计算已公示的分班、摇号或指标到校结果,核对是否一致(无需数据库)`;

async function fromUrl(url: string, code: string): Promise<admissions.PublishedDraw & { title: string }> {
  const base = `${url.replace(/\/+$/, "")}/api/public/draws/${encodeURIComponent(code)}`;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    if (!res.ok)
      throw new Error(res.status === 404 ? `未找到已公示的活动 ${code}` : `下载失败(${res.status}):${base}${path}`);
    return res.text();
  };
  const info = JSON.parse(await get("")) as {
    title: string;
    inputDigest: string;
    contributions: { value: string }[];
    seed: string | null;
    resultDigest: string;
  };
  return {
    title: info.title,
    inputText: await get("/files/input"),
    inputDigest: info.inputDigest,
    contributions: info.contributions.map((c) => c.value),
    seed: info.seed,
    resultText: await get("/files/result"),
    resultDigest: info.resultDigest,
  };
}

/** Runs the command; returns the process exit code. */
export async function verifyDrawCommand(args: string[], log: (msg: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      code: { type: "string" },
      contribution: { type: "string", multiple: true, default: [] },
      "input-digest": { type: "string" },
      seed: { type: "string" },
      "result-digest": { type: "string" },
    },
  });
  let published: admissions.PublishedDraw;
  let title = "";
  if (values.url && values.code) {
    const fetched = await fromUrl(values.url, values.code);
    title = fetched.title;
    published = fetched;
  } else if (positionals.length === 2) {
    const [inputFile, resultFile] = positionals as [string, string];
    const inputText = readFileSync(inputFile, "utf8");
    const resultText = readFileSync(resultFile, "utf8");
    const inputDigest = values["input-digest"] ?? admissions.digestOfText(inputText);
    const contributions = values.contribution ?? [];
    const kind = (JSON.parse(inputText) as { kind?: admissions.DrawKind }).kind;
    const random = kind ? admissions.isRandomDraw(kind) : true;
    published = {
      inputText,
      inputDigest,
      contributions,
      seed: values.seed ?? (random ? admissions.drawSeed(inputDigest, contributions) : null),
      resultText,
      resultDigest: values["result-digest"] ?? admissions.digestOfText(resultText),
    };
  } else {
    log(`用法:\n${VERIFY_USAGE}`);
    return 2;
  }
  const v = admissions.verifyDraw(published);
  if (title) log(title);
  for (const c of v.checks) log(`  ${c.ok ? "✓" : "✗"} ${c.label}:${c.detail}`);
  log(v.match ? "结论:一致(match)" : "结论:不一致(mismatch)");
  return v.match ? 0 : 1;
}
