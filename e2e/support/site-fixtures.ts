import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { moderateContent } from "@/lib/moderation/moderate-content";
import { recordAction } from "@/lib/moderation/audit-log";
import { createUser } from "@/lib/users/create-user";
import type { Credentials } from "./sign-in";

/** A seeded review that the other specs leave alone (they use "Alone Yet Not Alone"). */
const REVIEW_SLUG = "spike-jonzes-her";
const FILM_SLUG = "her";

export interface Person extends Credentials {
  id: string;
  handle: string;
  name: string;
}

/** Makes an account directly in the test database, ready to sign in through the form. */
export async function createPerson(db: PrismaClient, run: string, key: string, name: string, role: Role = "USER"): Promise<Person> {
  const handle = `${key}-${run}`;
  const email = `${handle}@example.com`;
  const password = `a long evening at the pictures with ${key}`;
  const { id } = await createUser({ email, handle, name, password, role }, db);
  return { id, handle, name, email, password };
}

/** A published comment, counted (and notified) the way the app counts a posted one. */
export async function publishedComment(db: PrismaClient, data: { reviewId: string; authorId: string; body: string; parentId?: string }): Promise<string> {
  const parent = data.parentId ? await db.comment.findUniqueOrThrow({ where: { id: data.parentId }, select: { rootId: true, depth: true } }) : null;
  const { id } = await db.comment.create({
    data: { ...data, rootId: parent ? (parent.rootId ?? data.parentId) : null, depth: parent ? parent.depth + 1 : 0 },
    select: { id: true },
  });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, id)));
  return id;
}

/**
 * Everything the site's pages can show, so each page is checked in its full state rather than
 * empty: a member with a review that has an earlier version, comments, a reply notification
 * and a hidden comment they may appeal; a queue with a held reply and a reported comment;
 * a banned member's appeal; an audit log with entries; and an admin.
 */
export interface SiteFixtures {
  member: Person;
  admin: Person;
  filmSlug: string;
  filmId: string;
  /** A seeded review carrying the fixtures' discussion. */
  reviewId: string;
  /** The member's own review of the film, edited once. */
  memberReviewId: string;
  /** The member's comment on the seeded review (inside the edit window while the run is young). */
  memberCommentId: string;
  /** Someone else's comment, which the member may reply to or report. */
  otherCommentId: string;
}

/**
 * The fixtures, made once per test database: a spec's beforeAll runs again in a new worker
 * after a failure, and a second set would push the first one's comments onto another page.
 */
export async function siteFixtures(db: PrismaClient): Promise<SiteFixtures> {
  return (await findSiteFixtures(db)) ?? createSiteFixtures(db);
}

const KEY = "a11y";
const people = {
  member: ["mia", "Mia Member", "USER"],
  admin: ["ada", "Ada Admin", "ADMIN"],
  other: ["otto", "Otto Other", "USER"],
  newcomer: ["nell", "Nell Newcomer", "USER"],
  banned: ["sid", "Sid Suspended", "USER"],
} as const;

async function findSiteFixtures(db: PrismaClient): Promise<SiteFixtures | null> {
  const [member, admin, other] = await Promise.all(
    (["member", "admin", "other"] as const).map((who) => db.user.findUnique({ where: { handle: `${people[who][0]}-${KEY}` }, select: { id: true } })),
  );
  if (!member || !admin || !other) return null;
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  const film = await db.film.findUniqueOrThrow({ where: { slug: FILM_SLUG }, select: { id: true } });
  const memberReview = await db.review.findFirstOrThrow({ where: { authorId: member.id }, select: { id: true } });
  const memberComment = await db.comment.findFirstOrThrow({ where: { authorId: member.id, parentId: { not: null } }, select: { id: true } });
  const otherComment = await db.comment.findFirstOrThrow({ where: { authorId: other.id, parentId: null }, select: { id: true } });
  const person = (who: "member" | "admin", id: string) => ({ ...credentials(who), id });
  return {
    member: person("member", member.id),
    admin: person("admin", admin.id),
    filmSlug: FILM_SLUG,
    filmId: film.id,
    reviewId: review.id,
    memberReviewId: memberReview.id,
    memberCommentId: memberComment.id,
    otherCommentId: otherComment.id,
  };
}

