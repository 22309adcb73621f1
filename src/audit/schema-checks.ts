import type { MessagePort } from 'node:worker_threads';
import { type DocumentEvents, transferables } from './document-events.js';
import type { SchemaError } from './workflow-schema.js';

export interface SchemaRequest {
  /** The file's index in the audit's paths. */
  index: number;
  path: string;
  document: DocumentEvents;
}

export interface SchemaReply {
  index: number;
  errors: SchemaError[];
}

/**
 * A rules thread's side of its schema thread: documents go out as the rules thread parses them, and
 * the errors come back while it goes on with the next file.
 */
export class SchemaChecks {
  private sent = 0;
  private readonly errors = new Map<number, SchemaError[]>();
  private allBack?: () => void;

  constructor(private readonly port: MessagePort) {
    port.on('message', ({ index, errors }: SchemaReply) => {
      this.errors.set(index, errors);
      if (this.errors.size === this.sent) this.allBack?.();
    });
  }

  check(index: number, path: string, document: DocumentEvents): void {
    this.sent++;
    this.port.postMessage({ index, path, document } satisfies SchemaRequest, transferables(document));
  }

  /** Every file's errors, by index, once all have come back; then the channel closes. */
  async results(): Promise<Map<number, SchemaError[]>> {
    if (this.errors.size < this.sent) await new Promise<void>((resolve) => (this.allBack = resolve));
    this.port.close();
    return this.errors;
  }
}
