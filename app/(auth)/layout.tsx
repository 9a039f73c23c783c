import type { ReactNode } from "react";
import { LiveAccount } from "@/components/layout/live-account-report";

/** Sign-in and sign-up: one calm, centred card under the usual header, nothing else to distract. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex justify-center px-4 pt-10 pb-4 sm:px-8 sm:pt-16">
      <LiveAccount />
      <div className="w-full max-w-md">{children}</div>
    </div>
  );
}
