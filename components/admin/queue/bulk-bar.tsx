"use client";

import { useState } from "react";
import { bulkModerateAction } from "@/lib/actions/moderation/content";
import { pluralize } from "@/lib/format/counts";
import { Button } from "@/components/forms/button";
import { pageHeading } from "@/components/ui/focus";
import { ReasonDialog } from "../reason-dialog";
import { useNotice } from "../notice-provider";
import { useSelection } from "./selection";

type Decision = "approve" | "restore" | "hide" | "delete" | "dismiss";
const PAST: Record<Decision, string> = { approve: "Approved", restore: "Restored", hide: "Hid", delete: "Deleted", dismiss: "Dismissed the reports on" };

/**
 * Acts on every ticked row at once. Each item is decided on its own (one that can't be,
 * say a published item asked to approve, is reported back without stopping the others).
 */
export function BulkBar() {
  const { selected, clear } = useSelection();
  const { notify } = useNotice();
  const [busy, setBusy] = useState<Decision | null>(null);
  const [asking, setAsking] = useState<"hide" | "delete" | null>(null);
  const count = selected.length;
  const items = pluralize(count, "item");

  async function run(decision: Decision, reason?: string) {
    setBusy(decision);
    const result = await bulkModerateAction({ decision, items: selected, reason });
    setBusy(null);
    if (!result.ok) return result;
    const { done, failures } = result.data;
    const failed = failures.length ? ` ${pluralize(failures.length, "item")} couldn't be: ${failures[0]}${failures.length > 1 ? " …" : ""}` : "";
    // The ticked rows leave and the bar's buttons turn off: focus goes to the first row still
    // there (the notice, when it is an error), never down to the page.
    const ticked = new Set(selected.map((item) => `item-${item.id}`));
    const firstLeft = [...document.querySelectorAll<HTMLTableRowElement>("tr[id^='item-']")].find((row) => !ticked.has(row.id))?.id;
    const returnFocus = () => (firstLeft && document.getElementById(firstLeft)) || pageHeading();
    notify({ message: `${PAST[decision]} ${pluralize(done, "item")}.${failed}`, tone: failures.length && !done ? "error" : "success", returnFocus });
    clear();
    return result;
  }

  async function quick(decision: Decision) {
    const result = await run(decision);
    if (!result.ok) notify({ message: result.error, tone: "error", returnFocus: () => document.querySelector("[aria-label='Bulk actions']") });
  }

  const button = (decision: Decision, text: string) => (
    <Button size="sm" variant="secondary" disabled={count === 0 || (busy !== null && busy !== decision)} pending={busy === decision} onClick={() => quick(decision)}>
      {text}
    </Button>
  );

  return (
    <div role="group" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-sunken px-3 py-2 text-sm">
      <p className="mr-1 min-w-24 font-medium text-ink" aria-live="polite">
        {count ? `${items} selected` : "Select items to act on several at once"}
      </p>
      {button("approve", "Approve")}
      {button("restore", "Restore")}
      <Button size="sm" variant="secondary" aria-haspopup="dialog" disabled={count === 0 || busy !== null} onClick={() => setAsking("hide")}>
        Hide…
      </Button>
      <Button size="sm" variant="secondary" aria-haspopup="dialog" disabled={count === 0 || busy !== null} onClick={() => setAsking("delete")}>
        Delete…
      </Button>
      {button("dismiss", "Dismiss reports")}
      {count > 0 && (
        <Button size="sm" variant="quiet" onClick={clear} disabled={busy !== null}>
          Clear selection
        </Button>
      )}
      {asking && (
        <ReasonDialog
          title={`${asking === "hide" ? "Hide" : "Delete"} ${items}?`}
          confirmLabel={`${asking === "hide" ? "Hide" : "Delete"} ${items}`}
          pendingLabel={asking === "hide" ? "Hiding…" : "Deleting…"}
          danger={asking === "delete"}
          onClose={() => setAsking(null)}
          onConfirm={(reason) => run(asking, reason)}
          onDone={() => setAsking(null)}
        >
          <p>
            Every selected item gets the same reason, which its author will see.
            {asking === "delete" ? " Deleted items disappear for everyone until a moderator restores them." : " Readers stop seeing them at once."}
          </p>
        </ReasonDialog>
      )}
    </div>
  );
}
