"use client";

import { useState } from "react";
import { undoModerationActionAction } from "@/lib/actions/moderation/audit";
import { Button } from "@/components/forms/button";
import { useNotice } from "../notice-provider";

/** Undoes one audit entry; the log (and the item) refresh as the action revalidates them. */
export function UndoButton({ actionId, label }: { actionId: string; label: string }) {
  const { notify } = useNotice();
  const [pending, setPending] = useState(false);
  async function undo() {
    setPending(true);
    const result = await undoModerationActionAction({ actionId });
    setPending(false);
    notify(result.ok ? { message: "Undone: it's back as it was." } : { message: result.error, tone: "error" });
  }
  return (
    <Button size="sm" variant="secondary" pending={pending} pendingLabel="Undoing…" onClick={undo}>
      Undo<span className="sr-only"> {label}</span>
    </Button>
  );
}
