/**
 * No read of the API shows a resident ID (公民身份号码) in clear, nor a G-type 学籍号 (G + the resident ID): every
 * demo account (and an anonymous caller) fetches every GET route of the server — taken from its OpenAPI document and
 * its router, so a new route is scanned without being named here — with path parameters filled from real ids found
 * in earlier answers, and every JSON, text and file answer (xlsx and docx unzipped, their XML read as text) is
 * searched for an 18-character ID with a correct check character. The audited reveals (a POST with a reason, or an
 * export asked for with reveal and a reason) are the only places the full number may appear; the scan never asks
 * for them, so they are left out by construction. One test county is shared by all callers; at most a few values
 * are tried for each parameter, and a URL one section has read is not read again by a section with the same powers
 * in that area (sections read the same county), which keeps the run near 10 s on PostgreSQL and 35 s on PGlite.
 */
import { inflateRawSync } from "node:zlib";
import { registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/** Most values tried for one parameter, and most URLs fetched for one route and caller. */
const PER_PARAM = 2;
const PER_ROUTE = 3;

/** A resident ID, bare or after the G of a 学籍号, standing alone (not inside a longer run of letters or digits). */
const ID_PATTERN = /(?<![0-9A-Za-z])G?(\d{17}[\dXx])(?![0-9A-Za-z])/g;

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema?: {
    enum?: unknown[];
    type?: string | string[];
    format?: string;
    pattern?: string;
    anyOf?: { enum?: unknown[] }[];
  };
}

interface Route {
  /** the template as in the OpenAPI document, e.g. /api/exams/{id}/students */
  path: string;
  params: Param[];
}

interface Leak {
  who: string;
  route: string;
  url: string;
  found: string;
}

/**
 * Whether an ID is a template's example: sequence code 999 belongs to people over 100 (GB 11643), so with a birth
 * year less than a hundred years back it cannot be anyone's number.
 */
function isExampleId(id: string): boolean {
  return id.slice(14, 17) === "999" && Number(id.slice(6, 10)) > TEST_YEAR - 100;
}

/**
 * Whether the ID's digits 7–14 are a calendar date a person can be born on: a number that merely passes the check
 * character (the digits of 0.015660781999999016 in the metrics, say) is no one's ID.
 */
function hasBirthDate(id: string): boolean {
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= TEST_YEAR && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The 18-character IDs with a correct check character in a text, as they appear (with their G if any); the
 * templates' impossible example IDs left out.
 */
function clearResidentIds(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ID_PATTERN)) {
    const id = m[1]!.toUpperCase();
    if (registry.residentIdCheckChar(id.slice(0, 17)) === id[17] && hasBirthDate(id) && !isExampleId(id)) {
      found.push(m[0]);
    }
  }
  return found;
}

/** The text of every entry of a zip file (xlsx, docx), by the central directory; stored or deflated entries. */
function unzipText(bytes: Buffer): string {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("bad zip central directory");
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (!/\.(xml|rels|csv|txt|json)$/i.test(name)) continue;
    parts.push((method === 8 ? inflateRawSync(data) : data).toString("utf8"));
  }
  return parts.join("\n");
}

/** The text of an answer to scan: JSON and text as they are, zip files unzipped, anything else as Latin-1. */
function textOf(bytes: Buffer, contentType: string): string {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return unzipText(bytes);
  if (/json|text|csv|xml/i.test(contentType)) return bytes.toString("utf8");
  return bytes.toString("latin1");
}

/** Values found in answers, for filling parameters: by key anywhere, and the ids of the items of named lists. */
class Harvest {
  readonly byKey = new Map<string, string[]>();
  readonly byList = new Map<string, string[]>();
  /** the answers by URL (without query), for the ids of a collection under its own path */
  readonly answers = new Map<string, unknown>();

  add(url: string, body: unknown) {
    this.answers.set(url.split("?")[0]!, body);
    this.walk(body, 0);
  }

  private push(map: Map<string, string[]>, key: string, value: unknown) {
    if (typeof value !== "string" && typeof value !== "number") return;
    const text = String(value);
    if (text.length === 0 || text.length > 64) return;
    const list = map.get(key) ?? [];
    if (list.length < 50 && !list.includes(text)) list.push(text);
    map.set(key, list);
  }

