import { isMainThread, workerData } from 'node:worker_threads';

/** Marks a worker thread that mode audit started to audit a share of the files. */
export const AUDIT_WORKER = 'lambda-h200-sync/audit-worker';

/** True in a worker thread mode audit started. */
export const isAuditWorker = (): boolean =>
  !isMainThread && (workerData as { role?: string } | undefined)?.role === AUDIT_WORKER;
