// Importing WordPress exports into a real PostgreSQL: reviews, threads, states, authors, dates,
// counts and old links; idempotency; another site's file; and bad files, which write nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReviewThreadPage } from "@/lib/queries/comments";
import { importWordPress, scanAndPlan } from "@/lib/wordpress/import-run";
import { IMPORTED_AS_PENDING } from "@/lib/wordpress/import-rules";
import { siteKeyPrefix } from "@/lib/wordpress/source-keys";
import { toPreview } from "@/lib/wordpress/preview";
import { bufferSource } from "@/lib/wordpress/wxr-source";
import { handFixture, WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

let her: { id: string; slug: string };
let lost: { id: string };

beforeAll(async () => {
  her = await db.film.create({ data: { slug: "her", title: "Her", year: 2013, cast: [] }, select: { id: true, slug: true } });
  lost = await db.film.create({ data: { slug: "lost-in-translation", title: "Lost in Translation", year: 2003, cast: [] }, select: { id: true } });
  await db.film.create({ data: { slug: "schindlers-list", title: "Schindler's List", year: 1993, cast: [] } });
});

/** Every table an import writes to, counted: "nothing written" means these don't move. */
async function tableCounts() {
  const [reviews, comments, authors, sites, posts, tallies, notifications] = await Promise.all([
    db.review.count(),
    db.comment.count(),
    db.sourceAuthor.count(),
    db.wordPressSite.count(),
    db.wordPressPost.count(),
    db.filmRatingTally.count(),
    db.notification.count(),
  ]);
  return { reviews, comments, authors, sites, posts, tallies, notifications };
}

async function importedComments(siteUrl: string) {
  const site = await db.wordPressSite.findUniqueOrThrow({ where: { url: siteUrl } });
  const rows = await db.comment.findMany({
    where: { sourceKey: { startsWith: siteKeyPrefix(site.id) } },
    include: { sourceAuthor: true },
  });
  const wpId = (sourceKey: string | null) => Number(sourceKey!.split(":").pop());
  const byWpId = new Map(rows.map((row) => [wpId(row.sourceKey), row]));
  const idToWp = new Map(rows.map((row) => [row.id, wpId(row.sourceKey)]));
  return { site, byWpId, wpOf: (id: string | null) => (id ? idToWp.get(id) : undefined) };
}

describe("importing basic.xml", () => {
  it("creates the review, its thread with every state, and its old link, and says so", async () => {
    const before = await tableCounts();
    const { report } = await importWordPress(db, handFixture("basic.xml"));
    expect(report).toMatchObject({
      nothingChanged: false,
      reviews: { created: 1, alreadyImported: 0, skippedNoFilm: 0 },
      comments: { created: 6, alreadyImported: 0, createdByState: { published: 3, pending: 1, trash: 2 } },
      notImported: { spam: 1, pingbacks: 2, otherTypes: 0 },
    });

    const post = await db.wordPressPost.findFirstOrThrow({ where: { postId: 10 }, include: { review: { include: { sourceAuthor: true } } } });
    expect(post.link).toBe("https://filmnotes.example.com/2014/01/20/her-a-review/");
    expect(post.path).toBe("/2014/01/20/her-a-review");
    const review = post.review;
    expect(review).toMatchObject({ filmId: her.id, title: "Her – a review", rating: 10, state: "PUBLISHED", authorId: null, sourceUrl: post.link });
    expect(review.createdAt.toISOString()).toBe("2014-01-20T10:00:00.000Z");
    expect(review.sourcePublishedOn?.toISOString()).toBe("2014-01-20T00:00:00.000Z");
    expect(review.body).toContain("## Random thoughts");
    expect(review.body).toContain("[loneliness](https://example.org/loneliness)");
    expect(review.body).not.toMatch(/more|<!--/);
    expect(review.sourceAuthor).toMatchObject({ name: "Chris Critic", email: "chris@example.com" });

    const { byWpId, wpOf } = await importedComments("filmnotes.example.com");
    expect([...byWpId.keys()].sort()).toEqual([101, 102, 103, 105, 107, 109]);
    expect(byWpId.get(101)).toMatchObject({ state: "PUBLISHED", depth: 0, parentId: null, body: "I loved the safety pin’s scene.\n\nA second paragraph." });
    expect(byWpId.get(101)!.createdAt.toISOString()).toBe("2014-01-21T08:30:00.000Z");
    expect(wpOf(byWpId.get(102)!.parentId)).toBe(101);
    expect(wpOf(byWpId.get(107)!.parentId)).toBe(102);
    expect(wpOf(byWpId.get(107)!.rootId)).toBe(101);
    expect(byWpId.get(107)!.depth).toBe(2);
    expect(byWpId.get(103)).toMatchObject({ state: "PENDING", stateReason: IMPORTED_AS_PENDING });
    for (const trashed of [105, 109]) expect(byWpId.get(trashed)).toMatchObject({ state: "DELETED" });
    expect(byWpId.get(105)!.deletedAt).not.toBeNull();
    // The blog's author, signed in, is the same source author as the post's.
    expect(byWpId.get(102)!.sourceAuthorId).toBe(review.sourceAuthorId);
    expect(byWpId.get(102)!.sourceAuthor?.name).toBe("Chris Critic");

    // Counts: published comments only, and the critics' score from the tally the trigger keeps.
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).commentCount).toBe(3);
    expect(await db.filmRatingTally.findMany({ where: { filmId: her.id }, select: { isCritic: true, rating: true, reviews: true } })).toEqual([
      { isCritic: true, rating: 10, reviews: 1 },
    ]);
    const after = await tableCounts();
    expect(after.notifications).toBe(before.notifications);
    expect(await db.moderationAction.count({ where: { action: "wordpress.import" } })).toBe(1);
  });

  it("shows readers the published thread, in order, and nobody the trashed or pending text", async () => {
    const review = await db.wordPressPost.findFirstOrThrow({ where: { postId: 10 }, select: { reviewId: true } });
    const page = await getReviewThreadPage({ reviewId: review.reviewId, sort: "oldest", page: 1, viewerId: null });
    expect(page.commentCount).toBe(3);
    const [mai] = page.threads;
    expect(mai?.kind === "comment" && mai.credit).toMatchObject({ kind: "source", name: "Mai" });
    expect(mai?.replies[0]?.replies[0]?.kind).toBe("comment");
    const text = JSON.stringify(page.threads);
    expect(text).not.toContain("Waiting for a moderator");
    expect(text).not.toContain("I take it back");
    expect(text).not.toContain("pingback");
  });

  it("puts the pending comment in the moderation queue, with its reason", async () => {
    const held = await db.comment.findMany({ where: { state: "PENDING", stateReason: IMPORTED_AS_PENDING }, select: { body: true } });
    expect(held.map((comment) => comment.body)).toContain("Waiting for a moderator.");
  });

  it("changes nothing the second time, and says so", async () => {
    const before = await tableCounts();
    const { report } = await importWordPress(db, handFixture("basic.xml"));
    expect(report).toMatchObject({ nothingChanged: true, reviews: { created: 0, alreadyImported: 1 }, comments: { created: 0, alreadyImported: 6 } });
    expect(await tableCounts()).toEqual(before);
    const review = await db.wordPressPost.findFirstOrThrow({ where: { postId: 10 }, select: { review: { select: { commentCount: true } } } });
    expect(review.review.commentCount).toBe(3);
  });

  it("adds only what is new when the blog has moved on: a new reply lands under its old parent", async () => {
    const grown = readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "basic.xml"), "utf8").replace(
      "\t</item>",
      `\t\t<wp:comment><wp:comment_id>110</wp:comment_id><wp:comment_author><![CDATA[Mai]]></wp:comment_author><wp:comment_author_email>mai@example.com</wp:comment_author_email><wp:comment_date>2014-02-01 10:00:00</wp:comment_date><wp:comment_date_gmt>2014-02-01 09:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[Back again.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>107</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n\t</item>`,
    );
    const { report } = await importWordPress(db, bufferSource("basic-grown.xml", grown));
    expect(report).toMatchObject({ nothingChanged: false, reviews: { created: 0, alreadyImported: 1 }, comments: { created: 1, alreadyImported: 6 } });
    const { byWpId, wpOf } = await importedComments("filmnotes.example.com");
    expect(wpOf(byWpId.get(110)!.parentId)).toBe(107);
    expect(byWpId.get(110)!.depth).toBe(3);
    expect(byWpId.get(110)!.sourceAuthorId).toBe(byWpId.get(101)!.sourceAuthorId);
    const review = await db.review.findUniqueOrThrow({ where: { id: byWpId.get(110)!.reviewId } });
    expect(review.commentCount).toBe(4);
  });

  it("imports another site's file as its own content, even with the same ids", async () => {
    const { report } = await importWordPress(db, handFixture("second-site.xml"));
    expect(report).toMatchObject({ nothingChanged: false, reviews: { created: 1 }, comments: { created: 1 } });
    const posts = await db.wordPressPost.findMany({ where: { postId: 10 }, include: { site: true } });
    expect(posts.map((post) => post.site.url).sort()).toEqual(["another.example.org", "filmnotes.example.com"]);
    expect(new Set(posts.map((post) => post.reviewId)).size).toBe(2);
    // Mai on the other blog is the other blog's commenter.
    const mai = await db.sourceAuthor.findMany({ where: { email: "mai@example.com" } });
    expect(mai).toHaveLength(2);
  });
});

