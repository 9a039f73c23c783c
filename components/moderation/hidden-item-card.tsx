import type { HiddenItem } from "@/lib/queries/admin/account-status";
import { formatCalendarDate } from "@/lib/format/dates";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { AppealForm } from "./appeal-form";
import { AppealStatus } from "./appeal-status";

/** One of your hidden reviews or comments: what it said, why it was hidden, and your appeal. */
export function HiddenItemCard({ item }: { item: HiddenItem }) {
  return (
    <article className="space-y-3 rounded-lg border border-line bg-surface px-4 py-4">
      <header>
        <h3 className="font-semibold text-ink">{item.heading}</h3>
        {item.hiddenAt && <p className="text-xs text-muted">Hidden on {formatCalendarDate(item.hiddenAt)}</p>}
      </header>
      <p className="font-serif text-ink/85 [overflow-wrap:anywhere]">{markdownExcerpt(item.body, 40) || "(no text)"}</p>
      <p className="text-sm text-ink">
        <span className="font-medium">Moderator&rsquo;s reason:</span> {item.reason ?? "No reason was recorded."}
      </p>
      {item.appeal ? (
        <AppealStatus appeal={item.appeal} />
      ) : item.actionId ? (
        <details className="group">
          <summary className="w-fit cursor-pointer rounded text-sm font-medium text-accent-text underline-offset-4 hover:underline">Appeal this decision</summary>
          <div className="mt-3">
            <AppealForm actionId={item.actionId} />
          </div>
        </details>
      ) : null}
    </article>
  );
}
