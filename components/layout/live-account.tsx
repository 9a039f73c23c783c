"use client";

import { createContext, use, useLayoutEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";
import type { HeaderAccount } from "./account-area";

// Next.js renders the root layout, and the header in it, once per document (and again on a
// refresh), then keeps it through client-side navigations. When the document was a shared page
// (lib/page-cache/shared-routes.ts), that render was for nobody: a member who then follows a link to
// a page rendered per request (/settings, /admin) would keep a header that knows nobody. So every
// page rendered per request also says who the header is for, from a layout below the root that
// Next.js renders afresh whenever navigation leaves the shared pages (<LiveAccount>), and the
// header prefers that to what the root layout's render knew.

/** What the current live page's render said: `undefined` while no live page has said anything. */
type Reported = { account: HeaderAccount | null } | undefined;

const ReportedContext = createContext<Reported>(undefined);
const ReportContext = createContext<Dispatch<SetStateAction<Reported>>>(() => undefined);

export function LiveAccountProvider({ children }: { children: ReactNode }) {
  const [reported, setReported] = useState<Reported>(undefined);
  return (
    <ReportContext value={setReported}>
      <ReportedContext value={reported}>{children}</ReportedContext>
    </ReportContext>
  );
}

/** The account the live page being shown was rendered for; undefined when it didn't say (a shared page, a 404). */
export function useReportedLiveAccount(): Reported {
  return use(ReportedContext);
}

/**
 * Tells the header whom this live page was rendered for. A layout effect: on a client-side
 * navigation the header is right before the browser paints; on a document load the header's
 * own render (same request) already agrees.
 */
export function ReportLiveAccount({ account }: { account: HeaderAccount | null }) {
  const report = use(ReportContext);
  useLayoutEffect(() => {
    report({ account });
    return () => report(undefined);
  }, [account, report]);
  return null;
}
