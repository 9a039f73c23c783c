// /admin/import's server side: the upload route and the actions, each authorising its caller
// (admins only: not anonymous callers, members, moderators or banned admins), refusing bad
// files with nothing stored, and running the preview and the import after answering.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const background: (() => unknown)[] = [];
vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  // Outside a Next.js server, keep the work "after the response" for the test to run (settle()).
  after: (task: () => unknown) => void background.push(task),
}));

import { POST as upload } from "@/app/api/admin/imports/route";
import { chooseImportFilmAction, discardImportAction, retryImportAction, startImportAction } from "@/lib/actions/wordpress-import";
import { db } from "@/lib/db";
import { getUpload } from "@/lib/queries/admin/imports";
import { actAs } from "../helpers/acting-as";
import { createTestFilm, createTestUser } from "../helpers/fixtures";
import { WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

const basic = readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "basic.xml"));

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return upload(
    new Request("http://marquee.test/api/admin/imports", {
      method: "POST",
      body,
      headers: { host: "marquee.test", origin: "http://marquee.test", "x-file-name": "export.xml", ...headers },
      duplex: "half",
    } as RequestInit),
  );
}

async function settle() {
  while (background.length) await background.shift()!();
}

let admin: Awaited<ReturnType<typeof createTestUser>>;
let her: { id: string };

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  her = await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
});

afterEach(() => {
  delete process.env.IMPORT_MAX_MB;
});

describe("uploading", () => {
  it("is for admins only", async () => {
    const callers = [
      [null, 401],
      [await createTestUser(), 403],
      [await createTestUser({ role: "MODERATOR" }), 403],
      [await createTestUser({ role: "ADMIN", banned: true }), 403],
    ] as const;
    for (const [caller, status] of callers) {
      actAs(caller);
      const response = await post(basic);
      expect(response.status).toBe(status);
      expect(await response.json()).toHaveProperty("error");
    }
    expect(await db.wordPressImport.count()).toBe(0);
  });

  it("refuses an upload sent from another site", async () => {
    actAs(admin);
    expect((await post(basic, { origin: "https://evil.example" })).status).toBe(403);
    expect(await db.wordPressImport.count()).toBe(0);
  });

  it("refuses a file that isn't XML, and one over the limit, storing nothing", async () => {
    actAs(admin);
    const notXml = await post(Buffer.from("%PDF-1.7 not an export"));
    expect(notXml.status).toBe(400);
    expect((await notXml.json()).error).toMatch(/isn't an XML file/);
    process.env.IMPORT_MAX_MB = "1";
    const big = await post(Buffer.concat([basic, Buffer.alloc(1_100_000, 0x20)]));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/larger than 1 MB/);
    const declared = await post(basic, { "content-length": String(5 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(await db.wordPressImport.count()).toBe(0);
    expect(await db.wordPressImportChunk.count()).toBe(0);
  });

  it("stores the file and reads it through for the preview, gzipped or not", async () => {
    actAs(admin);
    const response = await post(gzipSync(basic), { "x-file-name": encodeURIComponent("blog export.xml.gz") });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    // Reading runs from the moment the upload is stored: the page shows it running, not stopped.
    expect((await getUpload(id))?.state).toBe("reading");
    await settle();
    const stored = await getUpload(id);
    expect(stored).toMatchObject({ state: "ready", fileName: "blog export.xml.gz", hasFile: true });
    expect(stored!.preview!.posts.map((p) => [p.postId, p.film?.title])).toEqual([[10, "Her"]]);
    expect(stored!.preview!.adds).toEqual({ reviews: 1, comments: 6 });
    await discardImportAction({ importId: id });
  });

  it("keeps a WordPress-looking file that turns out truncated as failed, with the reason, and lets go of it", async () => {
    actAs(admin);
    const response = await post(readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "truncated.xml")));
    const { id } = (await response.json()) as { id: string };
    await settle();
    expect(await getUpload(id)).toMatchObject({ state: "failed", error: expect.stringMatching(/truncated/), hasFile: false });
    expect(await db.review.count()).toBe(0);
    expect((await retryImportAction({ importId: id })).ok).toBe(false);
    expect((await discardImportAction({ importId: id })).ok).toBe(true);
    expect(await db.wordPressImport.findUnique({ where: { id } })).toBeNull();
  });
});

describe("preview, import, report", () => {
  let id: string;

  beforeAll(async () => {
    actAs(admin);
    const xml = readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "film-matching.xml"));
    id = ((await (await post(xml)).json()) as { id: string }).id;
    await settle();
  });

  it("lets only admins choose films, and only for posts in the file and films that exist", async () => {
    for (const caller of [null, await createTestUser(), await createTestUser({ role: "MODERATOR" }), await createTestUser({ role: "ADMIN", banned: true })]) {
      actAs(caller);
      expect((await chooseImportFilmAction({ importId: id, postId: 23, filmId: her.id })).ok).toBe(false);
      expect((await startImportAction({ importId: id })).ok).toBe(false);
      expect((await discardImportAction({ importId: id })).ok).toBe(false);
    }
    actAs(admin);
    expect(await chooseImportFilmAction({ importId: id, postId: 999, filmId: her.id })).toMatchObject({ ok: false, fieldErrors: { postId: ["Unknown post."] } });
    expect(await chooseImportFilmAction({ importId: id, postId: 23, filmId: "nosuchfilm" })).toMatchObject({ ok: false });
    expect(await chooseImportFilmAction({ importId: "not an id!", postId: 23, filmId: her.id })).toMatchObject({ ok: false });
    // Only Her exists here: posts 20 (tag HER) and 24 (Her, and a film not here) are reviews of it.
    expect((await getUpload(id))!.preview!.adds.reviews).toBe(2);
  });

  it("shows the admin's choices in the preview: a post's film, and the film for posts that name none", async () => {
    actAs(admin);
    const other = await createTestFilm();
    expect((await chooseImportFilmAction({ importId: id, postId: 24, filmId: other.id })).ok).toBe(true);
    expect((await chooseImportFilmAction({ importId: id, postId: null, filmId: her.id })).ok).toBe(true);
    const preview = (await getUpload(id))!.preview!;
    const films = Object.fromEntries(preview.posts.map((p) => [p.postId, p.film && `${p.film.title} (${p.film.source})`]));
    expect(films).toEqual({ 20: "Her (term)", 21: "Her (default)", 22: "Her (default)", 23: "Her (default)", 24: `${other.title} (choice)` });
    expect(preview.adds.reviews).toBe(5);
  });

  it("imports with those choices, once, writes the audit log, and keeps the report", async () => {
    actAs(admin);
    expect((await startImportAction({ importId: id })).ok).toBe(true);
    expect(await startImportAction({ importId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/isn't ready/) });
    await settle();
    const done = await getUpload(id);
    expect(done).toMatchObject({ state: "done", hasFile: false, report: { reviews: { created: 5 } } });
    expect(await db.review.count({ where: { filmId: her.id } })).toBe(4);
    const logged = await db.moderationAction.findFirstOrThrow({ where: { action: "wordpress.import" } });
    expect(logged.actorId).toBe(admin.id);
    // Too late to change a film once imported.
    expect((await chooseImportFilmAction({ importId: id, postId: 20, filmId: null })).ok).toBe(false);
    // Discarding a done import keeps it in the list as a record.
    expect((await discardImportAction({ importId: id })).ok).toBe(true);
    expect(await getUpload(id)).toMatchObject({ state: "done" });
  });
});
