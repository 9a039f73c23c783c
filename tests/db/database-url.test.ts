import { describe, expect, it } from "vitest";
import { InvalidDatabaseUrlError, parseDatabaseUrl } from "@/lib/database-url";

describe("parseDatabaseUrl", () => {
  it.each([
    "postgres://marquee:secret@localhost:5432/marquee",
    "postgresql://postgres@127.0.0.1:5432/postgres",
    "postgresql://user:p%40ss@db.example.com/marquee?sslmode=require",
  ])("accepts %s unchanged", (url) => {
    expect(parseDatabaseUrl(url)).toBe(url);
  });

  it.each([
    ["a MySQL URL", "mysql://root@localhost:3306/marquee", /scheme is "mysql"/],
    ["text that is not a URL", "not a url", /does not parse as a URL/],
    ["a URL without a database", "postgresql://postgres@localhost:5432", /names no database/],
    ["a URL with only a slash for a database", "postgresql://postgres@localhost:5432/", /names no database/],
  ])("rejects %s with a one-line message about DATABASE_URL", (_label, url, reason) => {
    let thrown: unknown;
    try {
      parseDatabaseUrl(url);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidDatabaseUrlError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^DATABASE_URL /);
    expect(message).toMatch(reason);
    expect(message).not.toContain("\n");
  });
});
