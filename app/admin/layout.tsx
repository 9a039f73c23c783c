import type { Metadata } from "next";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/permissions";
import { UNDOABLE } from "@/lib/moderation/undo";
import { countOpenAppeals } from "@/lib/queries/admin/appeals";
import { countMailTrouble } from "@/lib/queries/admin/mail";
import { countQueue } from "@/lib/queries/admin/queue";
import { mailMode } from "@/lib/mail/config";
import { MailTroubleBanner } from "@/components/admin/mail/mail-trouble-banner";
import { LiveAccount } from "@/components/layout/live-account-report";
import { PageContainer } from "@/components/layout/page-container";
import { AdminNav, type AdminNavItem } from "@/components/admin/admin-nav";
import { NoticeProvider } from "@/components/admin/notice-provider";
import { getCurrentUser } from "@/lib/session";
import { requireStaffPage } from "./staff-guard";

export const metadata: Metadata = {
  title: { default: "Moderation", template: "%s · Admin · Marquee" },
  robots: { index: false, follow: false },
};

/**
 * Staff only. Non-staff get a 404 from here; a signed-out visitor is left to the page, whose
 * own requireStaffPage() (every admin page starts with it) sends them to sign in and back to
 * that exact page, which the layout cannot know. Every action checks again on its own.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getCurrentUser();
  if (!viewer) {
    return (
      <>
        <LiveAccount />
        {children}
      </>
    );
  }
  const user = await requireStaffPage("/admin");
  const isAdmin = hasRole(user.role, "ADMIN");
  const [queue, openAppeals, mail] = await Promise.all([countQueue(), countOpenAppeals(), countMailTrouble()]);
  const nav: AdminNavItem[] = [
    { href: "/admin", label: "Dashboard" },
    { href: "/admin/queue", label: "Queue", count: queue.pending + queue.reportedItems },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/appeals", label: "Appeals", count: openAppeals },
    ...(isAdmin
      ? [
          { href: "/admin/settings", label: "Settings" },
          { href: "/admin/films", label: "Films" },
          { href: "/admin/import", label: "Import" },
          { href: "/admin/mail", label: "Mail", count: mail.failed },
        ]
      : []),
  ];
  const undoable = Object.entries(UNDOABLE)
    .filter(([, minimum]) => hasRole(user.role, minimum))
    .map(([action]) => action);

  return (
    <>
      <LiveAccount />
      <div className="border-b border-line bg-sunken">
        <PageContainer className="flex flex-wrap items-center gap-x-5 gap-y-1 py-2">
          <p className="text-xs font-semibold tracking-wider text-accent-text uppercase">Moderation</p>
          <AdminNav items={nav} />
          <p className="text-xs text-muted sm:ml-auto">
            @{user.handle} · {isAdmin ? "Admin" : "Moderator"}
          </p>
        </PageContainer>
      </div>
      <NoticeProvider undoable={undoable}>
        <PageContainer className="pt-8">
          <MailTroubleBanner held={mailMode() === "held"} pending={mail.pending} failed={mail.failed} isAdmin={isAdmin} />
          {children}
        </PageContainer>
      </NoticeProvider>
    </>
  );
}
