import { PERIODIC_JOBS } from "@/lib/jobs/periodic-jobs";
import { claimScheduledRun, recordScheduledRunEnd } from "@/lib/jobs/schedule";
import { sendDueMail } from "@/lib/mail/send-due-mail";

/** One pass of everything that happens off the request path: due periodic jobs, then due mail. */
export async function runBackgroundWorkOnce(now = new Date()): Promise<void> {
  for (const job of PERIODIC_JOBS) {
    if (!(await claimScheduledRun(job.name, now, job.next(now), { waitForFirstPeriod: job.waitForFirstPeriod }))) continue;
    try {
      await job.run(now);
      await recordScheduledRunEnd(job.name, null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`Periodic job ${job.name} failed: ${message}`);
      await recordScheduledRunEnd(job.name, message).catch(() => undefined);
    }
  }
  await sendDueMail();
}

/** How often each instance looks for work: BACKGROUND_WORK_INTERVAL_MS, 5 s by default. */
function interval(): number {
  const ms = Number(process.env.BACKGROUND_WORK_INTERVAL_MS);
  return Number.isFinite(ms) && ms >= 200 ? ms : 5_000;
}

const globalForWork = globalThis as unknown as { marqueeBackgroundWork?: { stop: () => void } };

/**
 * Starts the loop in this process (instrumentation.ts calls it in every app instance). A pass
 * that fails (the database restarting) is logged and the next one tries again; passes never
 * overlap. Idempotent: a second call, e.g. after a dev hot reload, keeps the one loop.
 */
export function startBackgroundWork(): { stop: () => void } {
  if (globalForWork.marqueeBackgroundWork) return globalForWork.marqueeBackgroundWork;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const pass = async () => {
    try {
      await runBackgroundWorkOnce();
    } catch (error) {
      console.error(`Background work failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!stopped) timer = setTimeout(pass, interval()).unref();
  };
  timer = setTimeout(pass, 1_000).unref();
  const handle = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      delete globalForWork.marqueeBackgroundWork;
    },
  };
  globalForWork.marqueeBackgroundWork = handle;
  return handle;
}
