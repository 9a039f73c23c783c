import type { OwnAppeal } from "@/lib/queries/admin/account-status";
import { formatCalendarDate } from "@/lib/format/dates";

const STATUS = {
  OPEN: { title: "Appeal sent", line: "A moderator will read it and reply here." },
  ACCEPTED: { title: "Appeal accepted", line: "The decision was reversed." },
  REJECTED: { title: "Appeal not accepted", line: "The decision stands." },
} as const;

/** Where an appeal stands, with what you wrote and the moderator's reply. */
export function AppealStatus({ appeal }: { appeal: OwnAppeal }) {
  const status = STATUS[appeal.status];
  return (
    <div role="status" className="rounded-lg border border-line-strong bg-sunken px-4 py-3 text-sm">
      <p className="font-semibold text-ink">{status.title}</p>
      <p className="text-muted">
        Sent {formatCalendarDate(appeal.createdAt)}. {status.line}
      </p>
      <blockquote className="mt-2 border-l-2 border-line-strong pl-3 text-ink/90 italic [overflow-wrap:anywhere]">{appeal.body}</blockquote>
      {appeal.response && (
        <p className="mt-2 text-ink">
          <span className="font-medium">Moderator&rsquo;s reply:</span> {appeal.response}
        </p>
      )}
    </div>
  );
}

const ABOUT: Record<string, string> = {
  "user.ban": "your ban",
  "review.hide": "a hidden review",
  "review.auto-hide": "a hidden review",
  "comment.hide": "a hidden comment",
  "comment.auto-hide": "a hidden comment",
};

/** Appeals already decided whose decision is no longer in force (lifted, reversed, or expired). */
export function EarlierAppeals({ appeals }: { appeals: (OwnAppeal & { id: string; about: string | null })[] }) {
  return (
    <ul className="space-y-3">
      {appeals.map((appeal) => (
        <li key={appeal.id}>
          <p className="mb-1 text-sm text-muted">About {appeal.about ? (ABOUT[appeal.about] ?? "a decision") : "a decision"}</p>
          <AppealStatus appeal={appeal} />
        </li>
      ))}
    </ul>
  );
}
