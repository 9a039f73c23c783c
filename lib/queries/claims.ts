import "server-only";
import { db } from "@/lib/db";
import { claimableWriting, type ClaimableWriting } from "@/lib/users/claim-imported-writing";

/** What the member could claim of the writing imported under their verified address (null: none). */
export function getClaimableWriting(userId: string): Promise<ClaimableWriting | null> {
  return claimableWriting(db, userId);
}
