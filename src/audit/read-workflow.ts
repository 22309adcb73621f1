import { decodeText, FileProblem, readRegularFile } from '../util/read-file.js';
import type { WorkflowSource } from './audit.js';

/** Larger than any workflow GitHub runs (it refuses files over 512 KB); a cap keeps a stray dump from being parsed. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

/**
 * A workflow file's text: a regular file of at most MAX_WORKFLOW_BYTES, decoded by its byte-order
 * mark (UTF-16 files are audited too) or as UTF-8. What cannot be read says why, as a workflow-parse error.
 */
export function readWorkflowFile(path: string): WorkflowSource {
  try {
    const text = decodeText(readRegularFile(path, MAX_WORKFLOW_BYTES));
    if (text !== undefined) return { path, text };
    return { path, text: '', unreadable: 'is neither UTF-8 nor UTF-16 with a byte-order mark' };
  } catch (error) {
    if (error instanceof FileProblem) return { path, text: '', unreadable: error.what };
    throw error;
  }
}
