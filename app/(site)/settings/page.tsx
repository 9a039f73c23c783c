import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getEmailSettings } from "@/lib/queries/email-settings";
import { getClaimableWriting } from "@/lib/queries/claims";
import { getAccountSettings } from "@/lib/queries/users";
import { getCurrentUser } from "@/lib/session";
import { PageContainer } from "@/components/layout/page-container";
import { signInHref } from "@/components/auth/auth-links";
import { BanNotice } from "@/components/account/ban-notice";
import { ClaimImportedWriting } from "@/components/account/claim-imported-writing";
import { DeleteAccountSection } from "@/components/account/delete-account-section";
import { ExportDataLink } from "@/components/account/export-data-link";
import { PasswordSection } from "@/components/account/password-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { ProfileForm } from "@/components/account/profile-form";
import { SettingsSection } from "@/components/account/settings-section";
import { EmailSection } from "@/components/email/email-section";

export const metadata: Metadata = {
  title: "Settings",
  robots: { index: false },
};

export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref("/settings"));
  const [settings, emailSettings, claimable] = await Promise.all([getAccountSettings(user.id), getEmailSettings(user.id), getClaimableWriting(user.id)]);

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <header>
        <h1 className="font-serif text-4xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-2 text-muted">
          Signed in as <span className="font-medium text-ink">@{settings.handle}</span>
          {user.email ? ` (${user.email})` : ""}.
        </p>
      </header>

      <div className="mt-10 space-y-8">
        {user.isBanned && (
          <div className="space-y-4">
            <BanNotice reason={user.banReason} until={user.bannedUntil} />
            {/* APPEAL */}
          </div>
        )}

        <SettingsSection id="profile" title="Profile" description="How you appear next to your reviews and comments, and on your public profile.">
          <ProfileForm
            profile={{ name: settings.name, handle: settings.handle, bio: settings.bio }}
            disabledReason={user.isBanned ? "You can't edit your profile while your account is suspended." : undefined}
          />
        </SettingsSection>

        <EmailSection settings={emailSettings} hasPassword={settings.hasPassword} />

        <PasswordSection hasPassword={settings.hasPassword} linkedProviders={settings.linkedProviders} email={user.email} />

        <SessionsSection signedInSessions={settings.signedInSessions} />

        {claimable && !user.isBanned && (
          <SettingsSection
            id="imported-writing"
            title="Your writing from WordPress"
            description="Reviews and comments imported from a WordPress blog under your verified email address. Claim them and they show under your handle, as yours."
          >
            <ClaimImportedWriting claimable={claimable} handle={user.handle} />
          </SettingsSection>
        )}

        <SettingsSection
          id="your-data"
          title="Your data"
          description="A copy of everything you wrote here: your profile, reviews and comments with every earlier version, votes, reports and appeals, as one JSON file."
        >
          <ExportDataLink />
        </SettingsSection>

        <DeleteAccountSection hasPassword={settings.hasPassword} handle={user.handle} />
      </div>
    </PageContainer>
  );
}
