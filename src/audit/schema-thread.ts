import type { MessagePort } from 'node:worker_threads';
import type { SchemaReply, SchemaRequest } from './schema-checks.js';
import { workflowSchemaErrors } from './workflow-schema.js';

/** A schema thread's side: check each document that comes on any of its ports, and answer on that port. */
export function serveSchemaChecks(ports: readonly MessagePort[]): void {
  for (const port of ports)
    port.on('message', ({ index, path, document }: SchemaRequest) => {
      // A fault in GitHub's parser ends this thread with the error, and the audit with it, as it would in one thread.
      void workflowSchemaErrors(path, document).then((errors) =>
        port.postMessage({ index, errors } satisfies SchemaReply),
      );
    });
}
