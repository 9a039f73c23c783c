"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";

interface Vote {
  count: number;
  voted: boolean;
}

/**
 * A vote toggle's state: the count and whether the reader voted, moved at once on a press and
 * kept until the page says the same. The page can learn the two from separate places (the
 * count from the refreshed page, the reader's vote from the viewer layer), in either order;
 * showing each as it arrives would make the button flicker back for a moment.
 */
export function useVoteToggle(props: Vote, send: () => Promise<ActionResult<boolean>>, afterChange: () => void) {
  const [pressed, setPressed] = useState<(Vote & { countBefore: number }) | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The page caught up: its count moved on and it knows the vote.
  if (pressed && props.voted === pressed.voted && props.count !== pressed.countBefore) setPressed(null);
  const shown = pressed ?? props;

  /** Ignored while a vote is on its way (the button stays focusable meanwhile, marked aria-disabled). */
  async function toggle() {
    if (pending) return;
    setPending(true);
    setError(null);
    const result = await send();
    setPending(false);
    if (!result.ok) return setError(result.error);
    const voted = result.data;
    if (voted !== shown.voted) setPressed({ voted, count: shown.count + (voted ? 1 : -1), countBefore: props.count });
    afterChange();
  }

  return { shown, pending, error, toggle };
}
