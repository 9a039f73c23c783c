"use client";

import { useRouter } from "next/navigation";
import { usePageRefresh } from "@/lib/page-cache/viewer-layer-provider";
import { createContext, use, useCallback, useEffect, useMemo, useState, useTransition, type ReactNode } from "react";

interface Reveal {
  commentId: string;
  /** Where the comment can be seen when this page doesn't show it (another page, past the depth cap). */
  fallbackHref: string | null;
}

interface DiscussionState {
  /** The one reply or edit form open in the thread ("reply:<id>", "edit:<id>"), or null. */
  openForm: string | null;
  setOpenForm: (key: string | null) => void;
  /** Re-renders the server thread, then scrolls to, highlights and focuses `#c-<id>`. */
  refreshAndReveal: (commentId: string | null, fallbackHref?: string | null) => void;
  refreshing: boolean;
}

const DiscussionContext = createContext<DiscussionState | null>(null);

export function useDiscussion(): DiscussionState {
  const state = use(DiscussionContext);
  if (!state) throw new Error("useDiscussion must be used inside <DiscussionProvider>");
  return state;
}

function reveal(commentId: string): boolean {
  const element = document.getElementById(`c-${commentId}`);
  if (!element) return false;
  // Setting the hash (not replaceState) moves :target, which is what highlights a comment.
  if (window.location.hash !== `#c-${commentId}`) window.location.hash = `c-${commentId}`;
  else element.scrollIntoView({ block: "start" });
  element.focus({ preventScroll: true });
  return true;
}

/**
 * The comment to go to once the refreshed thread is on screen. Kept outside the component:
 * the refresh can bring a different page (a member whose new comment is held gets the live
 * page instead of the one members share: lib/page-cache/page-audience.ts), which mounts a new
 * DiscussionProvider that must finish the job.
 */
const pendingReveal: { current: Reveal | null } = { current: null };

/**
 * Client state shared by a whole discussion: which form is open (one at a time), and the
 * refresh that follows every change — the thread is re-rendered on the server, never
 * reloaded, and the reader lands on the comment they just wrote.
 */
export function DiscussionProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const refreshPage = usePageRefresh();
  const [openForm, setOpenForm] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  const refreshAndReveal = useCallback(
    (commentId: string | null, fallbackHref: string | null = null) => {
      pendingReveal.current = commentId ? { commentId, fallbackHref } : null;
      startRefresh(refreshPage);
    },
    [refreshPage],
  );

  // Once the refreshed thread is on screen, go to the comment (or to the page that shows it).
  // Also on mount, for a refresh that brought a new page.
  useEffect(() => {
    const target = pendingReveal.current;
    if (refreshing || !target) return;
    pendingReveal.current = null;
    if (!reveal(target.commentId) && target.fallbackHref) router.push(target.fallbackHref);
  }, [refreshing, router]);

  const value = useMemo(() => ({ openForm, setOpenForm, refreshAndReveal, refreshing }), [openForm, refreshAndReveal, refreshing]);
  return <DiscussionContext value={value}>{children}</DiscussionContext>;
}
