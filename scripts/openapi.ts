/**
 * Writes the API description (OpenAPI 3.1) to a file, built from the app's route contracts without a database:
 * `npx tsx scripts/openapi.ts [file]` (default test-results/openapi.json). `npm run lint:api` lints that file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createApp } from "../apps/server/src/http/app";
import type { Deps } from "../apps/server/src/http/context";
import { describeApi } from "../apps/server/src/http/openapi";

const file = process.argv[2] ?? "test-results/openapi.json";
// the routes only: nothing is asked of the database, the cipher or the clock while the description is built
const app = createApp({ dbKind: "pglite" } as Deps);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(describeApi(app), null, 2)}\n`);
console.log(`接口说明已写入 ${file}`);
