import { type Finding, findingsOf } from '../findings.js';
import type { RunReport } from './run-report.js';
import { bySeverity, code, escapeCell, headline, table } from './summary.js';

/** GitHub refuses an issue comment longer than this. */
export const MAX_COMMENT_CHARS = 65536;
/** Rows per table: a comment is read on the pull request, the rest is one click away in the run. */
const MAX_COMMENT_ROWS = 100;

/**
 * The hidden first line that finds the comment again: one for audit, one per environment for plan.
 * ESC names hold only letters, digits, `-`, `_` and `.`, so no name can end the HTML comment.
 */
export function commentMarker(report: Pick<RunReport, 'mode' | 'environment'>): string {
  return report.mode === 'plan'
    ? `<!-- lambda-h200-sync:plan:${report.environment ?? ''} -->`
    : `<!-- lambda-h200-sync:${report.mode} -->`;
}

/**
 * The pull-request comment: the marker, the headline, the planned changes (changed rows only) or
 * the findings, and a link to the run. `mask` is the log's masking function: the runner does not
 * mask comments. At most MAX_COMMENT_CHARS, cut at a line with a note that links the run.
 */
export function renderComment(report: RunReport, runUrl: string, mask: (text: string) => string): string {
  const title = `### lambda-h200-sync: ${report.mode}${report.environment ? ` of \`${report.environment}\`` : ''}`;
  const lines = [title, '', headline(report), ''];
  for (const notice of report.notices) lines.push(`> ℹ️ ${escapeCell(notice)}`, '');
  for (const note of report.logLines) lines.push(`- ${escapeCell(note)}`);
  if (report.logLines.length) lines.push('');
  const inTheRun = ` in [the run](${runUrl})`;
  const changed = report.changes.filter((c) => c.action !== 'unchanged');
  if (report.mode === 'plan' && changed.length) {
    lines.push(
      ...table(
        // The columns in the job summary's order, result first: a table wider than the page never hides it.
        '| Plan | Secret | ESC path |',
        changed.map((c) => `| ${c.action} | ${code(c.secret)} | ${code(c.path)} |`),
        MAX_COMMENT_ROWS,
        inTheRun,
      ),
    );
  }
  const findings = bySeverity(findingsOf(report.outcomes));
  if (findings.length)
    lines.push(
      '#### Findings',
      '',
      ...table('| Severity | Where | Check | Message |', findings.map(row), MAX_COMMENT_ROWS, inTheRun),
    );
  const footer = `[The run](${runUrl}) has every check in its summary and log.`;
  return fit(mask(`${commentMarker(report)}\n${lines.join('\n')}\n${footer}\n`), runUrl);
}

function row(f: Finding): string {
  const where = f.file
    ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`
    : (f.secret ?? f.path ?? '');
  return `| ${f.severity} | ${where ? code(where) : ''} | ${f.check} | ${escapeCell(f.message)} |`;
}

/** Cuts at a line so that the note fits within GitHub's limit. */
function fit(body: string, runUrl: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = `\n… cut here to stay within GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit for a comment; [the run](${runUrl}) has everything.\n`;
  const room = MAX_COMMENT_CHARS - note.length;
  const at = body.lastIndexOf('\n', room);
  return `${body.slice(0, at > 0 ? at : room)}${note}`;
}
