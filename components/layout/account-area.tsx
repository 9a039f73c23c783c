"use client";

import Link from "next/link";
import { HeaderAuthLinks } from "@/components/auth/header-auth-links";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { useViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import type { ViewerAccount } from "@/lib/page-cache/viewer-layer";
import { useReportedLiveAccount } from "./live-account";
import { UserMenu } from "./user-menu";

/** What the header shows of a signed-in member. */
export type HeaderAccount = Pick<ViewerAccount, "handle" | "displayName" | "isStaff" | "unreadNotifications">;

function MemberAccount({ account }: { account: HeaderAccount }) {
  return (
    <div className="flex items-center gap-1 sm:gap-2">
      <NotificationBell unread={account.unreadNotifications} />
      <UserMenu handle={account.handle} displayName={account.displayName} isStaff={account.isStaff} />
    </div>
  );
}

/** Holds the account's place, at its size, until the member is known. */
function AccountPlaceholder() {
  return (
    <div className="flex items-center gap-1 sm:gap-2" role="status">
      <span className="sr-only">Loading your account</span>
      <span aria-hidden="true" className="size-10 rounded-full" />
      <span aria-hidden="true" className="h-9 w-9 rounded-full bg-sunken motion-safe:animate-pulse sm:w-40" />
    </div>
  );
}

/**
 * The header's account end: the member's bell and menu, or links to sign in. A live page brings
 * the member from the server: the one its own layout reported (components/layout/live-account.tsx),
 * else the one the root layout was rendered for (`liveAccount`), which is nobody when that render
 * was a shared page's. A shared member page learns them from the viewer layer, and a shared guest
 * page has nobody to show.
 */
export function AccountArea({ liveAccount }: { liveAccount: HeaderAccount | null }) {
  const layer = useViewerLayer();
  const reported = useReportedLiveAccount();
  if (layer.status === "off") {
    const account = reported ? reported.account : liveAccount;
    return account ? <MemberAccount account={account} /> : <HeaderAuthLinks />;
  }
  if (layer.account) return <MemberAccount account={layer.account} />;
  if (layer.status === "loading") return <AccountPlaceholder />;
  if (layer.status === "failed") {
    return (
      <Link href="/settings" className="rounded-md px-2 py-2 text-sm font-medium text-ink hover:bg-sunken sm:px-3">
        Your account
      </Link>
    );
  }
  return <HeaderAuthLinks />;
}
