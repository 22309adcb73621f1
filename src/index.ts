import { isAuditWorker } from './audit/worker-role.js';
import { run } from './main.js';

// The bundle is one file, so mode audit starts its worker threads from it too (see audit/parallel.ts).
if (isAuditWorker()) await import('./audit/worker.js');
else await run();