describe("threads at any depth", () => {
  it("stores a 12-deep chain written deepest first, parents before replies, and reports loops and orphans", async () => {
    const { report } = await importWordPress(db, handFixture("threads.xml"));
    expect(report.comments.created).toBe(18);
    expect(report.problems.listed.map((problem) => [problem.kind, problem.commentId])).toEqual([
      ["missing-parent", 620],
      ["missing-parent", 626],
      ["cycle", 621],
      ["cycle", 624],
    ]);
    const { byWpId, wpOf } = await importedComments("filmnotes.example.com");
    for (let level = 1; level < 12; level++) expect(wpOf(byWpId.get(601 + level)!.parentId)).toBe(600 + level);
    // Stored depth stops at the schema's cap; the parent chain goes on.
    expect(byWpId.get(612)!.depth).toBe(10);
    expect(wpOf(byWpId.get(612)!.rootId)).toBe(601);
    expect(byWpId.get(620)!.parentId).toBeNull();
    expect(byWpId.get(621)!.parentId).toBeNull();
    expect(wpOf(byWpId.get(622)!.parentId)).toBe(621);
    expect(wpOf(byWpId.get(623)!.parentId)).toBe(622);
    expect(byWpId.get(624)!.parentId).toBeNull();

    // Readers reach every level: the review page shows the first levels and "continue this thread".
    const page = await getReviewThreadPage({ reviewId: byWpId.get(601)!.reviewId, sort: "oldest", page: 1, viewerId: null });
    expect(page.commentCount).toBe(18);
    let node = page.threads.find((thread) => thread.id === byWpId.get(601)!.id);
    let levels = 0;
    while (node?.replies[0]) {
      node = node.replies[0];
      levels++;
    }
    expect(levels).toBe(11);
  });
});

