import { workerData } from 'node:worker_threads';
import { serveAuditShare } from './parallel.js';

// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker.
await serveAuditShare(workerData);
