import type { Metadata } from "next";
import { connection } from "next/server";
import { checkAccountToken } from "@/lib/users/account-tokens";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { firstSearchParam } from "@/components/auth/auth-links";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false },
  // The token is in this page's URL: never send it on to another site.
  referrer: "no-referrer",
};

const PROBLEMS = {
  invalid: { title: "This link doesn't work", text: "The reset link is incomplete or isn't one of ours. Copy the whole link from the email, or ask for a new one." },
  expired: { title: "This link has expired", text: "Reset links work for an hour. Ask for a new one and use it soon after it arrives." },
  used: { title: "This link was already used", text: "Each reset link works once. If you didn't change your password yourself, ask for a new link now." },
} as const;

interface ResetPasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  await connection();
  const token = firstSearchParam((await searchParams).token) ?? "";
  const link = await checkAccountToken(token, "PASSWORD_RESET");
  if (!link.ok) {
    const problem = PROBLEMS[link.problem];
    return (
      <AuthCard title={problem.title} intro={problem.text} footer={<AuthLink href="/sign-in">Back to sign in</AuthLink>}>
        <AuthLink href="/forgot-password">Send me a new reset link</AuthLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro={
        <>
          For <span className="font-medium text-ink break-all">{link.email}</span>. Every browser signed in to this account
          will be signed out.
        </>
      }
      footer={<AuthLink href="/sign-in">Back to sign in</AuthLink>}
    >
      <ResetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
