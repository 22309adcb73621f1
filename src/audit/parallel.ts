import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, parentPort, Worker } from 'node:worker_threads';
import type { Finding } from '../findings.js';
import { auditFiles, auditRules, loadAuditParsers, withSchemaErrors } from './audit.js';
import { readWorkflowFile } from './read-workflow.js';
import type { AuditContext } from './rules.js';
import { SchemaChecks } from './schema-checks.js';
import { AUDIT_WORKER } from './worker-role.js';

/**
 * The module a worker thread starts from. From source (jest, @github/local-action) that is
 * worker.ts beside this file; in the bundle this module is a chunk beside index.js, which starts
 * worker.ts's code when it finds itself in an audit worker (src/index.ts).
 */
const here = import.meta.url;
// The path, not the URL: tsx (under @github/local-action) adds a query to the module URLs it loads.
const WORKER_ENTRY = new URL(new URL(here).pathname.endsWith('.ts') ? './worker.ts' : './index.js', here);

/** What a rules thread is given: the files, the shared counter, and the port to its schema thread. */
export interface RulesShare {
  role: typeof AUDIT_WORKER;
  task: 'rules';
  paths: string[];
  /** The index of the next file to audit, shared by every rules thread (an Int32Array's buffer). */
  next: SharedArrayBuffer;
  ctx: AuditContext;
  schema: MessagePort;
}

/** What a schema thread is given: one port per rules thread whose documents it checks. */
export interface SchemaShare {
  role: typeof AUDIT_WORKER;
  task: 'schema';
  ports: MessagePort[];
}

export type AuditShare = RulesShare | SchemaShare;

/** What a rules thread works with; this thread has a schema port only when there are schema threads. */
type RulesWork = Omit<RulesShare, 'schema'> & { schema?: MessagePort };

/** The findings of the files one rules thread audited, by the file's index in the paths. */
type AuditedFiles = [index: number, findings: Finding[]][];

// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;

/**
 * How many threads audit, and at what: `rules` threads (this one and workers) parse the YAML and
 * run our rules, `schema` threads run GitHub's schema check on the documents the rules threads send
 * them. Split by library rather than by file, each V8 isolate optimizes only its own half of the
 * code: split by file, both compiled all of it, and on 2 cores the compiler took the time the
 * second thread saved (README, design notes).
 */
export function threadPlan(cores: number, files: number): { rules: number; schema: number } {
  const threads = Math.min(cores, MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD));
  const schema = Math.floor(Math.max(threads, 1) / 2);
  return { rules: Math.max(threads, 1) - schema, schema };
}

/**
 * Audits the files, across worker threads when there are enough of them (threadPlan). Rules
 * threads take the next file from one shared counter until none is left, so one that started
 * late (a worker loads the bundle first) takes fewer; each sends the documents it parsed to its
 * schema thread, and merges the errors that come back. Findings come back in file order.
 */
export async function auditInParallel(paths: readonly string[], ctx: AuditContext): Promise<Finding[]> {
  const plan = threadPlan(availableParallelism(), paths.length);
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  // One channel per rules thread, to the schema thread that checks its documents.
  const channels = plan.schema ? Array.from({ length: plan.rules }, () => new MessageChannel()) : [];
  const schemaThreads = Array.from({ length: plan.schema }, (_, s) => {
    const ports = channels.filter((_, r) => r % plan.schema === s).map((channel) => channel.port2);
    return startWorker({ role: AUDIT_WORKER, task: 'schema', ports } satisfies SchemaShare, ports);
  });
  const share: RulesWork = { role: AUDIT_WORKER, task: 'rules', paths: [...paths], next, ctx };
  const rulesThreads = channels
    .slice(1)
    .map(({ port1 }) => startWorker({ ...share, schema: port1 } satisfies RulesShare, [port1]));
  try {
    // A worker that fails ends the audit with its error, even while this thread waits for the others.
    const failed = Promise.race([...schemaThreads, ...rulesThreads].map(failure));
    const audited = Promise.all([
      auditShare({ ...share, schema: channels[0]?.port1 }),
      ...rulesThreads.map((worker) => new Promise<AuditedFiles>((resolve) => worker.once('message', resolve))),
    ]);
    const byFile: Finding[][] = [];
    for (const [index, findings] of (await Promise.race([audited, failed])).flat()) byFile[index] = findings;
    return byFile.flat();
  } finally {
    // Schema threads wait for documents until told to stop; a rules thread is still running only when the audit failed.
    await Promise.all([...schemaThreads, ...rulesThreads].map((worker) => worker.terminate()));
  }
}

/** Audits files from the shared counter until every file is taken; with a schema thread, the schema check runs there. */
async function auditShare({ paths, next, ctx, schema }: RulesWork): Promise<AuditedFiles> {
  const parsers = await loadAuditParsers();
  const counter = new Int32Array(next);
  const checks = schema && new SchemaChecks(schema);
  const audited: AuditedFiles = [];
  for (let index = Atomics.add(counter, 0, 1); index < paths.length; index = Atomics.add(counter, 0, 1)) {
    const file = readWorkflowFile(paths[index]);
    if (!checks) {
      audited.push([index, await auditFiles([file], ctx, parsers)]);
      continue;
    }
    const { findings, document } = auditRules(file, ctx, parsers);
    audited.push([index, findings]);
    if (document) checks.check(index, file.path, document);
  }
  if (!checks) return audited;
  const errors = await checks.results();
  return audited.map(([index, findings]): AuditedFiles[number] => {
    const schemaErrors = errors.get(index);
    return [index, schemaErrors ? withSchemaErrors(paths[index], findings, schemaErrors) : findings];
  });
}

/** A rules worker thread's side: audit files from the shared counter and send their findings back. */
export async function serveAuditShare(share: RulesShare): Promise<void> {
  parentPort!.postMessage(await auditShare(share));
}

/** Rejects when the worker fails or stops before its work is done. */
function failure(worker: Worker): Promise<never> {
  return new Promise((_, reject) => {
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
function startWorker(share: AuditShare, ports: MessagePort[]): Worker {
  const options = { workerData: share, transferList: ports };
  const tsxLoader = process.execArgv.find((arg) => /[\\/]tsx[\\/]dist[\\/]loader\.mjs$/.test(arg));
  if (!WORKER_ENTRY.pathname.endsWith('.ts') || !tsxLoader) return new Worker(WORKER_ENTRY, options);
  const api = JSON.stringify(tsxLoader.replace(/loader\.mjs$/, 'esm/api/index.mjs'));
  const entry = JSON.stringify(WORKER_ENTRY.href);
  return new Worker(`import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`, { ...options, eval: true });
}
