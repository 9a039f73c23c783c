/**
 * Moves focus to `element`, first making it focusable from script if it isn't (a heading, a
 * region, a table row), so focus can be sent to the place that makes sense rather than only
 * to controls. Returns whether focus is there now. Doesn't scroll unless asked.
 */
export function focusElement(element: Element | null | undefined, options: FocusOptions = { preventScroll: true }): boolean {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if (!element.hasAttribute("tabindex") && element.tabIndex < 0) element.setAttribute("tabindex", "-1");
  element.focus(options);
  return document.activeElement === element;
}

/** The page's own heading (its h1 inside <main>), where focus goes when a page replaces another. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
}
