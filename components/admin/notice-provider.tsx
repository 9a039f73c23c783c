"use client";

import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { undoModerationActionAction } from "@/lib/actions/moderation/audit";
import { focusElement } from "@/components/ui/focus";
import { useNoticeClearance } from "./use-notice-clearance";

interface Notice {
  id: number;
  message: string;
  tone: "success" | "error";
  /** The audit entry to undo, when the action can be undone by this moderator. */
  undoActionId?: string;
  /** Where focus goes when the notice closes, if it was inside it. */
  returnFocus?: () => Element | null;
  /** Focus the notice itself when shown: it replaced one that had focus (after Undo). */
  keepsFocus?: boolean;
}

export interface NoticeRequest {
  message: string;
  tone?: Notice["tone"];
  /** The audit action ("comment.hide") and its entry, for an Undo button when this moderator may undo it. */
  action?: string;
  actionId?: string;
  /**
   * Where focus belongs once the notice is gone: the next row after the one just dealt with.
   * A notice with Undo, and an error, take focus themselves (so Undo is one key away and the
   * error is read out) and hand it here when dismissed; any other notice sends focus here at once.
   */
  returnFocus?: () => Element | null;
}

interface NoticeApi {
  notify: (notice: NoticeRequest) => void;
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
 * The admin pages' one notice ("Comment hidden. Undo"), announced politely to screen readers.
 * - A success without Undo fades after 8 s, but never while the pointer or focus is on it.
 * - An error, and a notice with Undo, stay until dismissed (✕ or Escape), and take focus: Undo
 *   is reachable at once, not after tabbing through the rest of the page.
 * - It never covers the focused control: the page keeps room for it at the bottom, and a control
 *   that focus moves behind it is scrolled clear (WCAG 2.4.11).
 * `undoable` lists the action names this moderator may undo (from lib/moderation/undo.ts).
 */
export function NoticeProvider({ undoable, children }: { undoable: string[]; children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [held, setHeld] = useState(false); // pointer or focus on the notice: don't let it fade
  const box = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  const clearance = useNoticeClearance(box, notice?.id ?? null);

  const canUndo = useCallback((action: string) => undoable.includes(action), [undoable]);
  const notify = useCallback<NoticeApi["notify"]>(
    ({ message, tone = "success", action, actionId, returnFocus }) => {
      const undoActionId = action && actionId && undoable.includes(action) ? actionId : undefined;
      setNotice({ id: Date.now(), message, tone, undoActionId, returnFocus });
    },
    [undoable],
  );

  // Focus follows the notice: into it when it needs attention, else to where it belongs.
  useEffect(() => {
    if (!notice) return;
    if (notice.undoActionId) focusElement(undoButton.current);
    else if (notice.tone === "error" || notice.keepsFocus) focusElement(box.current);
    else if (notice.returnFocus) focusElement(notice.returnFocus());
  }, [notice]);

  useEffect(() => {
    if (!notice || notice.undoActionId || notice.tone === "error" || held) return;
    const timer = setTimeout(() => setNotice((current) => (current?.id === notice.id ? null : current)), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [notice, held]);

  function dismiss() {
    const hadFocus = box.current?.contains(document.activeElement);
    const target = notice?.returnFocus?.();
    setNotice(null);
    setHeld(false);
    if (hadFocus) requestAnimationFrame(() => focusElement(target ?? document.querySelector("main h1")));
  }

  async function undo(actionId: string) {
    setUndoing(true);
    const result = await undoModerationActionAction({ actionId });
    setUndoing(false);
    // The Undo button goes: focus stays in the notice, which now says what happened.
    setNotice((current) => ({
      id: Date.now(),
      message: result.ok ? "Undone: it's back as it was." : result.error,
      tone: result.ok ? "success" : "error",
      returnFocus: current?.returnFocus,
      keepsFocus: true,
    }));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      dismiss();
    }
  }

  const api = useMemo(() => ({ notify, canUndo }), [notify, canUndo]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      {/* Room at the bottom of the page, so the last row can scroll clear of the notice. */}
      {notice && <div aria-hidden="true" style={{ height: clearance }} />}
      <div aria-live="polite" role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {notice && (
          <div
            key={notice.id}
            ref={box}
            tabIndex={-1}
            role="group"
            aria-labelledby={messageId}
            onKeyDown={onKeyDown}
            onPointerEnter={() => setHeld(true)}
            onPointerLeave={() => setHeld(false)}
            onFocus={() => setHeld(true)}
            onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setHeld(false)}
            className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg border px-4 py-2.5 text-sm shadow-lg ${
              notice.tone === "error" ? "border-red-300 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100" : "border-line-strong bg-ink text-canvas"
            }`}
          >
            <p id={messageId}>{notice.message}</p>
            {notice.undoActionId && (
              <button
                ref={undoButton}
                type="button"
                onClick={() => !undoing && undo(notice.undoActionId!)}
                aria-disabled={undoing || undefined}
                aria-describedby={messageId}
                className="min-h-8 rounded px-2 py-1 font-semibold text-amber-300 underline-offset-4 hover:underline aria-disabled:opacity-60 dark:text-amber-700"
              >
                {undoing ? "Undoing…" : "Undo"}
              </button>
            )}
            <button type="button" onClick={dismiss} aria-label="Dismiss notice" className="-mr-1 grid size-8 shrink-0 place-items-center rounded opacity-80 hover:opacity-100">
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
}
