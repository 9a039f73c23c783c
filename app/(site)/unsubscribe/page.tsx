import type { Metadata } from "next";
import Link from "next/link";
import { firstSearchParam } from "@/components/auth/auth-links";
import { UnsubscribeForm } from "@/components/email/unsubscribe-form";
import { PageContainer } from "@/components/layout/page-container";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/mail/preferences";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false },
  referrer: "no-referrer",
};

/** The unsubscribe link in every notification email: works without signing in. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = firstSearchParam((await searchParams).token) ?? "";
  const request = readUnsubscribeToken(token);
  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <div className="rounded-2xl border border-line bg-surface px-5 py-7 sm:px-8">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Unsubscribe</h1>
        {request ? (
          <>
            <p className="mt-3 text-muted">Stop emailing me about:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
              {request.kinds.map((kind) => (
                <li key={kind}>{NOTIFICATION_KIND_LABELS[kind]}</li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-muted">You&rsquo;ll still see them in the site&rsquo;s notifications, and we&rsquo;ll still email you about your account (password resets, address changes).</p>
            <div className="mt-6">
              <UnsubscribeForm token={token} />
            </div>
          </>
        ) : (
          <p className="mt-3 text-muted">
            This unsubscribe link isn&rsquo;t valid: it may have been cut short by your email program. Sign in and{" "}
            <Link href="/settings#email" className="font-medium text-accent-text underline underline-offset-4">
              choose what we email you in Settings
            </Link>{" "}
            instead.
          </p>
        )}
      </div>
    </PageContainer>
  );
}
