import { type Finding, findingAt } from '../findings.js';
import { type AuditContext, type AuditParsers, auditWorkflow } from './rules.js';
import { loadShellParser } from './shell-parser.js';
import { parseWorkflow } from './workflow.js';
import { workflowSchemaErrors } from './workflow-schema.js';

export interface WorkflowSource {
  /** Repo-relative path, as annotations and SARIF name it. */
  path: string;
  text: string;
  /** Why the file could not be read as text ("is a FIFO", "is neither UTF-8 nor …"): one workflow-parse error. */
  unreadable?: string;
}

/**
 * Audits each file on its own: one that GitHub cannot read (YAML, aliases) is one error and the
 * others are still read; one it can read is checked against the workflow schema by GitHub's own
 * parser, and by our rules.
 */
export async function auditFiles(
  files: readonly WorkflowSource[],
  ctx: AuditContext,
  parsers: AuditParsers,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) {
    if (file.unreadable !== undefined) {
      const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
      findings.push({ check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message });
      continue;
    }
    const parsed = parseWorkflow(file.path, file.text);
    if ('error' in parsed) {
      const { line, column, message } = parsed.error;
      findings.push(findingAt({ file: file.path, line, column }, 'workflow-parse', 'error', message));
      continue;
    }
    const schema = (await workflowSchemaErrors(parsed.workflow)).map((error) =>
      findingAt(
        {
          file: file.path,
          line: error.line,
          column: error.column,
          ...(error.endLine === error.line ? { endColumn: error.endColumn } : {}),
        },
        'workflow-schema',
        'error',
        `GitHub refuses this workflow: ${error.message}`,
      ),
    );
    findings.push(
      ...[...schema, ...auditWorkflow(parsed.workflow, ctx, parsers)].sort(
        (a, b) => a.line! - b.line! || a.column! - b.column!,
      ),
    );
  }
  return findings;
}

/** The parsers auditFiles needs, loaded once per thread. */
export async function loadAuditParsers(): Promise<AuditParsers> {
  return { shell: await loadShellParser() };
}
