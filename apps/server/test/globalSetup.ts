import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/db/client";
import { migrate } from "../src/db/migrate";
import { startTestPostgres } from "./postgresServer";
import { loadTestCounty, TEMPLATE_DB } from "./template";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgresql";
    /** pglite: a gzipped data-folder dump of the migrated template with the test county */
    pgliteTemplate: string;
    /** postgresql: connection URL of the server's maintenance database */
    postgresUrl: string;
  }
}

/**
 * Builds one migrated template database with the test county, once per run; each test file clones it
 * (PGlite: loads the dumped data folder; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const kind = project.name === "postgresql" ? "postgresql" : "pglite";
  project.provide("dbKind", kind);
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite" });
    await migrate(database);
    await loadTestCounty(database);
    const dir = mkdtempSync(join(tmpdir(), "edubureau-pglite-template-"));
    const file = join(dir, "template.tar.gz");
    const client = (database.db as unknown as { $client: { dumpDataDir(c: "gzip"): Promise<Blob> } }).$client;
    writeFileSync(file, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
    await database.close();
    project.provide("pgliteTemplate", file);
    project.provide("postgresUrl", "");
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const server = await startTestPostgres();
  try {
    const admin = await openDatabase({ kind: "postgresql", url: server.url(), poolSize: 1 });
    await admin.db.execute(`create database ${TEMPLATE_DB}` as never);
    await admin.close();
    const database = await openDatabase({ kind: "postgresql", url: server.url(TEMPLATE_DB), poolSize: 2 });
    await migrate(database);
    await loadTestCounty(database);
    await database.close();
  } catch (err) {
    server.stop();
    throw err;
  }
  project.provide("pgliteTemplate", "");
  project.provide("postgresUrl", server.url());
  return () => server.stop();
}
