// The page cache handler against a real PostgreSQL: entries are served until a trigger says
// what they show has changed, whichever instance made the change.
import { beforeEach, describe, expect, it } from "vitest";
import SharedPageCache from "@/lib/cache/shared-page-cache.mjs";
import { db } from "@/lib/db";

const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });
const keyFor = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;

async function expire(tag: string, secondsAgo = 0) {
  await db.pageCacheExpiry.create({ data: { tag, expiredAt: new Date(Date.now() - secondsAgo * 1000) } });
}

describe("SharedPageCache", () => {
  beforeEach(async () => {
    await db.pageCacheExpiry.deleteMany();
  });

  it("serves a shared page until one of its own tags expires", async () => {
    const cache = new SharedPageCache({});
    const one = keyFor("/shared/guest/review/r1/-");
    const two = keyFor("/shared/guest/review/r2/-");
    await cache.set(one, page("one"), { cacheControl: { revalidate: 300 } });
    await cache.set(two, page("two"));

    expect(await cache.get(one)).toMatchObject({ value: { html: "one" }, cacheControl: { revalidate: 300 } });
    await expire("review:r1");
    expect(await cache.get(one)).toBeNull();
    expect(await cache.get(two)).toMatchObject({ value: { html: "two" } });
    await expire("all");
    expect(await cache.get(two)).toBeNull();
  });

  it("counts a render that finished just after a change as stale (it may have read the old data), but not one long after", async () => {
    const cache = new SharedPageCache({});
    await expire("lists");
    await expire("film:her", 60);
    const home = keyFor("/shared/guest/home/-");
    const film = keyFor("/shared/guest/film/her/-");
    await cache.set(home, page("home"));
    await cache.set(film, page("film"));
    expect(await cache.get(home)).toBeNull();
    expect(await cache.get(film)).toMatchObject({ value: { html: "film" } });
  });

  it("is shared by every handler in the process, as Next.js makes one per request", async () => {
    const key = keyFor("/shared/guest/film/shared/-");
    await new SharedPageCache({}).set(key, page("films"));
    expect(await new SharedPageCache({}).get(key)).toMatchObject({ value: { html: "films" } });
  });

  it("drops this process's entries for a tag Next.js revalidates", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/r3/-");
    await cache.set(key, page("three"));
    await cache.revalidateTag(["review:r3"]);
    expect(await cache.get(key)).toBeNull();
  });

  it("never keeps error or not-found pages", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/missing/-");
    await cache.set(key, { ...page("not found"), status: 404 });
    expect(await cache.get(key)).toBeNull();
  });
});
