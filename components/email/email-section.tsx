import type { EmailSettings } from "@/lib/queries/email-settings";
import { SettingsSection } from "@/components/account/settings-section";
import { ChangeEmailForm } from "./change-email-form";
import { MailPreferencesForm } from "./mail-preferences-form";
import { ResendVerificationButton } from "./resend-verification-button";

/** /settings → Email: the address and whether it is confirmed, changing it, and what we mail. */
export function EmailSection({ settings, hasPassword }: { settings: EmailSettings; hasPassword: boolean }) {
  return (
    <SettingsSection id="email" title="Email" description="Where we send password resets and the notifications you choose below.">
      <div className="space-y-8">
        <div className="space-y-2 text-sm">
          <p className="text-ink">
            <span className="font-medium break-all">{settings.email ?? "No address"}</span>{" "}
            {settings.verified ? (
              <span className="ml-1 inline-block rounded-full whitespace-nowrap bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">Confirmed</span>
            ) : (
              <span className="ml-1 inline-block rounded-full whitespace-nowrap bg-accent-soft px-2 py-0.5 text-xs font-medium text-ink">Not confirmed</span>
            )}
          </p>
          {!settings.verified && settings.email && (
            <>
              <p className="text-muted">Open the link we sent to confirm it. Until then we won&rsquo;t send notifications there.</p>
              <ResendVerificationButton />
            </>
          )}
          {settings.pendingEmail && (
            <p role="status" className="text-muted">
              Waiting for you to open the link sent to <span className="font-medium text-ink break-all">{settings.pendingEmail}</span>.
            </p>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold text-ink">Change your address</h3>
          <div className="mt-3">
            <ChangeEmailForm hasPassword={hasPassword} />
          </div>
        </div>
        <div>
          <h3 className="text-sm font-semibold text-ink">What we email you</h3>
          <p className="mt-1 text-sm text-muted">
            Every email has a one-click unsubscribe link. A thread sends at most one email every 10 minutes; replies in between arrive together.
          </p>
          <div className="mt-4">
            <MailPreferencesForm preferences={settings.preferences} />
          </div>
        </div>
      </div>
    </SettingsSection>
  );
}
