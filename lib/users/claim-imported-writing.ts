// A member whose *verified* address is a source author's address (imported from WordPress)
// claims that author's reviews and comments: they then show under the member's handle, count
// as theirs (profile, export, notifications of replies), and stay what they were otherwise (a
// claimed review stays on the critics' side, with its original date and source).
//
// One review per member per film still holds. A review of a film the member has already
// reviewed here (or a second imported review of one film) is not claimed: it stays credited
// to the source author's name, and the settings page says which and why. Claiming is written
// to the audit log. Nobody else can claim: the address must be the member's own and verified.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAction } from "@/lib/moderation/audit-log";

type Client = PrismaClient | Prisma.TransactionClient;

export interface ClaimableWriting {
  /** The source authors' names, as the sites gave them ("Chris", "Chris P."). */
  names: string[];
  /** Reviews and comments the member can claim now. */
  reviews: number;
  comments: number;
  /** Already claimed by this member. */
  claimedReviews: number;
  claimedComments: number;
  /** Imported reviews that can't be theirs: they already review that film here. */
  blocked: { reviewId: string; title: string | null; film: string }[];
}

/** The member's address, when it is verified: the only key to a source author. */
async function verifiedEmail(db: Client, userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true, deletedAt: true } });
  return user?.email && user.emailVerified && !user.deletedAt ? user.email : null;
}

/** Source authors with the address, not claimed by someone else (an address belongs to one member at a time). */
async function authorsFor(db: Client, email: string, userId: string) {
  return db.sourceAuthor.findMany({
    where: { email, OR: [{ claimedById: null }, { claimedById: userId }] },
    select: { id: true, name: true },
  });
}

/** Of the unclaimed imported reviews, the ones a claim would give the member: at most one per film, and none of a film they reviewed. */
async function reviewsToClaim(db: Client, authorIds: string[], userId: string) {
  const candidates = await db.review.findMany({
    where: { sourceAuthorId: { in: authorIds }, authorId: null },
    select: { id: true, filmId: true, title: true, film: { select: { title: true } } },
    orderBy: { createdAt: "asc" },
  });
  const reviewed = new Set((await db.review.findMany({ where: { authorId: userId }, select: { filmId: true } })).map((review) => review.filmId));
  const claim: string[] = [];
  const blocked: ClaimableWriting["blocked"] = [];
  for (const review of candidates) {
    if (reviewed.has(review.filmId)) blocked.push({ reviewId: review.id, title: review.title, film: review.film.title });
    else {
      claim.push(review.id);
      reviewed.add(review.filmId);
    }
  }
  return { claim, blocked };
}

/** What the member could claim, or null when they have no verified address matching any author. */
export async function claimableWriting(db: Client, userId: string): Promise<ClaimableWriting | null> {
  const email = await verifiedEmail(db, userId);
  if (!email) return null;
  const authors = await authorsFor(db, email, userId);
  if (authors.length === 0) return null;
  const ids = authors.map((author) => author.id);
  const [{ claim, blocked }, comments, claimedReviews, claimedComments] = await Promise.all([
    reviewsToClaim(db, ids, userId),
    db.comment.count({ where: { sourceAuthorId: { in: ids }, authorId: null } }),
    db.review.count({ where: { sourceAuthorId: { in: ids }, authorId: userId } }),
    db.comment.count({ where: { sourceAuthorId: { in: ids }, authorId: userId } }),
  ]);
  const names = [...new Set(authors.map((author) => author.name).filter((name): name is string => Boolean(name)))];
  return { names, reviews: claim.length, comments, claimedReviews, claimedComments, blocked };
}

export interface ClaimResult {
  reviews: number;
  comments: number;
  blocked: ClaimableWriting["blocked"];
}

/** Claims everything claimable for the member, in one transaction with its audit entry. Null: nothing to claim. */
export async function claimImportedWriting(db: PrismaClient, userId: string): Promise<ClaimResult | null> {
  return db.$transaction(async (tx) => {
    // The member's row, locked: two claims at once (two tabs) can't both give out one film's review.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const email = await verifiedEmail(tx, userId);
    if (!email) return null;
    const authors = await authorsFor(tx, email, userId);
    if (authors.length === 0) return null;
    const ids = authors.map((author) => author.id);
    const { claim, blocked } = await reviewsToClaim(tx, ids, userId);
    const now = new Date();
    await tx.sourceAuthor.updateMany({ where: { id: { in: ids }, claimedById: null }, data: { claimedById: userId, claimedAt: now } });
    const reviews = claim.length ? (await tx.review.updateMany({ where: { id: { in: claim }, authorId: null }, data: { authorId: userId } })).count : 0;
    const comments = (await tx.comment.updateMany({ where: { sourceAuthorId: { in: ids }, authorId: null }, data: { authorId: userId } })).count;
    await recordAction(tx, {
      actorId: userId,
      action: "source-author.claim",
      targetType: "USER",
      targetId: userId,
      reason: `Claimed what was imported under ${email}, a verified address`,
      after: { sourceAuthors: authors.map((author) => ({ id: author.id, name: author.name })), reviews, comments, keptBySource: blocked.map((review) => review.reviewId) },
    });
    return { reviews, comments, blocked };
  });
}
