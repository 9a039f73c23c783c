import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oauthProviders } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { getCurrentUser } from "@/lib/session";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { firstSearchParam, signUpHref } from "@/components/auth/auth-links";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormAlert } from "@/components/forms/form-alert";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to Marquee to review films and join the discussion.",
  robots: { index: false },
};

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const rawCallback = firstSearchParam(params.callbackUrl);
  const justReset = firstSearchParam(params.reset) === "done";
  const signedOutEverywhere = firstSearchParam(params["signed-out"]) === "everywhere";
  const callbackUrl = safeCallbackUrl(rawCallback);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to review films and join the discussion."
      footer={
        <>
          New to Marquee? <AuthLink href={signUpHref(callbackUrl)}>Create an account</AuthLink>
        </>
      }
    >
      <div className="space-y-5">
        {justReset && <FormAlert tone="success">Your password was changed. Sign in with the new one.</FormAlert>}
        {signedOutEverywhere && (
          <FormAlert tone="success">You&rsquo;re signed out everywhere: on this browser and on every other one that was signed in to your account.</FormAlert>
        )}
        <OAuthButtons providers={oauthProviders} callbackUrl={callbackUrl} />
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </AuthCard>
  );
}
