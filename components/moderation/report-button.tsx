"use client";

import { useState } from "react";
import { usePageRefresh } from "@/lib/page-cache/viewer-layer-provider";
import { ReportDialog } from "./report-dialog";

const QUIET_BUTTON =
  "inline-flex min-h-7 items-center rounded-md px-1.5 text-sm text-muted transition-colors hover:bg-sunken hover:text-ink aria-disabled:cursor-default aria-disabled:hover:bg-transparent aria-disabled:hover:text-muted";

/**
 * A quiet "Report" button for a review or a comment. It opens a dialog asking why; once the
 * report is filed the button says so, and stays that way (one report per person per item).
 * Closing the dialog after a report refreshes the page: enough reports hide the item at once.
 * `styledByParent`: inside a comment thread, whose stylesheet styles every footer button
 * (app/globals.css, .thread), so hundreds of comments don't each repeat the class list.
 */
export function ReportButton({ kind, id, styledByParent = false }: { kind: "REVIEW" | "COMMENT"; id: string; styledByParent?: boolean }) {
  const [open, setOpen] = useState(false);
  const [reported, setReported] = useState(false);
  const refreshPage = usePageRefresh();
  const noun = kind === "REVIEW" ? "review" : "comment";

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        // Not `disabled`: the dialog gives focus back to this button when it closes, and a
        // disabled button would drop it to the page.
        aria-disabled={reported || undefined}
        onClick={() => !reported && setOpen(true)}
        className={styledByParent ? undefined : QUIET_BUTTON}
      >
        {reported ? "Reported" : "Report"}
        <span className="sr-only"> this {noun}</span>
      </button>
      {open && (
        <ReportDialog
          kind={kind}
          id={id}
          onClose={() => {
            setOpen(false);
            if (reported) refreshPage();
          }}
          onReported={() => setReported(true)}
        />
      )}
    </>
  );
}
