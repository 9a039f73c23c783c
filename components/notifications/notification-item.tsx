import Link from "next/link";
import type { NotificationView } from "@/lib/queries/notifications";
import { creditName } from "@/lib/format/credit";
import { RelativeTime } from "@/components/ui/relative-time";
import { MarkReadButton } from "./mark-read-button";

/** "Ada replied to your comment on Her", "Ada commented on your review …", or a moderator's notice. */
function Sentence({ notification }: { notification: NotificationView }) {
  const actor = <strong className="font-semibold">{notification.actor ? creditName(notification.actor) : "Someone"}</strong>;
  switch (notification.type) {
    case "COMMENT_REPLY":
      return (
        <>
          {actor} replied to your comment{notification.filmTitle && <> on <cite className="not-italic font-medium">{notification.filmTitle}</cite></>}
        </>
      );
    case "REVIEW_COMMENT":
      return (
        <>
          {actor} commented on your review{notification.reviewTitle && <> “{notification.reviewTitle}”</>}
        </>
      );
    case "MODERATION":
      return <>{notification.message ?? "A moderator updated something of yours."}</>;
  }
}

export function NotificationItem({ notification, now }: { notification: NotificationView; now: Date }) {
  const text = (
    <>
      <span id={`notification-${notification.id}`} className="block text-ink">
        <Sentence notification={notification} />
        {notification.excerpt && ":"}
      </span>
      {notification.excerpt && <span className="mt-0.5 block text-sm text-muted">“{notification.excerpt}”</span>}
    </>
  );
  return (
    <li className={`flex gap-3 px-4 py-4 sm:px-5 ${notification.unread ? "bg-accent-soft/35" : ""}`}>
      <span aria-hidden="true" className={`mt-2 size-2 shrink-0 rounded-full ${notification.unread ? "bg-accent" : "bg-transparent"}`} />
      <div className="min-w-0 flex-1">
        {notification.unread && <span className="sr-only">Unread: </span>}
        {notification.href ? (
          <Link href={notification.href} className="block rounded-sm underline-offset-4 hover:[&>span:first-child]:underline">
            {text}
          </Link>
        ) : (
          text
        )}
        <p className="mt-1 text-xs text-muted">
          <RelativeTime date={notification.createdAt} now={now} />
        </p>
      </div>
      {notification.unread && (
        <div className="shrink-0">
          <MarkReadButton ids={[notification.id]} label="Mark read" describedBy={`notification-${notification.id}`} />
        </div>
      )}
    </li>
  );
}
