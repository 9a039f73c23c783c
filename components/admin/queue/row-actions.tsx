"use client";

import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { dismissReportsAction, moderateContentAction } from "@/lib/actions/moderation/content";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/forms/button";
import { pageHeading } from "@/components/ui/focus";
import { ReasonDialog } from "../reason-dialog";
import { useNotice } from "../notice-provider";
import type { ItemRef } from "./selection";

type Quick = "approve" | "restore" | "dismiss";
type WithReason = "hide" | "delete";

const DONE: Record<Quick | WithReason, string> = {
  approve: "approved",
  restore: "restored",
  hide: "hidden",
  delete: "deleted",
  dismiss: "cleared: its reports were dismissed",
};

/**
 * One queue row's decisions. Only the ones that apply to the item's state are offered (the
 * server refuses the rest anyway). Hide and Delete ask for a reason in a confirmation dialog;
 * a decision that can be undone says so in the notice, with an Undo button.
 *
 * A decided row leaves the queue, so focus moves on: to the notice's Undo when there is one,
 * else to the next row (the one after, or before at the end; the page heading once the queue
 * is empty). A refusal focuses the error notice, and dismissing it comes back to this row.
 */
export function RowActions({ item, state, openReports, label }: { item: ItemRef; state: ContentState; openReports: number; label: string }) {
  const { notify } = useNotice();
  const [busy, setBusy] = useState<Quick | null>(null);
  const [asking, setAsking] = useState<WithReason | null>(null);
  const noun = item.kind === "REVIEW" ? "Review" : "Comment";
  const actions = useRef<HTMLDivElement>(null);

  /** The row to go to once this one is dealt with, found again after the queue refreshes. */
  function nextRow(): () => Element | null {
    const row = actions.current?.closest("tr");
    const nextId = (row?.nextElementSibling ?? row?.previousElementSibling)?.id;
    return () => (nextId && document.getElementById(nextId)) || pageHeading();
  }

  function report(decision: Quick | WithReason, result: ActionResult<{ actionId: string } | { dismissed: number }>) {
    if (!result.ok) {
      const row = actions.current?.closest("tr");
      return notify({ message: result.error, tone: "error", returnFocus: () => (row?.isConnected ? row : pageHeading()) });
    }
    const actionId = "actionId" in result.data ? result.data.actionId : undefined;
    notify({ message: `${noun} ${DONE[decision]}.`, action: `${item.kind.toLowerCase()}.${decision}`, actionId, returnFocus: nextRow() });
  }

  async function quick(decision: Quick) {
    setBusy(decision);
    const result = decision === "dismiss" ? await dismissReportsAction(item) : await moderateContentAction({ decision, ...item });
    setBusy(null);
    report(decision, result);
  }

  const quickButton = (decision: Quick, text: string) => (
    <Button size="sm" variant="secondary" pending={busy === decision} disabled={busy !== null && busy !== decision} onClick={() => quick(decision)}>
      {text}
      <span className="sr-only"> {label}</span>
    </Button>
  );

  return (
    <div ref={actions} className="flex flex-wrap gap-1.5 md:flex-col md:items-stretch [&>button]:whitespace-nowrap">
      {state === "PENDING" && quickButton("approve", "Approve")}
      {(state === "HIDDEN" || state === "DELETED") && quickButton("restore", "Restore")}
      {(state === "PUBLISHED" || state === "PENDING") && (
        <Button size="sm" variant="secondary" aria-haspopup="dialog" disabled={busy !== null} onClick={() => setAsking("hide")}>
          Hide…<span className="sr-only"> {label}</span>
        </Button>
      )}
      {state !== "DELETED" && (
        <Button size="sm" variant="quiet" aria-haspopup="dialog" disabled={busy !== null} onClick={() => setAsking("delete")} className="text-red-700 hover:text-red-800 dark:text-red-400 dark:hover:text-red-300">
          Delete…<span className="sr-only"> {label}</span>
        </Button>
      )}
      {openReports > 0 && quickButton("dismiss", "Dismiss reports")}
      {asking && (
        <ReasonDialog
          title={asking === "hide" ? `Hide this ${noun.toLowerCase()}?` : `Delete this ${noun.toLowerCase()}?`}
          confirmLabel={asking === "hide" ? `Hide ${noun.toLowerCase()}` : `Delete ${noun.toLowerCase()}`}
          pendingLabel={asking === "hide" ? "Hiding…" : "Deleting…"}
          danger={asking === "delete"}
          onClose={() => setAsking(null)}
          onConfirm={(reason) => moderateContentAction({ decision: asking, ...item, reason })}
          onDone={(data) => {
            setAsking(null);
            report(asking, { ok: true, data });
          }}
        >
          {asking === "hide" ? (
            <p>Readers stop seeing it at once. Its author sees your reason and can appeal. You can undo this from the notice or the audit log.</p>
          ) : (
            <p>
              It disappears for everyone, its author included (a comment with replies stays as &ldquo;[deleted]&rdquo;). A moderator can restore it later
              from the queue.
            </p>
          )}
        </ReasonDialog>
      )}
    </div>
  );
}
