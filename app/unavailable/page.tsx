import type { Metadata } from "next";
import Link from "next/link";
import { STATUS_ACTION, StatusPage } from "@/components/layout/status-page";

// The "we're having trouble" page. The proxy answers a page request with it, as a 503 with
// Retry-After at the address asked for, while the database doesn't answer
// (lib/database/outage-gate.ts); it is never addressed directly. Rendered once, without a
// request or the database, so that it can always be shown.
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "Temporarily unavailable",
  description: "Marquee can't reach its database right now.",
  robots: { index: false },
};

export default function UnavailablePage() {
  return (
    <StatusPage
      eyebrow="Temporarily unavailable"
      title="Intermission."
      actions={
        <>
          {/* A plain link to this very address: a full reload, which works without JavaScript too. */}
          <a href="" className={STATUS_ACTION.primary}>
            Try again
          </a>
          <Link href="/" className={STATUS_ACTION.secondary}>
            Go to the home page
          </Link>
        </>
      }
    >
      <p className="mt-4 max-w-[55ch] text-lg text-muted">
        We can&rsquo;t reach our database right now, so this page can&rsquo;t be shown. It&rsquo;s not something you did,
        and nothing already posted is lost.
      </p>
      <p className="mt-3 max-w-[55ch] text-muted">Please try again in a minute. Pages you read here recently may still open in the meantime.</p>
    </StatusPage>
  );
}