  private walk(node: unknown, depth: number) {
    if (depth > 8 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) this.walk(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      this.push(this.byKey, key, value);
      if (Array.isArray(value)) {
        for (const item of value.slice(0, 50)) {
          if (item && typeof item === "object" && !Array.isArray(item)) {
            const o = item as Record<string, unknown>;
            this.push(this.byList, key, o.id ?? o.code);
          } else this.push(this.byList, key, item);
        }
      }
      this.walk(value, depth + 1);
    }
  }

  /** Ids of the items of every list in the answer at a URL (a collection's own listing). */
  idsAt(url: string): string[] {
    const out: string[] = [];
    const visit = (node: unknown, depth: number) => {
      if (depth > 3 || node === null || typeof node !== "object") return;
      if (Array.isArray(node)) {
        for (const item of node.slice(0, 50)) {
          const id = item && typeof item === "object" ? (item as Record<string, unknown>).id : undefined;
          if (typeof id === "string" || typeof id === "number") out.push(String(id));
        }
        return;
      }
      for (const value of Object.values(node)) visit(value, depth + 1);
    };
    visit(this.answers.get(url), 0);
    return out;
  }
}

const singular = (word: string) => word.replace(/ies$/, "y").replace(/s$/, "");
const enumOf = (p: Param) => p.schema?.enum ?? p.schema?.anyOf?.find((s) => s.enum)?.enum;

/** Values to try for a parameter, the likeliest first, those its schema would refuse left out. */
function candidates(h: Harvest, p: Param, prefix: string, segment: string): string[] {
  const values = enumOf(p);
  if (values) return values.map(String);
  let found = [
    ...(p.in === "path" ? h.idsAt(prefix) : []),
    ...(h.byKey.get(p.name) ?? []),
    ...(segment ? (h.byList.get(segment) ?? []) : []),
    ...(segment ? (h.byKey.get(`${singular(segment)}Id`) ?? []) : []),
    ...(h.byList.get(`${p.name}s`) ?? []),
  ];
  if (/year/i.test(p.name)) {
    // the test county's latest year first, then the years answers name
    const years = [...found, ...(h.byKey.get("year") ?? []), ...(h.byKey.get("schoolYear") ?? [])];
    return [...new Set([String(TEST_YEAR), ...years.filter((y) => /^\d{4}$/.test(y))])];
  }
  const pattern = p.schema?.pattern ? new RegExp(p.schema.pattern) : null;
  const fits = (v: string) =>
    (!pattern || pattern.test(v)) && (p.schema?.format !== "uuid" || /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(v));
  found = found.filter(fits);
  if (p.in === "query" && found.length === 0) {
    // a query named by what it qualifies (type → targetType), then a search term from the names answers carry
    const suffix = `${p.name[0]!.toUpperCase()}${p.name.slice(1)}`;
    for (const [key, list] of h.byKey) if (key.endsWith(suffix)) found.push(...list);
    if (p.schema?.type === "string" && !p.schema.format) found.push(...(h.byKey.get("name") ?? []));
    found = found.filter(fits);
  }
  return [...new Set(found)];
}

/** The URLs to fetch for a route, or null while a parameter has nothing to try yet. */
function urlsFor(h: Harvest, route: Route): string[] | null {
  let partial: { path: string; query: string[] }[] = [{ path: "", query: [] }];
  const segments = route.path.split("/").slice(1);
  for (const [i, segment] of segments.entries()) {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!name) {
      for (const u of partial) u.path += `/${segment}`;
      continue;
    }
    const param = route.params.find((p) => p.in === "path" && p.name === name) ?? { name, in: "path" };
    const next: typeof partial = [];
    for (const u of partial) {
      const values = candidates(h, param, u.path, segments[i - 1] ?? "").slice(0, PER_PARAM);
      for (const v of values) next.push({ path: `${u.path}/${encodeURIComponent(v)}`, query: [] });
    }
    if (next.length === 0) return null;
    partial = next.slice(0, PER_ROUTE);
  }
  for (const p of route.params.filter((x) => x.in === "query" && x.required)) {
    const next: typeof partial = [];
    for (const u of partial) {
      const values = candidates(h, p, "", "").slice(0, PER_PARAM);
      for (const v of values) next.push({ path: u.path, query: [...u.query, `${p.name}=${encodeURIComponent(v)}`] });
    }
    if (next.length === 0) return null;
    partial = next.slice(0, PER_ROUTE);
  }
  return partial.map((u) => (u.query.length > 0 ? `${u.path}?${u.query.join("&")}` : u.path));
}

