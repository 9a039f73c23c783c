import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oauthProviders } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { getCurrentUser } from "@/lib/session";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { firstSearchParam, signInHref } from "@/components/auth/auth-links";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Join Marquee to review films, rate them and discuss every review.",
  robots: { index: false },
};

interface SignUpPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const rawCallback = firstSearchParam((await searchParams).callbackUrl);
  const callbackUrl = safeCallbackUrl(rawCallback);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <AuthCard
      title="Create an account"
      intro="Rate films, write reviews and join the conversation under every one."
      footer={
        <>
          Already have an account? <AuthLink href={signInHref(callbackUrl)}>Sign in</AuthLink>
        </>
      }
    >
      <div className="space-y-5">
        <OAuthButtons providers={oauthProviders} callbackUrl={callbackUrl} />
        <SignUpForm callbackUrl={callbackUrl} />
      </div>
    </AuthCard>
  );
}
