import { type Finding, findingAt } from '../findings.js';
import { type AuditContext, type AuditParsers, auditWorkflow } from './rules.js';
import { loadShellParser } from './shell-parser.js';
import { parseWorkflow } from './workflow.js';

export interface WorkflowSource {
  /** Repo-relative path, as annotations and SARIF name it. */
  path: string;
  text: string;
  /** Why the file could not be read as text ("is a FIFO", "is neither UTF-8 nor …"): one workflow-parse error. */
  unreadable?: string;
}

/** Audits each file on its own: one that does not parse is one error, and the others are still read. */
export function auditFiles(files: readonly WorkflowSource[], ctx: AuditContext, parsers: AuditParsers): Finding[] {
  return files.flatMap((file) => {
    if (file.unreadable !== undefined) {
      const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
      return [
        { check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message } satisfies Finding,
      ];
    }
    const parsed = parseWorkflow(file.path, file.text);
    if ('error' in parsed) {
      const { line, column, message } = parsed.error;
      return [findingAt({ file: file.path, line, column }, 'workflow-parse', 'error', `not valid YAML: ${message}`)];
    }
    return auditWorkflow(parsed.workflow, ctx, parsers);
  });
}

/** The parsers auditFiles needs, loaded once per thread. */
export async function loadAuditParsers(): Promise<AuditParsers> {
  return { shell: await loadShellParser() };
}