/** Every GET route: those of the OpenAPI document, and any the router serves outside it. */
async function getRoutes(app: TestApp): Promise<Route[]> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, { get?: { parameters?: Param[] } }>;
  };
  const routes: Route[] = Object.entries(doc.paths)
    .filter(([, ops]) => ops.get)
    .map(([path, ops]) => ({ path, params: ops.get!.parameters ?? [] }));
  for (const r of app.routes) {
    const path = r.path.replace(/:(\w+)/g, "{$1}");
    if (r.method !== "GET" || !path.startsWith("/api/") || path.includes("*") || path === "/api/openapi.json") continue;
    if (!routes.some((x) => x.path === path)) routes.push({ path, params: [] });
  }
  return routes;
}

/**
 * Routes no demo account can reach with a real answer, because the test county has no such record, each with what
 * it lacks. A new route must be reached (give the demo data for it) or be named here.
 */
const NO_DEMO_RECORD: Record<string, string> = {
  "/api/registry/imports/{id}": "an upload's job (only its uploader sees it)",
  "/api/registry/imports/{id}/report.xlsx": "an upload's report (only its uploader sees it)",
  "/api/balance/scenarios/{id}": "a saved what-if scenario",
  "/api/balance/snapshots/{id}": "a published balance version",
  "/api/ledger/evidence/{id}": "a finding's evidence file",
  "/api/ledger/evidence/{id}/thumbnail": "a finding's evidence file",
  "/api/exams/{id}/imports/{jobId}/report.xlsx": "a score upload's report (only its uploader sees it)",
  "/api/backups/{name}": "a backup file (the whole database, for the administrator; none in the test's data folder)",
  "/api/staffing/imports/{id}": "a training upload's job (only its uploader sees it)",
  "/api/staffing/imports/{id}/report.xlsx": "a training upload's report (only its uploader sees it)",
  "/api/retention/cases/{id}":
    "a persuasion case (the test county has no retention data; retention.test.ts checks masking)",
  "/api/retention/evidence/{id}": "a persuasion visit's photo",
  "/api/retention/imports/{id}": "a roster upload's job (only its uploader sees it)",
  "/api/retention/imports/{id}/report.xlsx": "a roster upload's report (only its uploader sees it)",
  "/api/fitness/imports/{id}": "a results upload's job (only its uploader sees it)",
  "/api/fitness/imports/{id}/report.xlsx": "a results upload's report (only its uploader sees it)",
  "/api/preschool/imports/{id}": "a yearly report upload's job (only its uploader sees it)",
  "/api/preschool/imports/{id}/report.xlsx": "a yearly report upload's report (only its uploader sees it)",
  "/api/reports/data/imports/{id}": "an after-school, counts or exam results upload's job (only its uploader sees it)",
  "/api/reports/data/imports/{id}/report.xlsx":
    "an after-school, counts or exam results upload's report (only its uploader sees it)",
};

/** Query parameters the scan never sends: they ask for the audited reveal. */
const REVEAL_PARAMS = new Set(["reveal", "reason"]);

/**
 * The capabilities whose powers can change what a route of an area shows; the register's routes serve the staff
 * records (staffing, 人事股) too.
 */
const AREA_CAPABILITIES: Record<string, string[]> = { registry: ["registry", "staffing"] };

interface Caller {
  who: string;
  session: Session | null;
  /** for a section: what it may write and reveal, by capability (sections read the same county) */
  powers: { write: string[]; reveal: string[] } | null;
}

let database: Database;
let app: TestApp;
let routes: Route[];
const leaks: Leak[] = [];
/** route template → callers it answered 200 */
const answered = new Map<string, Set<string>>();
let fetched = 0;
/**
 * URLs already answered to a section with the same powers in the URL's area: every section reads the whole county,
 * so a section that may neither write nor reveal there sees what another such section saw.
 */
const seenBySections = new Set<string>();
const sectionHarvest = new Harvest();

function sectionKey(caller: Caller, url: string): string | null {
  if (!caller.powers) return null;
  const area = url.split("/")[2] ?? "";
  const caps = AREA_CAPABILITIES[area] ?? [area];
  const mine = (list: string[]) => list.filter((c) => caps.includes(c)).join(",");
  return `${mine(caller.powers.write)}|${mine(caller.powers.reveal)}|${url}`;
}

/**
 * Fetches every route as one caller, filling parameters from the ids earlier answers gave, and scans every
 * answer. A query parameter the document marks optional but the route refuses without is filled on a second try.
 */
