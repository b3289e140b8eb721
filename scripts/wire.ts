/**
 * Writes the web's wire types (apps/web/src/app/wire.gen.ts) from the server's route contracts, through the
 * OpenAPI description and openapi-typescript: `npm run wire`. `npm run wire:check` (in the test command) fails when
 * the committed file differs from what the contracts give now. The output is sorted and formatted, so the same
 * contracts always give the same bytes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { createApp } from "../apps/server/src/http/app";
import type { Deps } from "../apps/server/src/http/context";
import { describeApi } from "../apps/server/src/http/openapi";

const file = fileURLToPath(new URL("../apps/web/src/app/wire.gen.ts", import.meta.url));
const check = process.argv.includes("--check");

const header = `/**
 * Generated from the server's route contracts by \`npm run wire\` (scripts/wire.ts): do not edit by hand.
 * Name a type in a capability's api.ts through the helpers of ./wire.ts (Schema, Ok, Body, Query).
 */
`;

/** A copy of `value` with every object's keys sorted, so the output does not depend on registration order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

// the routes only: nothing is asked of the database, the cipher or the clock while the description is built
const document = sorted(describeApi(createApp({ dbKind: "pglite" } as Deps)));
const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
  alphabetize: true,
  // a request field with a default may be left out by the web
  defaultNonNullable: false,
  silent: true,
});
const source = `${header}\n${astToString(ast)}\nexport type Schemas = components["schemas"];\n`;
// the project's formatter gives the final bytes (the same ones `biome check` expects)
const text = execFileSync("npx", ["biome", "format", `--stdin-file-path=${file}`], {
  input: source,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});

if (check) {
  let committed = "";
  try {
    committed = readFileSync(file, "utf8");
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error(
      "apps/web/src/app/wire.gen.ts 与服务端接口契约不一致:请运行 npm run wire 重新生成,并提交该文件。\n" +
        "(The web's wire types are stale: run `npm run wire` and commit apps/web/src/app/wire.gen.ts.)",
    );
    process.exit(1);
  }
  console.log("网页接口类型与服务端契约一致");
} else {
  writeFileSync(file, text);
  console.log("网页接口类型已写入 apps/web/src/app/wire.gen.ts");
}
