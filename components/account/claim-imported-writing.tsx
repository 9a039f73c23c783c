"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { claimImportedWritingAction } from "@/lib/actions/claims";
import { pluralize } from "@/lib/format/counts";
import type { ClaimableWriting } from "@/lib/users/claim-imported-writing";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

function what(reviews: number, comments: number): string {
  return [reviews && pluralize(reviews, "review"), comments && pluralize(comments, "comment")].filter(Boolean).join(" and ");
}

/** Claiming imported reviews and comments written under the member's verified address. */
export function ClaimImportedWriting({ claimable, handle }: { claimable: ClaimableWriting; handle: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const names = claimable.names.length ? claimable.names.map((name) => `“${name}”`).join(", ") : "an unnamed author";
  const open = claimable.reviews + claimable.comments;
  const claimed = claimable.claimedReviews + claimable.claimedComments;

  async function claim() {
    setPending(true);
    const result = await claimImportedWritingAction({});
    setPending(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error });
    const done = what(result.data.reviews, result.data.comments);
    setMessage({ tone: "success", text: done ? `Claimed ${done}: they now show under @${handle}.` : "Nothing new to claim." });
    router.refresh();
  }

  return (
    <div className="space-y-4 text-sm">
      <p>
        Imported from WordPress under your address, as {names}:{" "}
        {open > 0 ? <strong className="font-semibold text-ink">{what(claimable.reviews, claimable.comments)} you can claim</strong> : "nothing more to claim"}
        {claimed > 0 && <>; {what(claimable.claimedReviews, claimable.claimedComments)} already yours</>}.
      </p>
      {claimable.blocked.length > 0 && (
        <div className="rounded-lg border border-line bg-sunken px-3 py-2">
          <p>These stay under the imported name: you already have a review of their film here, and a member has one review per film.</p>
          <ul className="mt-1 list-disc pl-5">
            {claimable.blocked.map((review) => (
              <li key={review.reviewId}>
                <a href={`/reviews/${review.reviewId}`} className="underline underline-offset-4">
                  {review.title ?? "Untitled review"}
                </a>{" "}
                of {review.film}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open > 0 && (
        <Button onClick={claim} pending={pending} pendingLabel="Claiming…">
          Claim them as @{handle}
        </Button>
      )}
      {message && <FormAlert tone={message.tone}>{message.text}</FormAlert>}
    </div>
  );
}
