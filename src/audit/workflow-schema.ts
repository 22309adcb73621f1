import { convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import type { DocumentEvents } from './document-events.js';
import { DocumentReader } from './document-reader.js';

/** One error GitHub's own parser reports against the workflow schema, where it stands. */
export interface SchemaError {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

// GitHub's messages quote the file; one line of this length is enough to say what is wrong.
const MAX_MESSAGE = 300;

/**
 * What GitHub's own parser (`@actions/workflow-parser`, the one behind the Actions language
 * server) reports for a file that is valid YAML: unknown or missing keys, wrong types, expressions
 * that use a context where GitHub does not allow it (`secrets` in a step's `if:`), invalid cron,
 * jobs that need unknown jobs. Reusable workflows it calls are not fetched.
 */
export async function workflowSchemaErrors(file: string, events: DocumentEvents): Promise<SchemaError[]> {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    getWorkflowSchema(),
    new NoOperationTraceWriter(),
  );
  const fileId = context.getFileId(file);
  const template = readTemplate(context, WORKFLOW_ROOT, new DocumentReader(events, fileId), fileId);
  // Convert even after errors in the first pass, so that every error is reported at once.
  if (template) await convertWorkflowTemplate(context, template, undefined, { errorPolicy: ErrorPolicy.TryConversion });
  // Converting after errors may report the same fault again in other words: one error per line, the first.
  const lines = new Set<number>();
  return context.errors.getErrors().flatMap((error) => {
    const range = error.range;
    const line = range?.start.line ?? 1;
    if (lines.has(line)) return [];
    lines.add(line);
    return [
      {
        message: error.rawMessage.split('\n')[0].slice(0, MAX_MESSAGE),
        line,
        column: range?.start.column ?? 1,
        ...(range ? { endLine: range.end.line, endColumn: range.end.column } : {}),
      },
    ];
  });
}
