import type { NotificationView } from "@/lib/queries/notifications";
import { EmptyState } from "@/components/ui/empty-state";
import { NotificationItem } from "./notification-item";

export function NotificationList({ items }: { items: readonly NotificationView[] }) {
  if (items.length === 0) {
    return (
      <EmptyState title="No notifications yet">
        When someone replies to your comments or comments on your reviews, you&apos;ll see it here.
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {items.map((item) => (
        <NotificationItem key={item.id} notification={item} now={now} />
      ))}
    </ol>
  );
}
