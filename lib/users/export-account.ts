import { db } from "@/lib/db";

/** Everything a person wrote or did here, as one JSON document they can download. */
export async function exportAccount(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true, email: true, handle: true, name: true, bio: true, role: true, createdAt: true,
      bannedAt: true, bannedUntil: true, banReason: true,
      reviews: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, title: true, body: true, rating: true, hasSpoilers: true, state: true, createdAt: true, editedAt: true,
          film: { select: { slug: true, title: true } },
          revisions: { orderBy: { createdAt: "asc" }, select: { title: true, body: true, rating: true, hasSpoilers: true, createdAt: true } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, reviewId: true, parentId: true, body: true, state: true, createdAt: true, editedAt: true,
          revisions: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
        },
      },
      votes: { select: { reviewId: true, commentId: true, createdAt: true } },
      reports: { select: { reviewId: true, commentId: true, reason: true, details: true, status: true, createdAt: true } },
      appeals: { select: { body: true, status: true, response: true, createdAt: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), format: "marquee-account-export/1", account: user };
}
