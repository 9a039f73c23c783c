import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminUser } from "@/lib/queries/admin/users";
import { formatCalendarDate } from "@/lib/format/dates";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { AccountControls } from "@/components/admin/users/account-controls";
import { AccountState, RoleTag } from "@/components/admin/users/ban-status";
import { UserHistory } from "@/components/admin/users/user-history";
import { requireStaffPage } from "../../staff-guard";

export const metadata: Metadata = { title: "User" };

const Fact = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="flex gap-3 py-1.5">
    <dt className="w-24 shrink-0 text-muted">{term}</dt>
    <dd className="min-w-0 text-ink [overflow-wrap:anywhere]">{children}</dd>
  </div>
);

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireStaffPage(`/admin/users/${encodeURIComponent(id)}`);
  const detail = await getAdminUser(id);
  if (!detail) notFound();
  const { user } = detail;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-muted underline-offset-4 hover:text-ink hover:underline">
          ← Users
        </Link>
      </p>
      <AdminPageHeader title={`@${user.handle}`}>{user.name && user.name !== user.handle ? user.name : null}</AdminPageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <dl className="self-start divide-y divide-line rounded-lg border border-line bg-surface px-4 py-1 text-sm">
          <Fact term="Email">{user.email ?? "—"}</Fact>
          <Fact term="Role">
            <RoleTag role={user.role} />
          </Fact>
          <Fact term="Status">
            <AccountState user={user} />
            {user.isBanned && (
              <p className="mt-1 text-sm">
                Reason: {user.banReason ? `“${user.banReason}”` : "none recorded"}
                {user.bannedBy ? ` · by @${user.bannedBy.handle}` : ""}
              </p>
            )}
          </Fact>
          <Fact term="Joined">{formatCalendarDate(user.createdAt)}</Fact>
          {user.bio && <Fact term="Bio">{user.bio}</Fact>}
          <Fact term="Profile">
            {user.deletedAt ? (
              "—"
            ) : (
              <Link href={`/users/${encodeURIComponent(user.handle)}`} className="underline underline-offset-4">
                /users/{user.handle}
              </Link>
            )}
          </Fact>
        </dl>
        <AccountControls viewer={viewer} detail={detail} />
      </div>
      <UserHistory detail={detail} />
    </>
  );
}
