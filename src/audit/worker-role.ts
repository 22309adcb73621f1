/** Marks a worker thread that mode audit started to audit a share of the files (see run() in main.ts). */
export const AUDIT_WORKER = 'lambda-h200-sync/audit-worker';
