"use client";

import { useFormStatus } from "react-dom";
import { signOutAction } from "@/lib/actions/auth";

function SubmitButton({ className }: { className: string }) {
  const { pending } = useFormStatus();
  return (
    // aria-disabled, not disabled: focus stays on the button until the home page takes it.
    <button type="submit" aria-disabled={pending || undefined} aria-busy={pending || undefined} onClick={(event) => pending && event.preventDefault()} className={className}>
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
