// The import's rules, one at a time, on hand-written exports (tests/fixtures/wordpress/hand).
import { describe, expect, it } from "vitest";
import { FilmIndex, matchKey } from "@/lib/wordpress/film-match";
import { postRating, ratingFromMeta, ratingFromText } from "@/lib/wordpress/rating";
import { scanWxr } from "@/lib/wordpress/scan";
import { resolveThreads } from "@/lib/wordpress/threads";
import { OffsetSamples, parseTimeZone, wallClockMs, wordpressInstant } from "@/lib/wordpress/wxr-dates";
import { handFixture } from "../helpers/wordpress-fixtures";

const FILMS = [
  { id: "her", slug: "her", title: "Her" },
  { id: "schindler", slug: "schindlers-list", title: "Schindler's List" },
  { id: "lost", slug: "lost-in-translation", title: "Lost in Translation" },
];

describe("which film a post reviews", () => {
  it("matches a tag or category to a film's title or slug, ignoring case and punctuation such as ’ and '", () => {
    expect(matchKey("Schindler’s List")).toBe(matchKey("Schindler's List"));
    expect(matchKey("schindlers-list")).toBe(matchKey("Schindler's List"));
    expect(matchKey("Amélie!")).toBe("amelie");
  });

  it("maps each post of film-matching.xml as the rule says, and names every film a post could be", async () => {
    const scan = await scanWxr(handFixture("film-matching.xml"));
    const index = new FilmIndex(FILMS);
    const films = Object.fromEntries(scan.posts.map((post) => [post.id, index.filmsNamedBy(post.terms).map((film) => film.id)]));
    expect(films).toEqual({ 20: ["her"], 21: ["schindler"], 22: ["lost"], 23: [], 24: ["her", "lost"] });
  });
});

describe("which items become reviews", () => {
  it("only published posts; drafts, pages, attachments, menu items and the rest are skipped and counted", async () => {
    const scan = await scanWxr(handFixture("skipped-items.xml"));
    expect(scan.posts.map((post) => post.title)).toEqual(["The one review"]);
    expect(scan.items).toEqual({
      total: 10,
      posts: 1,
      skipped: { draft: 1, "pending review": 1, page: 1, attachment: 1, "menu item": 1, private: 1, scheduled: 1, "password-protected": 1, trashed: 1 },
    });
    // The page's comment goes with the page.
    expect(scan.commentsOnSkippedItems).toBe(1);
  });
});

describe("ratings", () => {
  it("reads only the forms it understands, and never invents one", async () => {
    const scan = await scanWxr(handFixture("ratings.xml"));
    expect(Object.fromEntries(scan.posts.map((post) => [post.title, post.rating]))).toEqual({
      "Fraction out of four": 10,
      Labelled: 7,
      Stars: 7,
      "Custom field": 8,
      "No rating": null,
    });
  });

  it("converts scales to half stars", () => {
    expect(ratingFromText("4/4 – Leave it to Spike Jonze")).toBe(10);
    expect(ratingFromText("3.5/5")).toBe(7);
    expect(ratingFromText("Grade: 8/10")).toBe(8);
    expect(ratingFromText("3 out of 4 stars")).toBe(8);
    expect(ratingFromText("★★★½")).toBe(7);
    expect(ratingFromText("★★☆☆☆")).toBe(4);
    expect(ratingFromText("**Rating:** 2½/4")).toBe(6);
  });

  it("is not fooled by fractions that aren't ratings", () => {
    for (const text of ["3/4 of the film is great", "open 24/7", "on 1/20/2014", "It was 3/4 done.", "0/4", "5/4", "Chapter 2/5 of the book is dull"]) {
      expect(ratingFromText(text), text).toBeNull();
    }
  });

  it("takes a rating custom field first: a fraction, stars, or a number out of 5 (or 10 above 5)", () => {
    expect(ratingFromMeta({ rating: "3.5/5" })).toBe(7);
    expect(ratingFromMeta({ Rating: "★★★★" })).toBe(8);
    expect(ratingFromMeta({ rating: "4" })).toBe(8);
    expect(ratingFromMeta({ rating: "7" })).toBe(7);
    expect(ratingFromMeta({ rating: "excellent" })).toBeNull();
    expect(postRating({ rating: "2/4" }, "4/4 – text")).toBe(5);
  });
});