async function scanAs(caller: Caller) {
  const h = caller.powers ? sectionHarvest : new Harvest();
  const pending = routes.map((r) => ({ ...r, params: r.params.map((p) => ({ ...p })) }));
  let progress = true;
  while (pending.length > 0 && progress) {
    progress = false;
    for (const route of [...pending]) {
      const urls = urlsFor(h, route);
      if (!urls) continue;
      pending.splice(pending.indexOf(route), 1);
      progress = true;
      let refused = false;
      for (const url of urls) {
        const key = sectionKey(caller, url);
        if (key && seenBySections.has(key)) {
          answered.get(route.path)?.add(caller.who);
          continue;
        }
        const res = await app.request(url, { headers: caller.session ? { cookie: caller.session.cookie } : {} });
        const bytes = Buffer.from(await res.arrayBuffer());
        const type = res.headers.get("content-type") ?? "";
        fetched++;
        for (const found of new Set(clearResidentIds(textOf(bytes, type)))) {
          leaks.push({ who: caller.who, route: route.path, url, found });
        }
        if (res.status === 400 && !refused) {
          refused = true;
          const fields = (
            (JSON.parse(bytes.toString("utf8")) as { error?: { details?: { field: string }[] } }).error?.details ?? []
          ).map((d) => d.field);
          let more = false;
          for (const p of route.params) {
            if (p.in !== "query" || p.required || REVEAL_PARAMS.has(p.name) || !fields.includes(p.name)) continue;
            p.required = true;
            more = true;
          }
          if (more) pending.push(route);
        }
        if (res.status !== 200) continue;
        if (key) seenBySections.add(key);
        answered.set(route.path, (answered.get(route.path) ?? new Set()).add(caller.who));
        if (type.includes("json")) h.add(url, JSON.parse(bytes.toString("utf8")));
      }
    }
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database));
  routes = await getRoutes(app);
  const accounts = await database.db
    .select({ username: appUser.username, role: appUser.role })
    .from(appUser)
    .where(eq(appUser.isDemo, true))
    .orderBy(appUser.username);
  await scanAs({ who: "(未登录)", session: null, powers: null });
  for (const { username, role } of accounts) {
    const session = await login(app, username);
    const me = await call(app, session, "GET", "/api/auth/me");
    const powers = role === "section" ? (me.body.abilities as { write: string[]; reveal: string[] }) : null;
    await scanAs({ who: username, session, powers });
  }
}, 600_000);
afterAll(() => database?.close());

describe("personal data in every read", () => {
  it("finds a G-type 学籍号 and a resident ID in text, with their check character, and nothing else", () => {
    const first17 = "15253220140129005";
    const id = `${first17}${registry.residentIdCheckChar(first17)}`;
    const wrong = `${first17}${id.endsWith("0") ? "1" : "0"}`;
    const example17 = `${id.slice(0, 14)}999`;
    const example = `${example17}${registry.residentIdCheckChar(example17)}`;
    expect(clearResidentIds(`{"n":"G${id}"}`)).toEqual([`G${id}`]);
    expect(clearResidentIds(`<t>${id}</t>`)).toEqual([id]);
    expect(clearResidentIds(`"${registry.maskStudentNumber(`G${id}`)}" ${registry.maskResidentId(id)}`)).toEqual([]);
    expect(clearResidentIds(`${wrong} a${id} ${id}1 ${example}`)).toEqual([]);
  });

  it("reaches every GET route with a real answer for at least one caller", () => {
    const missed = routes.map((r) => r.path).filter((p) => !answered.has(p) && !(p in NO_DEMO_RECORD));
    expect(missed, "never answered 200: give the demo county data for them, or name them in NO_DEMO_RECORD").toEqual(
      [],
    );
    expect(fetched).toBeGreaterThan(routes.length);
  });

  it("never shows a resident ID or a G-type 学籍号 in clear, in JSON or in a file", () => {
    const byRoute = new Map<string, Leak[]>();
    for (const l of leaks) byRoute.set(l.route, [...(byRoute.get(l.route) ?? []), l]);
    const report = [...byRoute].map(([route, ls]) => {
      const who = [...new Set(ls.map((l) => l.who))].join(", ");
      return `GET ${route} (${who}): e.g. ${ls[0]!.found} at ${ls[0]!.url}`;
    });
    expect(report).toEqual([]);
  });
});
