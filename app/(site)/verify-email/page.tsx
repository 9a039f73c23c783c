import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { firstSearchParam } from "@/components/auth/auth-links";
import { PageContainer } from "@/components/layout/page-container";
import { confirmEmailLink, type ConfirmOutcome } from "@/lib/users/email-address";

export const metadata: Metadata = {
  title: "Confirm your email address",
  robots: { index: false },
  referrer: "no-referrer",
};

const FAILURES = {
  invalid: "This confirmation link doesn't work: it is incomplete, isn't one of ours, or was sent to an address your account no longer uses.",
  expired: "This confirmation link has expired.",
  used: "This confirmation link was already used.",
  taken: "Another account started using that address in the meantime, so yours stays as it was.",
} as const;

function Outcome({ outcome }: { outcome: ConfirmOutcome }) {
  if (outcome.ok) {
    return (
      <>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{outcome.kind === "changed" ? "Your address is changed" : "Your address is confirmed"}</h1>
        <p className="mt-3 text-muted">
          {outcome.kind === "changed" ? "Your account now uses " : "Thank you: "}
          <span className="font-medium text-ink break-all">{outcome.email}</span>
          {outcome.kind === "changed" ? ", and it is confirmed." : " is confirmed as yours."}
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">That link didn&rsquo;t work</h1>
      <p className="mt-3 text-muted">{FAILURES[outcome.problem]}</p>
      <p className="mt-3 text-muted">Settings can send you a new link.</p>
    </>
  );
}

/** Where verification and address-change links land: the link is used on arrival. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const outcome = await confirmEmailLink(firstSearchParam((await searchParams).token) ?? "");
  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <div className="rounded-2xl border border-line bg-surface px-5 py-7 sm:px-8">
        <Outcome outcome={outcome} />
        <p className="mt-6">
          <Link href="/settings#email" className="font-medium text-accent-text underline underline-offset-4">
            Go to your email settings
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
