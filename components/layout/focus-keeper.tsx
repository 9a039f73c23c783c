"use client";

import { useEffect } from "react";
import { focusElement, pageHeading } from "@/components/ui/focus";

/** Where focus goes instead of a removed element: the nearest of these still on the page. */
const LANDING = "li[id], tr[id], article, section, form, [role=region], [role=dialog], dialog, main";

/** On the page and rendered (not inside something hidden). */
const shown = (element: Element) => element.isConnected && element.getClientRects().length > 0;

/** A page's landing spot after client-side navigation: the #fragment's target, else its heading. */
function pageLanding(): Element | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return (hash && document.getElementById(hash)) || pageHeading();
}

/**
 * Focus never drops to <body> (WCAG 2.4.3). When the focused element leaves the page (the
 * button that navigated, a row that was dealt with, a form that closed), or is disabled or
 * hidden under it, and nothing else took focus, this puts it somewhere meaningful:
 * - after moving to another page (signing in, posting a review), on the new page's heading,
 *   or on the part of it the address points at (#comments);
 * - otherwise on the nearest surviving part of the page around where it was.
 * Components that know better move focus themselves first; this is the net underneath them.
 * A mouse user's click on empty space also leaves focus on <body>, but on an element that is
 * still there, and that is left alone.
 */
export function FocusKeeper() {
  useEffect(() => {
    let last: { element: Element; ancestors: Element[]; href: string } | null = null;
    let scheduled = false;

    const onFocusIn = (event: FocusEvent) => {
      const element = event.target;
      if (!(element instanceof Element)) return;
      const ancestors: Element[] = [];
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) ancestors.push(parent);
      last = { element, ancestors, href: window.location.href };
    };

    const rescue = () => {
      scheduled = false;
      const active = document.activeElement;
      if (!last || (active && active !== document.body)) return;
      const { element, ancestors, href } = last;
      if (shown(element) && !element.matches(":disabled")) return; // still there: a click elsewhere
      const navigated = window.location.href.split("#")[0] !== href.split("#")[0];
      const survivor = navigated ? null : ancestors.find((ancestor) => shown(ancestor) && ancestor.matches(LANDING));
      focusElement(survivor && survivor.tagName !== "MAIN" ? survivor : pageLanding());
    };

    // Removals and disabling are DOM mutations; check once they settle, after any component's
    // own focus move (those run in the same frame, before this).
    const observer = new MutationObserver(() => {
      if (scheduled || !last) return;
      scheduled = true;
      requestAnimationFrame(() => requestAnimationFrame(rescue));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "hidden"] });
    document.addEventListener("focusin", onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn);
    };
  }, []);
  return null;
}
