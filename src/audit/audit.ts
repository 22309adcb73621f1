import { type Finding, findingAt } from '../findings.js';
import { type DocumentEvents, documentEvents } from './document-events.js';
import { type AuditContext, type AuditParsers, auditWorkflow } from './rules.js';
import { loadShellParser } from './shell-parser.js';
import { parseWorkflow } from './workflow.js';
import type { SchemaError } from './workflow-schema.js';

export interface WorkflowSource {
  /** Repo-relative path, as annotations and SARIF name it. */
  path: string;
  text: string;
  /** Why the file could not be read as text ("is a FIFO", "is neither UTF-8 nor …"): one workflow-parse error. */
  unreadable?: string;
}

/** Our rules' findings in one file, and, when GitHub can read it, what its schema check reads. */
export interface RulesAudited {
  findings: Finding[];
  document?: DocumentEvents;
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
  // GitHub's parser is loaded only where the schema check runs: with a schema thread, not in this one.
  const { workflowSchemaErrors } = await import('./workflow-schema.js');
  const findings: Finding[] = [];
  for (const file of files) {
    const { findings: ours, document } = auditRules(file, ctx, parsers);
    findings.push(
      ...(document ? withSchemaErrors(file.path, ours, await workflowSchemaErrors(file.path, document)) : ours),
    );
  }
  return findings;
}

/** Parses one file and runs our rules on it; the schema check is left to the caller, which may run it in another thread. */
export function auditRules(file: WorkflowSource, ctx: AuditContext, parsers: AuditParsers): RulesAudited {
  if (file.unreadable !== undefined) {
    const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
    return { findings: [{ check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message }] };
  }
  const parsed = parseWorkflow(file.path, file.text);
  if ('error' in parsed) {
    const { line, column, message } = parsed.error;
    return { findings: [findingAt({ file: file.path, line, column }, 'workflow-parse', 'error', message)] };
  }
  const { doc, lines } = parsed.workflow;
  return { findings: auditWorkflow(parsed.workflow, ctx, parsers), document: documentEvents(doc, lines) };
}

/** A file's findings with the errors of GitHub's schema check among them, in order of line and column. */
export function withSchemaErrors(file: string, findings: Finding[], errors: SchemaError[]): Finding[] {
  const schema = errors.map((error) =>
    findingAt(
      {
        file,
        line: error.line,
        column: error.column,
        ...(error.endLine === error.line ? { endColumn: error.endColumn } : {}),
      },
      'workflow-schema',
      'error',
      `GitHub refuses this workflow: ${error.message}`,
    ),
  );
  return [...schema, ...findings].sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

/** The parsers auditFiles needs, loaded once per thread. */
export async function loadAuditParsers(): Promise<AuditParsers> {
  return { shell: await loadShellParser() };
}
