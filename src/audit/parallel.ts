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
  ctx: AuditContext;
}

// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;

/**
 * Audits the files, in contiguous shares across worker threads when there are enough of them:
 * parsing YAML is most of the time and each file stands alone. Findings come back in file order.
 */
export async function auditInParallel(paths: readonly string[], ctx: AuditContext): Promise<Finding[]> {
  const threads = Math.min(availableParallelism(), MAX_THREADS, Math.floor(paths.length / MIN_FILES_PER_THREAD));
  if (threads < 2) return auditPaths(paths, ctx);
  const size = Math.ceil(paths.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
  const [own, ...others] = shares;
  const pending = others.map((share) => inWorker({ role: AUDIT_WORKER, paths: share, ctx }));
  const mine = await auditPaths(own, ctx);
  return [...mine, ...(await Promise.all(pending)).flat()];
}

export async function auditPaths(paths: readonly string[], ctx: AuditContext): Promise<Finding[]> {
  const parsers = await loadAuditParsers();
  return await auditFiles(
    paths.map((path) => readWorkflowFile(path)),
    ctx,
    parsers,
  );
}

/** The worker's side: audit the share it was given and send the findings back. */
export async function serveAuditShare(share: AuditShare): Promise<void> {
  parentPort!.postMessage(await auditPaths(share.paths, share.ctx));
}

function inWorker(share: AuditShare): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(share);
    worker.once('message', (findings: Finding[]) => resolve(findings));
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
