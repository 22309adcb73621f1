import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { Finding } from '../findings.js';
import { auditFiles, loadAuditParsers } from './audit.js';
import { readWorkflowFile } from './read-workflow.js';
import type { AuditContext } from './rules.js';
import { AUDIT_WORKER } from './worker-role.js';

/**
 * The module a worker thread starts from. From source (jest, @github/local-action) that is
 * worker.ts beside this file; in the bundle this module is a chunk beside index.js, which starts
 * worker.ts's code when it finds itself in an audit worker (src/index.ts).
 */
const here = import.meta.url;
// The path, not the URL: tsx (under @github/local-action) adds a query to the module URLs it loads.
const WORKER_ENTRY = new URL(new URL(here).pathname.endsWith('.ts') ? './worker.ts' : './index.js', here);

export interface AuditShare {
  role: typeof AUDIT_WORKER;
  paths: string[];
  /** The index of the next file to audit, shared by every thread (an Int32Array's buffer). */
  next: SharedArrayBuffer;
  ctx: AuditContext;
}

/** The findings of the files one thread audited, by the file's index in the paths. */
type AuditedFiles = [index: number, findings: Finding[]][];

// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;

/**
 * Audits the files across worker threads when there are enough of them: each file stands alone,
 * and each thread takes the next file from one shared counter until none is left, so a thread
 * that started late (a worker loads the bundle first) or met large files takes fewer.
 * Findings come back in file order.
 */
export async function auditInParallel(paths: readonly string[], ctx: AuditContext): Promise<Finding[]> {
  const threads = Math.min(availableParallelism(), MAX_THREADS, Math.floor(paths.length / MIN_FILES_PER_THREAD));
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const share: AuditShare = { role: AUDIT_WORKER, paths: [...paths], next, ctx };
  const others = Promise.all(Array.from({ length: Math.max(threads - 1, 0) }, () => inWorker(share)));
  // A worker that fails while this thread still audits is reported below, not as an unhandled rejection.
  others.catch(() => undefined);
  const byFile: Finding[][] = [];
  for (const [index, findings] of [await auditShare(share), ...(await others)].flat()) byFile[index] = findings;
  return byFile.flat();
}

/** Audits files from the shared counter until every file is taken. */
async function auditShare({ paths, next, ctx }: AuditShare): Promise<AuditedFiles> {
  const parsers = await loadAuditParsers();
  const counter = new Int32Array(next);
  const audited: AuditedFiles = [];
  for (let index = Atomics.add(counter, 0, 1); index < paths.length; index = Atomics.add(counter, 0, 1))
    audited.push([index, await auditFiles([readWorkflowFile(paths[index])], ctx, parsers)]);
  return audited;
}

/** The worker's side: audit files from the shared counter and send their findings back. */
export async function serveAuditShare(share: AuditShare): Promise<void> {
  parentPort!.postMessage(await auditShare(share));
}

function inWorker(share: AuditShare): Promise<AuditedFiles> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(share);
    worker.once('message', (audited: AuditedFiles) => resolve(audited));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`an audit worker thread stopped with exit code ${code}`));
    });
  });
}

/**
 * From source under tsx (`tsx src/main.ts`, as @github/local-action runs it) a worker thread does not
 * get tsx's loader from the `--import` it inherits, so worker.ts would not load: start it through
 * tsx's own tsImport, found beside that loader.
 */
function startWorker(share: AuditShare): Worker {
  const tsxLoader = process.execArgv.find((arg) => /[\\/]tsx[\\/]dist[\\/]loader\.mjs$/.test(arg));
  if (!WORKER_ENTRY.pathname.endsWith('.ts') || !tsxLoader) return new Worker(WORKER_ENTRY, { workerData: share });
  const api = JSON.stringify(tsxLoader.replace(/loader\.mjs$/, 'esm/api/index.mjs'));
  const entry = JSON.stringify(WORKER_ENTRY.href);
  return new Worker(`import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`, {
    eval: true,
    workerData: share,
  });
}
