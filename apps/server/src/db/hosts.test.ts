import { describe, expect, it } from "vitest";
import { hostOf, isConnectionError, parseHosts } from "./hosts";

describe("database hosts", () => {
  it("splits a URL naming several servers into one URL per server, credentials and options kept", () => {
    expect(parseHosts("postgres://app:secret@db1:5432,db2:5433/edubureau?sslmode=require").urls).toEqual([
      "postgres://app:secret@db1:5432/edubureau?sslmode=require",
      "postgres://app:secret@db2:5433/edubureau?sslmode=require",
    ]);
    expect(parseHosts("postgresql://127.0.0.1:5432/edubureau").urls).toEqual(["postgresql://127.0.0.1:5432/edubureau"]);
  });

  it("names a server without its password", () => {
    expect(hostOf("postgres://app:secret@db1:5432/edubureau")).toBe("db1:5432");
  });

  it("tells a lost connection from an error in the SQL", () => {
    expect(isConnectionError({ code: "ECONNREFUSED" })).toBe(true);
    expect(isConnectionError({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(
      true,
    );
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError({ code: "23505", message: "duplicate key" })).toBe(false);
    expect(isConnectionError({ code: "ENOENT" })).toBe(false);
  });
});
