import Link from "next/link";

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" aria-hidden="true" focusable="false">
      <path
        d="M6 9.5a6 6 0 1 1 12 0c0 3.6.9 5.6 1.8 6.7.3.4 0 .8-.4.8H4.6c-.5 0-.7-.4-.4-.8C5.1 15.1 6 13.1 6 9.5Z M9.8 19.5a2.3 2.3 0 0 0 4.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The header's bell: a link to /notifications with the unread count. The count lives in
 * PostgreSQL, so every app instance shows the same number; it comes with the member (one
 * statement for both, on a live page or in the viewer layer).
 */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <Link href="/notifications" aria-label={label} title={label} className="relative inline-flex size-10 items-center justify-center rounded-full text-muted transition-colors hover:bg-sunken hover:text-ink">
      <BellIcon />
      {unread > 0 && (
        <span aria-hidden="true" className="absolute top-1 right-0.5 min-w-4.5 rounded-full bg-accent px-1 text-center text-[0.6875rem] leading-4.5 font-semibold text-on-accent tabular-nums">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
