import { DELETED_USER } from "@/lib/format/credit";
import { DeleteAccountForm } from "./delete-account-form";
import { SettingsSection } from "./settings-section";

/** The danger zone: what deleting keeps and what it removes, then the confirmation form. */
export function DeleteAccountSection({ hasPassword, handle }: { hasPassword: boolean; handle: string }) {
  return (
    <SettingsSection
      id="delete-account"
      title="Delete account"
      tone="danger"
      description="This can't be undone. Download your data first if you want a copy."
    >
      <ul className="mb-6 list-disc space-y-1.5 pl-5 text-sm text-ink marker:text-muted">
        <li>
          Your reviews and comments stay, so the discussions around them still make sense, but they are credited to{" "}
          <span className="font-medium">{DELETED_USER}</span>.
        </li>
        <li>Everything that identifies you goes: your email, display name, handle, bio, password and sign-in links.</li>
        <li>Your profile page disappears, and you are signed out everywhere.</li>
      </ul>
      <DeleteAccountForm hasPassword={hasPassword} handle={handle} />
    </SettingsSection>
  );
}
