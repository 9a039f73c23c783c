import { SettingsSection } from "./settings-section";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

function browsers(count: number): string {
  return count === 1 ? "one browser or device" : `${count} browsers or devices`;
}

/** How many places the account is signed in, and the way to end them all. */
export function SessionsSection({ signedInSessions }: { signedInSessions: number }) {
  const others = signedInSessions - 1;
  return (
    <SettingsSection
      id="sessions"
      title="Where you're signed in"
      description="Left yourself signed in on a shared computer, or lost a phone? Sign out everywhere, and every browser signed in to your account, this one included, has to sign in again."
    >
      <p className="mb-5 text-sm text-ink">
        {others > 0 ? `You're signed in on ${browsers(signedInSessions)}: this one and ${others === 1 ? "one other" : `${others} others`}.` : "You're signed in on this browser only."}
      </p>
      <SignOutEverywhereForm />
    </SettingsSection>
  );
}
