import type { Prisma } from "@/lib/generated/prisma/client";
import type { Credit } from "@/lib/format/credit";

/** The user columns a credit needs: never the email or anything private. */
export const userCreditSelect = { handle: true, name: true, deletedAt: true } satisfies Prisma.UserSelect;
export const sourceCreditSelect = { name: true, bio: true, url: true } satisfies Prisma.SourceAuthorSelect;

type UserCreditRow = Prisma.UserGetPayload<{ select: typeof userCreditSelect }>;
type SourceCreditRow = Prisma.SourceAuthorGetPayload<{ select: typeof sourceCreditSelect }>;

/** Reviews and comments have exactly one of the two authors (a CHECK guarantees it). */
export function toCredit(author: UserCreditRow | null, sourceAuthor: SourceCreditRow | null): Credit {
  if (author) {
    return { kind: "user", handle: author.handle, displayName: author.name, deleted: author.deletedAt !== null };
  }
  return { kind: "source", name: sourceAuthor?.name ?? null, bio: sourceAuthor?.bio ?? null, url: sourceAuthor?.url ?? null };
}
