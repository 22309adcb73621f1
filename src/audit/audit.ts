import { type Finding, findingAt } from '../findings.js';
import { type AuditContext, auditWorkflow } from './rules.js';
import { parseWorkflow } from './workflow.js';

export interface WorkflowSource {
  /** Repo-relative path, as annotations and SARIF name it. */
  path: string;
  text: string;
}

/** Audits each file on its own: one that does not parse is one error, and the others are still read. */
export function auditFiles(files: readonly WorkflowSource[], ctx: AuditContext): Finding[] {
  return files.flatMap((file) => {
    const parsed = parseWorkflow(file.path, file.text);
    if ('error' in parsed) {
      const { line, column, message } = parsed.error;
      return [findingAt({ file: file.path, line, column }, 'workflow-parse', 'error', `not valid YAML: ${message}`)];
    }
    return auditWorkflow(parsed.workflow, ctx);
  });
}
