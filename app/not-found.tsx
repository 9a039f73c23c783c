import type { Metadata } from "next";
import Link from "next/link";
import { STATUS_ACTION, StatusPage } from "@/components/layout/status-page";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is nothing at this address.",
};

/** Unknown URLs, films and reviews (including malformed ids) all land here, with a 404. */
export default function NotFound() {
  return (
    <StatusPage
      eyebrow="404"
      title="This reel is missing."
      actions={
        <>
          <Link href="/" className={STATUS_ACTION.primary}>
            Go to the home page
          </Link>
          <Link href="/films" className={STATUS_ACTION.secondary}>
            Browse films
          </Link>
        </>
      }
    >
      <p className="mt-4 max-w-[55ch] text-lg text-muted">
        We couldn&rsquo;t find that page. The link may be mistyped, or the review may have been removed.
      </p>
    </StatusPage>
  );
}
