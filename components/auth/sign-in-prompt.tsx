"use client";

import Link from "next/link";
import { usePublicPathname } from "@/components/layout/use-public-pathname";
import { useSyncExternalStore } from "react";
import { signInHref, signUpHref } from "./auth-links";

// `anchor`: where to come back to when the address has none (the discussion, under a long review).
const COPY = {
  comment: { title: "Sign in to join the discussion", text: "Comments are open to members.", link: "Sign in to comment", anchor: "#comments" },
  review: { title: "Seen it?", text: "Members rate films in half stars and say what they thought.", link: "Sign in to review", anchor: "" },
} as const;

function subscribeToHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/**
 * What signed-out visitors see where a comment or review form would be: links to sign in or
 * sign up that bring them back to this exact spot (path and #anchor) afterwards.
 */
export function SignInPrompt({ action }: { action: "comment" | "review" }) {
  const pathname = usePublicPathname();
  // The anchor only exists in the browser; the server renders the link without it.
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash, () => "");
  const copy = COPY[action];
  const here = `${pathname}${hash || copy.anchor}`;

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-line bg-sunken px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <p className="font-medium text-ink">{copy.title}</p>
        <p className="mt-0.5 text-sm text-muted">{copy.text} New here? Creating an account takes a minute.</p>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2">
        <Link
          href={signInHref(here)}
          className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-on-accent transition-colors hover:bg-accent-hover"
        >
          {copy.link}
        </Link>
        <Link
          href={signUpHref(here)}
          className="rounded-lg border border-line-strong bg-surface px-4 py-2 text-sm font-semibold text-ink transition-colors hover:bg-canvas"
        >
          Create an account
        </Link>
      </div>
    </div>
  );
}
