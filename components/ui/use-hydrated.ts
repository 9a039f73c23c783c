"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates that HTML, true from the next
 * render on: for what only works with JavaScript, and so isn't worth sending as HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
