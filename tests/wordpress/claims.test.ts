// Claiming imported writing: only a member whose verified address is the source author's,
// everything of that author (on every site) at once, one review per film, in the audit log;
// and what is imported for a claimed author later is theirs at once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { claimImportedWritingAction } from "@/lib/actions/claims";
import { db } from "@/lib/db";
import { getReviewThreadPage } from "@/lib/queries/comments";
import { claimableWriting } from "@/lib/users/claim-imported-writing";
import { importWordPress } from "@/lib/wordpress/import-run";
import { actAs } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { createTestUser } from "../helpers/fixtures";
import { bufferSource } from "@/lib/wordpress/wxr-source";
import { handFixture, WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

let her: { id: string };

beforeAll(async () => {
  her = await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
  await importWordPress(db, handFixture("basic.xml"));
  await importWordPress(db, handFixture("second-site.xml"));
});

const verified = (email: string, options: { handle?: string } = {}) =>
  createTestUser({ email, ...options }).then((user) => db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } }));

describe("claiming imported writing", () => {
  it("is refused without a verified address that matches, and changes nothing", async () => {
    const unverified = await verified("someone.else@example.com");
    actAs(unverified);
    expect((await claimImportedWritingAction({})).ok).toBe(false);
    // Same address as the source author, but not verified: nobody may claim by typing an address.
    const sameButUnverified = await db.user.create({ data: { email: "sam@example.com", handle: "sam-unverified", handleSkeleton: "sam-unverified", name: "Sam" } });
    actAs(sameButUnverified);
    expect((await claimImportedWritingAction({})).ok).toBe(false);
    expect(await claimableWriting(db, sameButUnverified.id)).toBeNull();
    actAs(null);
    expect((await claimImportedWritingAction({})).ok).toBe(false);
    expect(await db.comment.count({ where: { sourceAuthorId: { not: null }, authorId: { not: null } } })).toBe(0);
  });

  it("a banned member can't claim", async () => {
    const banned = await createTestUser({ email: "lee@example.com", banned: true });
    await db.user.update({ where: { id: banned.id }, data: { emailVerified: new Date() } });
    actAs(banned);
    expect((await claimImportedWritingAction({})).ok).toBe(false);
    expect(await db.comment.count({ where: { authorId: banned.id } })).toBe(0);
  });

  it("gives a member with the verified address every comment of that author, on every site, under their handle", async () => {
    const mai = await verified("mai@example.com", { handle: "mai" });
    expect(await claimableWriting(db, mai.id)).toMatchObject({ names: ["Mai"], reviews: 0, comments: 3, blocked: [] });
    actAs(mai);
    const result = expectOk(await claimImportedWritingAction({}));
    expect(result).toEqual({ reviews: 0, comments: 3, blocked: [] });
    const mine = await db.comment.findMany({ where: { authorId: mai.id }, select: { reviewId: true, sourceAuthorId: true } });
    expect(mine).toHaveLength(3);
    expect(new Set(mine.map((comment) => comment.reviewId)).size).toBe(2);
    // The thread shows them under the member's handle now.
    const page = await getReviewThreadPage({ reviewId: mine[0]!.reviewId, sort: "oldest", page: 1, viewerId: null });
    const credits = JSON.stringify(page.threads);
    expect(credits).toContain('"handle":"mai"');
    const audit = await db.moderationAction.findFirstOrThrow({ where: { action: "source-author.claim", actorId: mai.id } });
    expect(audit.after).toMatchObject({ comments: 3, reviews: 0 });
    // A second claim finds nothing new, and another member can't take them.
    expect(expectOk(await claimImportedWritingAction({}))).toEqual({ reviews: 0, comments: 0, blocked: [] });
  });

  it("gives the blogger their reviews, keeping them on the critics' side, but never a second review of one film", async () => {
    const chris = await verified("chris@example.com", { handle: "chris" });
    // Chris already reviewed Her here as a member.
    await db.review.create({ data: { filmId: her.id, authorId: chris.id, rating: 6, body: "My own take." } });
    actAs(chris);
    const claimable = await claimableWriting(db, chris.id);
    expect(claimable).toMatchObject({ names: ["Chris Critic"], reviews: 0, comments: 1 });
    expect(claimable!.blocked.map((review) => review.title)).toEqual(["Her – a review"]);
    const result = expectOk(await claimImportedWritingAction({}));
    expect(result.reviews).toBe(0);
    expect(result.comments).toBe(1);
    const imported = await db.review.findFirstOrThrow({ where: { title: "Her – a review" } });
    expect(imported.authorId).toBeNull();

    // Alex, on the other site, has no review of Her here: the imported one becomes theirs.
    const alex = await verified("alex@another.example.org", { handle: "alex" });
    actAs(alex);
    expect(expectOk(await claimImportedWritingAction({}))).toMatchObject({ reviews: 1 });
    const claimed = await db.review.findFirstOrThrow({ where: { title: "Her, again" } });
    expect(claimed.authorId).toBe(alex.id);
    expect(claimed.sourceAuthorId).not.toBeNull();
    const tally = await db.filmRatingTally.findMany({ where: { filmId: her.id, isCritic: true, reviews: { gt: 0 } } });
    expect(tally.reduce((sum, row) => sum + row.reviews, 0)).toBe(2);
  });

  it("credits what is imported later for a claimed author to the member at once", async () => {
    const mai = await db.user.findUniqueOrThrow({ where: { handle: "mai" } });
    const grown = readFileSync(path.join(WORDPRESS_FIXTURES, "hand", "basic.xml"), "utf8").replace(
      "\t</item>",
      `\t\t<wp:comment><wp:comment_id>111</wp:comment_id><wp:comment_author>Mai</wp:comment_author><wp:comment_author_email>MAI@example.com</wp:comment_author_email><wp:comment_date_gmt>2014-03-01 10:00:00</wp:comment_date_gmt><wp:comment_content>Later.</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type><wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n\t</item>`,
    );
    await importWordPress(db, bufferSource("basic-later.xml", grown));
    const later = await db.comment.findFirstOrThrow({ where: { body: "Later." } });
    expect(later.authorId).toBe(mai.id);
  });
});