describe("dates", () => {
  it("keeps GMT dates to the second, in UTC", async () => {
    const scan = await scanWxr(handFixture("basic.xml"));
    expect(scan.posts[0]!.date?.toISOString()).toBe("2014-01-20T10:00:00.000Z");
  });

  it("reads a date without GMT (0000-00-00 00:00:00) in the blog's zone, learnt from the file, summer and winter", async () => {
    const scan = await scanWxr(handFixture("dates.xml"));
    const summer = scan.posts.find((post) => post.id === 51)!;
    expect(summer.dateSource).toBe("local");
    // 09:30 in Paris in July is 07:30 UTC.
    expect(summer.date?.toISOString()).toBe("2014-07-14T07:30:00.000Z");
    expect(scan.problems.listed.some((problem) => /no GMT date/.test(problem.message))).toBe(true);
  });

  it("takes a time zone the importer names over the file's, with daylight saving time", async () => {
    const zone = parseTimeZone("America/New_York")!;
    expect(wordpressInstant("0000-00-00 00:00:00", "2014-07-14 09:30:00", zone).date?.toISOString()).toBe("2014-07-14T13:30:00.000Z");
    expect(wordpressInstant(null, "2014-01-14 09:30:00", zone).date?.toISOString()).toBe("2014-01-14T14:30:00.000Z");
    expect(wordpressInstant(null, "2014-01-14 09:30:00", parseTimeZone("+05:30")!).date?.toISOString()).toBe("2014-01-14T04:00:00.000Z");
    expect(parseTimeZone("Mars/Olympus_Mons")).toBeNull();
  });

  it("says when it can't know a local date's zone, and treats zero and impossible dates as none", () => {
    const empty = { kind: "inferred" as const, samples: new OffsetSamples() };
    expect(wordpressInstant("0000-00-00 00:00:00", "2014-01-14 09:30:00", empty)).toMatchObject({ source: "local-as-utc" });
    expect(wordpressInstant("0000-00-00 00:00:00", "0000-00-00 00:00:00", empty)).toEqual({ date: null, source: "none" });
    expect(wallClockMs("2014-02-31 10:00:00")).toBeNull();
  });
});

describe("threads", () => {
  it("keeps any depth, whatever the order, and makes missing parents and cycles top-level, reported", async () => {
    const scan = await scanWxr(handFixture("threads.xml"));
    const kinds = scan.problems.listed.map((problem) => [problem.kind, problem.commentId]);
    expect(kinds).toEqual([
      ["missing-parent", 620],
      ["missing-parent", 626],
      ["cycle", 621],
      ["cycle", 624],
    ]);
    expect(scan.problems.listed[1]!.message).toMatch(/625, which was spam/);
  });

  it("resolves depth and root for every comment", () => {
    const links = [
      { id: 3, parentId: 2, time: 3 },
      { id: 2, parentId: 1, time: 2 },
      { id: 1, parentId: 0, time: 1 },
      { id: 5, parentId: 4, time: 5 },
      { id: 4, parentId: 5, time: 4 },
      { id: 6, parentId: 5, time: 6 },
      { id: 7, parentId: 99, time: 7 },
    ];
    const threads = resolveThreads(links);
    expect(Object.fromEntries(threads.depth)).toEqual({ 1: 0, 2: 1, 3: 2, 4: 0, 5: 1, 6: 2, 7: 0 });
    expect(Object.fromEntries(threads.root)).toEqual({ 1: 1, 2: 1, 3: 1, 4: 4, 5: 4, 6: 4, 7: 7 });
    expect(threads.problems.map((problem) => problem.kind)).toEqual(["missing-parent", "cycle"]);
  });

  it("handles a long chain without recursion", () => {
    const links = Array.from({ length: 20_000 }, (_, index) => ({ id: index + 1, parentId: index, time: index }));
    const threads = resolveThreads(links.reverse());
    expect(threads.depth.get(20_000)).toBe(19_999);
    expect(threads.root.get(20_000)).toBe(1);
  });
});

describe("authors", () => {
  it("keys commenters by lower-cased email: two Chris stay two, Dana in two cases is one; no address is never merged", async () => {
    const scan = await scanWxr(handFixture("authors.xml"));
    const byKey = Object.fromEntries([...scan.authors].map(([key, author]) => [key.replace(/^scan:/, ""), author]));
    expect(byKey["email:chris.one@example.com"]).toMatchObject({ name: "Chris", comments: 1 });
    expect(byKey["email:chris.two@example.com"]).toMatchObject({ name: "Chris", comments: 1 });
    expect(byKey["email:dana@example.com"]).toMatchObject({ name: "Dana", comments: 2 });
    expect(byKey["comment:705"]).toMatchObject({ name: "Anon", email: null });
    expect(byKey["comment:706"]).toMatchObject({ name: "Anon", email: null });
    expect(byKey["email:obrien@example.com"]?.name).toBe("O'Brien");
  });

  it("credits a comment by a WordPress user who wrote posts with that user's display name", async () => {
    const scan = await scanWxr(handFixture("authors.xml"));
    expect(scan.authors.get("scan:email:chris@example.com")).toEqual({ name: "Chris Critic", email: "chris@example.com", comments: 1, posts: 1 });
  });
});

describe("comment states", () => {
  it("counts published, pending, trashed, spam, and pingbacks and trackbacks apart", async () => {
    const scan = await scanWxr(handFixture("basic.xml"));
    expect(scan.comments).toEqual({ published: 3, pending: 1, trash: 2, spam: 1, pingback: 2, "other type": 0 });
    // Spam and pingbacks are never imported; the rest is.
    expect(scan.posts[0]!.importedCommentIds).toEqual([101, 102, 103, 105, 107, 109]);
  });
});
