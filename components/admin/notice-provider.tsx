"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { undoModerationActionAction } from "@/lib/actions/moderation/audit";

interface Notice {
  id: number;
  message: string;
  tone: "success" | "error";
  /** The audit entry to undo, when the action can be undone by this moderator. */
  undoActionId?: string;
}

interface NoticeApi {
  notify: (notice: { message: string; tone?: Notice["tone"]; action?: string; actionId?: string }) => void;
  /** Whether this moderator may undo audit entries of this action ("comment.hide"). */
  canUndo: (action: string) => boolean;
}

const NoticeContext = createContext<NoticeApi | null>(null);

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error("useNotice() needs a <NoticeProvider> above it");
  return api;
}

const AUTO_DISMISS_MS = 8_000;

/**
 * The admin pages' one notice line ("Comment hidden. Undo"), announced politely to screen
 * readers. A notice with an undo stays until dismissed, so there is time to reach the button.
 * `undoable` lists the action names this moderator may undo (from lib/moderation/undo.ts).
 */
export function NoticeProvider({ undoable, children }: { undoable: string[]; children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoing, setUndoing] = useState(false);

  const canUndo = useCallback((action: string) => undoable.includes(action), [undoable]);
  const notify = useCallback<NoticeApi["notify"]>(
    ({ message, tone = "success", action, actionId }) => {
      const undoActionId = action && actionId && undoable.includes(action) ? actionId : undefined;
      setNotice({ id: Date.now(), message, tone, undoActionId });
    },
    [undoable],
  );

  useEffect(() => {
    if (!notice || notice.undoActionId) return;
    const timer = setTimeout(() => setNotice((current) => (current?.id === notice.id ? null : current)), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  async function undo(actionId: string) {
    setUndoing(true);
    const result = await undoModerationActionAction({ actionId });
    setUndoing(false);
    setNotice({ id: Date.now(), message: result.ok ? "Undone: it's back as it was." : result.error, tone: result.ok ? "success" : "error" });
  }

  const api = useMemo(() => ({ notify, canUndo }), [notify, canUndo]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div aria-live="polite" role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {notice && (
          <div
            key={notice.id}
            className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg border px-4 py-2.5 text-sm shadow-lg ${
              notice.tone === "error" ? "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100" : "border-line-strong bg-ink text-canvas"
            }`}
          >
            <p>{notice.message}</p>
            {notice.undoActionId && (
              <button
                type="button"
                onClick={() => undo(notice.undoActionId!)}
                disabled={undoing}
                className="rounded px-2 py-1 font-semibold text-amber-300 underline-offset-4 hover:underline disabled:opacity-60 dark:text-amber-700"
              >
                {undoing ? "Undoing…" : "Undo"}
              </button>
            )}
            <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss notice" className="-mr-1 rounded px-1.5 py-0.5 opacity-80 hover:opacity-100">
              ✕
            </button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
}
