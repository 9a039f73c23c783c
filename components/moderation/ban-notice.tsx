import type { AccountStatus } from "@/lib/queries/admin/account-status";
import { AppealForm } from "./appeal-form";
import { AppealStatus } from "./appeal-status";
import { banDuration } from "./ban-duration";

/** A banned member's view of their ban: why, until when, and their one appeal. */
export function BanNotice({ reason, bannedUntil, ban }: { reason: string | null; bannedUntil: Date | null; ban: AccountStatus["ban"] }) {
  return (
    <div className="space-y-4 rounded-lg border border-red-300 bg-red-50/60 px-4 py-4 dark:border-red-900 dark:bg-red-950/30">
      <div>
        <p className="font-semibold text-ink">Your account is suspended {banDuration(bannedUntil)}.</p>
        <p className="mt-1 text-sm text-ink">
          <span className="font-medium">Reason:</span> {reason ?? "No reason was recorded."}
        </p>
        <p className="mt-1 text-sm text-muted">Until then you can read everything, but not post, comment, vote or report.</p>
      </div>
      {ban?.appeal ? (
        <AppealStatus appeal={ban.appeal} />
      ) : ban ? (
        <AppealForm actionId={ban.actionId} label="Appeal the ban: why should it be lifted?" />
      ) : (
        <p className="text-sm text-muted">This ban has no decision on record to appeal.</p>
      )}
    </div>
  );
}
