import { currentHeaderAccount } from "./header-account";
import { ReportLiveAccount } from "./live-account";

/**
 * Placed in the layout of every group of pages rendered per request ((site), (auth), admin):
 * the header then shows the member this page was rendered for, even when the root layout was
 * last rendered for a shared page (components/layout/live-account.tsx).
 */
export async function LiveAccount() {
  return <ReportLiveAccount account={await currentHeaderAccount()} />;
}
