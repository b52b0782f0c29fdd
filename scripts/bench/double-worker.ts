/** Runs measureDouble for the bench in a worker thread, so a runaway step can be stopped (see double.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { measureDouble, type DoubleJob, type DoubleMessage } from "./double";

const job = workerData as DoubleJob;
const post = (message: DoubleMessage) => parentPort!.postMessage(message);
measureDouble(job.snapshot, job.plan, job.settings, job.report, job.asOf, (action, cost) => post({ kind: "step", action, cost })).then(
  (result) => post({ kind: "done", result }),
  (error: unknown) => post({ kind: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
