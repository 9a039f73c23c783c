import { PasswordForm } from "./password-form";
import { providerNames } from "./provider-names";
import { SettingsSection } from "./settings-section";

/** Change the password, or, for an account that signs in only through OAuth, say why there is none. */
export function PasswordSection({ hasPassword, linkedProviders, email }: { hasPassword: boolean; linkedProviders: string[]; email: string | null }) {
  if (!hasPassword) {
    return (
      <SettingsSection id="password" title="Password" description="Your account has no password.">
        <p className="text-sm text-ink">
          You sign in with {providerNames(linkedProviders)}, so there is no password to change here. Your sign-in is
          protected by that account.
        </p>
      </SettingsSection>
    );
  }
  return (
    <SettingsSection
      id="password"
      title="Password"
      description="Enter your current password first, so nobody at your unlocked screen can change it. A new password signs you out on every other browser and device."
    >
      <PasswordForm email={email} />
    </SettingsSection>
  );
}
