"use client";

import { useFormStatus } from "react-dom";
import { signOutAction } from "@/lib/actions/auth";

function SubmitButton({ className }: { className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-busy={pending || undefined} className={className}>
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

/** Signs out and lands on the home page (the action redirects). */
export function SignOutButton({ className }: { className: string }) {
  return (
    <form
      action={async () => {
        await signOutAction({});
      }}
    >
      <SubmitButton className={className} />
    </form>
  );
}
