import { workerData } from 'node:worker_threads';
import type { AuditShare } from './parallel.js';
import { giveWayToRulesThreads } from './thread-priority.js';

// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker. A schema thread loads only GitHub's
// parser and the reader it reads through, not the rules, yaml 3's parser or the shell parser.
const share = workerData as AuditShare;
if (share.task === 'schema') {
  giveWayToRulesThreads();
  (await import('./schema-thread.js')).serveSchemaChecks(share.ports);
} else await (await import('./parallel.js')).serveAuditShare(share);
