import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { listNotifications } from "@/lib/queries/notifications";
import { parsePageParam } from "@/lib/queries/paging";
import { getCurrentUser } from "@/lib/session";
import { signInHref } from "@/components/auth/auth-links";
import { Pagination } from "@/components/ui/pagination";
import { PageContainer } from "@/components/layout/page-container";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

interface NotificationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Replies to your comments, comments on your reviews, and moderators' notices: newest first. */
export default async function NotificationsPage({ searchParams }: NotificationsPageProps) {
  await connection();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref("/notifications"));
  const page = parsePageParam((await searchParams).page);
  const { items, pageCount, unreadCount } = await listNotifications(user.id, page);

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Notifications</h1>
          <p className="mt-1 text-sm text-muted" id="notifications">
            {unreadCount === 0 ? "You're all caught up." : `${unreadCount} unread`}
          </p>
        </div>
        {unreadCount > 0 && <MarkReadButton label="Mark all as read" />}
      </div>
      <div className="mt-8">
        <NotificationList items={items} />
      </div>
      <Pagination label="Notification pages" basePath="/notifications" anchor="notifications" page={page} pageCount={pageCount} />
    </PageContainer>
  );
}
