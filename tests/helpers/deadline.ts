// For code whose fault is running for minutes (a regular expression that retries from every
// position of a long text): the call runs in a worker thread, which is ended after a deadline,
// so a regression fails the test instead of blocking it forever (a synchronous call can't be
// interrupted any other way). The deadline is a generous bound on "finishes at all", not a speed
// target: the inputs are sized so that quadratic code would need hundreds of times longer.
import path from "node:path";
import { Worker } from "node:worker_threads";

export class DeadlineExceeded extends Error {}

/** `exportName(...args)` from the module at `modulePath` (relative to the repository), or DeadlineExceeded. */
export function callWithDeadline<T>(modulePath: string, exportName: string, args: unknown[], deadlineMs: number): Promise<T> {
  const worker = new Worker(new URL("./deadline-worker.mjs", import.meta.url), {
    workerData: { modulePath: path.resolve(import.meta.dirname, "../..", modulePath), exportName, args },
  });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new DeadlineExceeded(`${exportName} was still running after ${deadlineMs} ms`));
      void worker.terminate();
    }, deadlineMs);
    worker.once("message", (result: T) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