describe("films, authors and skipped items", () => {
  it("maps posts to films by tag, uses --film for the rest, and lists the posts it can't place", async () => {
    const { plan, scan } = await scanAndPlan(db, handFixture("film-matching.xml"), { defaultFilmId: her.id });
    const preview = toPreview(scan, plan);
    const films = Object.fromEntries(preview.posts.map((post) => [post.postId, post.film ? `${post.film.title} (${post.film.source})` : post.noFilmReason]));
    expect(films).toEqual({
      20: "Her (term)",
      21: "Schindler's List (term)",
      22: "Lost in Translation (term)",
      23: "Her (default)",
      24: expect.stringMatching(/several films \(Her, Lost in Translation\)/),
    });
    expect(preview.posts.find((post) => post.postId === 24)!.candidates.map((film) => film.title)).toEqual(["Her", "Lost in Translation"]);

    // The admin's choice settles the ambiguous post.
    const { report } = await importWordPress(db, handFixture("film-matching.xml"), { defaultFilmId: her.id, filmChoices: { "24": lost.id } });
    expect(report.reviews).toEqual({ created: 5, alreadyImported: 0, skippedNoFilm: 0 });
    const two = await db.wordPressPost.findFirstOrThrow({ where: { postId: 24 }, select: { review: { select: { filmId: true } } } });
    expect(two.review.filmId).toBe(lost.id);
  });

  it("without --film, leaves unmatched posts out and lists them", async () => {
    const source = bufferSource("unmatched.xml", readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "film-matching.xml"), "utf8").replaceAll("filmnotes.example.com", "unmatched.example.com"));
    const { report } = await importWordPress(db, source);
    expect(report.reviews).toEqual({ created: 3, alreadyImported: 0, skippedNoFilm: 2 });
    expect(report.problems.listed.filter((problem) => problem.kind === "no-film").map((problem) => problem.postId)).toEqual([23, 24]);
  });

  it("keeps commenters apart by email and merges case variants", async () => {
    await importWordPress(db, handFixture("authors.xml"));
    const { byWpId } = await importedComments("filmnotes.example.com");
    const author = (id: number) => byWpId.get(id)!.sourceAuthor!;
    expect(author(701).id).not.toBe(author(702).id);
    expect([author(701).name, author(702).name]).toEqual(["Chris", "Chris"]);
    expect(author(703).id).toBe(author(704).id);
    expect(author(705).id).not.toBe(author(706).id);
    expect(author(707)).toMatchObject({ name: "Chris Critic", email: "chris@example.com" });
    expect(author(708).name).toBe("O'Brien");
  });

  it("imports only published posts and counts the rest", async () => {
    const { report } = await importWordPress(db, handFixture("skipped-items.xml"));
    expect(report.reviews.created).toBe(1);
    expect(report.skippedItems).toEqual({ draft: 1, "pending review": 1, page: 1, attachment: 1, "menu item": 1, private: 1, scheduled: 1, "password-protected": 1, trashed: 1 });
  });
});

