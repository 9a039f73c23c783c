// Runs once when a Next.js server starts (every app instance). Starts the background work that
// sends mail and runs periodic jobs; it coordinates through PostgreSQL, so any number of
// instances can run it side by side (lib/jobs/background-work.ts).
export async function register(): Promise<void> {
  // Node.js only (not the proxy's edge bundle), and not while `next build` prerenders pages.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { announceMailMode } = await import("@/lib/mail/announce-mail-mode");
  announceMailMode();
  if (process.env.BACKGROUND_WORK === "off") return;
  const { startBackgroundWork } = await import("@/lib/jobs/background-work");
  startBackgroundWork();
}
