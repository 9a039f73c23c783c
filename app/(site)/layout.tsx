import type { ReactNode } from "react";
import { LiveAccount } from "@/components/layout/live-account-report";

/** The public and member pages rendered per request; the header learns whom for from here. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <LiveAccount />
      {children}
    </>
  );
}