function credentials(who: keyof typeof people): Omit<Person, "id"> {
  const [key, name] = people[who];
  const handle = `${key}-${KEY}`;
  return { handle, name, email: `${handle}@example.com`, password: `a long evening at the pictures with ${key}` };
}

async function createSiteFixtures(db: PrismaClient): Promise<SiteFixtures> {
  const make = async (who: keyof typeof people): Promise<Person> => {
    const person = credentials(who);
    const { id } = await createUser({ ...person, role: people[who][2] }, db);
    return { ...person, id };
  };
  const [member, admin, other, newcomer, banned] = await Promise.all([make("member"), make("admin"), make("other"), make("newcomer"), make("banned")]);
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  const film = await db.film.findUniqueOrThrow({ where: { slug: FILM_SLUG }, select: { id: true } });

  // The member's review, with one earlier version for the history page.
  const memberReview = await db.review.create({
    data: {
      filmId: film.id,
      authorId: member.id,
      title: `A love letter to loneliness`,
      body: "Warm, strange and **generous**. The city is a pastel dream.\n\nThe ending, when ||she leaves||, stayed with me for weeks.",
      rating: 9,
      editedAt: new Date(),
      revisions: { create: { editorId: member.id, title: "A love letter", body: "Warm and strange. The city is a dream.\n\nThe ending stayed with me for days.", rating: 8, hasSpoilers: false } },
    },
    select: { id: true },
  });

  // A discussion on the seeded review: Otto, Mia answering him, Otto answering her (a notification).
  const otherCommentId = await publishedComment(db, { reviewId: review.id, authorId: other.id, body: `The letters Theodore writes for strangers are the real love story.` });
  const memberCommentId = await publishedComment(db, { reviewId: review.id, authorId: member.id, parentId: otherCommentId, body: `And the *voice* carries the film.` });
  await publishedComment(db, { reviewId: review.id, authorId: other.id, parentId: memberCommentId, body: `Agreed: Johansson never appears, yet she is everywhere.` });

  // The queue: a held reply by a newcomer (with thread context) and a comment reported for abuse.
  await db.comment.create({
    data: { reviewId: review.id, authorId: newcomer.id, parentId: otherCommentId, rootId: otherCommentId, depth: 1, body: `First time here, buy cheap pills at example.com`, state: "PENDING", stateReason: "Held for moderation: first comment from a new member" },
  });
  const reported = await publishedComment(db, { reviewId: review.id, authorId: newcomer.id, body: `Anyone who liked this film is a fool.` });
  await db.report.create({ data: { reporterId: member.id, commentId: reported, reason: "ABUSE", details: "Insults the readers" } });

  // A hidden comment of the member's, which her account-status page offers to appeal.
  const hiddenId = await publishedComment(db, { reviewId: review.id, authorId: member.id, body: `The ending is obvious from the first scene.` });
  await db.$transaction((tx) => moderateContent(tx, admin.id, { kind: "COMMENT", id: hiddenId }, "hide", "Spoils the ending without a spoiler tag"));

  // A suspended member who appealed the ban.
  const bannedAt = new Date();
  const bannedUntil = new Date(bannedAt.getTime() + 7 * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: banned.id }, data: { bannedAt, bannedUntil, banReason: "Posted the ending in every thread", bannedById: admin.id } });
    const ban = await recordAction(tx, {
      actorId: admin.id,
      action: "user.ban",
      targetType: "USER",
      targetId: banned.id,
      reason: "Posted the ending in every thread",
      before: { bannedAt: null, bannedUntil: null, banReason: null, bannedById: null },
      after: { bannedAt: bannedAt.toISOString(), bannedUntil: bannedUntil.toISOString(), banReason: "Posted the ending in every thread", bannedById: admin.id },
    });
    await tx.appeal.create({ data: { userId: banned.id, actionId: ban.id, body: "I tagged most of them; the last one was a mistake." } });
  });

  return { member, admin, filmSlug: FILM_SLUG, filmId: film.id, reviewId: review.id, memberReviewId: memberReview.id, memberCommentId, otherCommentId };
}
