"use client";

import Link from "next/link";
import { useEffect } from "react";
import { STATUS_ACTION, StatusPage } from "@/components/layout/status-page";

/** Unexpected failures (a bug, mostly: the database being down is answered 503 by the proxy). Says so plainly and offers a retry. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      eyebrow="Something went wrong"
      title="The projector jammed."
      actions={
        <>
          <button type="button" onClick={() => retry()} className={STATUS_ACTION.primary}>
            Try again
          </button>
          <Link href="/" className={STATUS_ACTION.secondary}>
            Go to the home page
          </Link>
        </>
      }
    >
      <p className="mt-4 max-w-[55ch] text-lg text-muted">
        This page failed to load. It&rsquo;s not something you did; trying again usually helps.
      </p>
      {digest && <p className="mt-2 text-sm text-muted">Reference: {digest}</p>}
    </StatusPage>
  );
}
