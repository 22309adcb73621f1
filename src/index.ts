import { isAuditWorker } from './audit/worker-role.js';

// The bundle is one file, so mode audit starts its worker threads from it too (see audit/parallel.ts).
// `eager` keeps the action in this file, as a static import would, but runs its modules only when
// it runs: an audit worker thread has no use for them.
if (isAuditWorker()) await import('./audit/worker.js');
else await (await import(/* webpackMode: "eager" */ './main.js')).run();
