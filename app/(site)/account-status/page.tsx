import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { getAccountStatus } from "@/lib/queries/admin/account-status";
import { PageContainer } from "@/components/layout/page-container";
import { EarlierAppeals } from "@/components/moderation/appeal-status";
import { BanNotice } from "@/components/moderation/ban-notice";
import { HiddenItemCard } from "@/components/moderation/hidden-item-card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Account status", robots: { index: false, follow: false } };

/** Where a member sees what moderation did to their account and writing, and appeals it. */
export default async function AccountStatusPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/account-status");
  const status = await getAccountStatus(user.id);

  return (
    <PageContainer width="reading" className="pt-12 sm:pt-16">
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Account status</h1>
      <p className="mt-2 text-muted">Moderation decisions about your account and your writing, and your appeals.</p>

      <section aria-labelledby="standing-heading" className="mt-10">
        <h2 id="standing-heading" className="text-lg font-semibold tracking-tight">
          Your account
        </h2>
        <div className="mt-3">
          {user.isBanned ? (
            <BanNotice reason={user.banReason} bannedUntil={user.bannedUntil} ban={status.ban} />
          ) : (
            <p className="rounded-lg border border-line bg-surface px-4 py-3 text-sm text-ink">Your account is in good standing.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="hidden-heading" className="mt-12">
        <h2 id="hidden-heading" className="text-lg font-semibold tracking-tight">
          Hidden reviews and comments
        </h2>
        <div className="mt-3">
          {status.hidden.length === 0 ? (
            <EmptyState title="Nothing you wrote is hidden">If a moderator hides a review or comment of yours, it shows here with their reason.</EmptyState>
          ) : (
            <ul className="space-y-4">
              {status.hidden.map((item) => (
                <li key={item.id}>
                  <HiddenItemCard item={item} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {status.earlierAppeals.length > 0 && (
        <section aria-labelledby="earlier-heading" className="mt-12">
          <h2 id="earlier-heading" className="text-lg font-semibold tracking-tight">
            Earlier appeals
          </h2>
          <div className="mt-3">
            <EarlierAppeals appeals={status.earlierAppeals} />
          </div>
        </section>
      )}
    </PageContainer>
  );
}
