// A step of an upload at /admin/import (reading, importing) touches its row while it runs; one
// whose heartbeat is older than this has stopped (its app instance restarted or died).
export const STALE_AFTER_MS = 2 * 60_000;

export function isStale(heartbeatAt: Date | null, now = new Date()): boolean {
  return !heartbeatAt || now.getTime() - heartbeatAt.getTime() > STALE_AFTER_MS;
}