describe("bad input is refused with nothing written", () => {
  const refused = ["not-xml.txt", "other-xml.xml", "rss-not-wxr.xml", "truncated.xml", "billion-laughs.xml", "xxe.xml", "latin1.xml"];

  for (const name of refused) {
    it(name, async () => {
      const before = await tableCounts();
      const actions = await db.moderationAction.count();
      await expect(importWordPress(db, handFixture(name))).rejects.toMatchObject({ name: "WxrError" });
      expect(await tableCounts()).toEqual(before);
      expect(await db.moderationAction.count()).toBe(actions);
    });
  }

  it("a file cut off after its first post writes not even the first post", async () => {
    const whole = readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "dates.xml"), "utf8").replaceAll("filmnotes.example.com", "cut.example.com");
    const before = await tableCounts();
    await expect(importWordPress(db, bufferSource("cut.xml", whole.slice(0, whole.indexOf("<wp:post_id>51"))))).rejects.toThrow(/truncated/);
    expect(await tableCounts()).toEqual(before);
  });

  it("a dry run (the preview) writes nothing", async () => {
    const before = await tableCounts();
    const source = bufferSource("dry.xml", readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "basic.xml"), "utf8").replaceAll("filmnotes.example.com", "dry.example.com"));
    const { scan, plan } = await scanAndPlan(db, source);
    expect(toPreview(scan, plan).adds).toEqual({ reviews: 1, comments: 6 });
    expect(await tableCounts()).toEqual(before);
  });
});
