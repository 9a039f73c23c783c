// Runs one exported function of a TypeScript module for tests/helpers/deadline.ts, in a worker
// thread that the test can end however long the call would take.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const loaded = await tsImport(workerData.modulePath, import.meta.url);
parentPort.postMessage(loaded[workerData.exportName](...workerData.args));
