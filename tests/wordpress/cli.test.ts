// `npm run import:wordpress`: its arguments, its dry run (nothing written), its report, the
// second run that says nothing changed, and the clear refusals.
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runImportWordPress } from "@/scripts/import-wordpress";
import { WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

const hand = (name: string) => path.join(WORDPRESS_FIXTURES, "hand", name);

/** Runs the command, returning its exit code and everything it printed. */
async function cli(...args: string[]) {
  const lines: string[] = [];
  const capture = (...parts: unknown[]) => void lines.push(parts.join(" "));
  const log = vi.spyOn(console, "log").mockImplementation(capture);
  const error = vi.spyOn(console, "error").mockImplementation(capture);
  try {
    const code = await runImportWordPress(args);
    return { code, output: lines.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
});

afterEach(() => vi.restoreAllMocks());

describe("npm run import:wordpress", () => {
  it("explains its arguments and refuses unknown films, time zones and files", async () => {
    expect(await cli()).toMatchObject({ code: 2, output: expect.stringContaining("usage: npm run import:wordpress") });
    expect(await cli(hand("basic.xml"), "--film", "no-such-film")).toMatchObject({ code: 2, output: expect.stringContaining('no film has the slug "no-such-film"') });
    expect(await cli(hand("basic.xml"), "--timezone", "Mars/Base")).toMatchObject({ code: 2, output: expect.stringContaining("is not a time zone") });
    expect(await cli(hand("nope.xml"))).toMatchObject({ code: 2, output: expect.stringContaining("No such file") });
    expect(await cli(hand("basic.xml"), "--bogus")).toMatchObject({ code: 2 });
  });

  it("--dry-run prints the preview and writes nothing", async () => {
    const { code, output } = await cli(hand("film-matching.xml"), "--dry-run", "--film", "her");
    expect(code).toBe(0);
    expect(output).toContain("#23 Nothing matches → Her (default)");
    expect(output).toMatch(/#24 Two films → Her \(by tag\)/);
    expect(output).toContain("Dry run: nothing was written.");
    expect(await db.review.count()).toBe(0);
  });

  it("imports, then says nothing changed the second time", async () => {
    const first = await cli(hand("basic.xml"));
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/reviews: 1 new/);
    expect(first.output).toMatch(/comments: 6 new \(3 published, 1 held for moderation, 2 deleted\)/);
    const second = await cli(hand("basic.xml"));
    expect(second).toMatchObject({ code: 0, output: expect.stringMatching(/^Nothing changed: everything in this export from filmnotes\.example\.com was already imported/m) });
  });

  it("refuses a bad file with the reason, saying nothing was imported", async () => {
    const before = await db.review.count();
    const { code, output } = await cli(hand("billion-laughs.xml"));
    expect(code).toBe(1);
    expect(output).toContain("DOCTYPE");
    expect(output).toContain("Nothing was imported.");
    expect(await db.review.count()).toBe(before);
  });
});
