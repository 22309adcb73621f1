import { countChanges } from '../changes.js';
import { type Finding, findingsOf, passed, placedMessage, scoreOf } from '../findings.js';
import { groupBy } from '../util/group-by.js';
import type { RunReport } from './run-report.js';
import { failureHeadline, stepFailure } from './verdict.js';

const ACTION_WORDS = { add: 'added', update: 'updated', unchanged: 'unchanged', remove: 'removed' } as const;
const PLAN_WORDS = { add: 'add', update: 'update', unchanged: 'unchanged', remove: 'remove' } as const;

/** The runner refuses a summary over 1 MiB; long tables stop here and point at the report file. */
export const MAX_TABLE_ROWS = 250;
const MAX_SUMMARY_BYTES = 1000 * 1024;

/** The job summary as Markdown: outcome, the table of ESC paths, findings, and the score. */
export function renderSummary(report: RunReport): string {
  const lines = [
    `## lambda-h200-sync: ${report.mode}${report.environment ? ` into ${code(report.environment, false)}` : ''}`,
    '',
    headline(report),
    '',
  ];
  for (const notice of report.notices) lines.push(`> ℹ️ ${escapeCell(notice)}`, '');
  for (const line of report.logLines) lines.push(`- ${escapeCell(line)}`);
  if (report.logLines.length) lines.push('');
  if (report.changes.length) {
    const words = report.mode === 'plan' ? PLAN_WORDS : ACTION_WORDS;
    lines.push(
      ...table(
        '| Secret | ESC path | Exported as | Result |',
        report.changes.map(
          (c) =>
            `| ${code(c.secret)} | ${code(c.path)} | ${c.exportPath ? code(c.exportPath) : ''} | ${words[c.action]} |`,
        ),
      ),
    );
  }
  const findings = findingsOf(report.outcomes);
  if (report.mode === 'audit') {
    lines.push(...auditTables(findings));
  } else if (findings.length) {
    lines.push(
      '### Findings',
      '',
      ...table(
        '| Severity | Check | Secret | Message |',
        findings.map(
          (f) => `| ${f.severity} | ${f.check} | ${f.secret ? code(f.secret) : ''} | ${escapeCell(placedMessage(f))} |`,
        ),
      ),
    );
  }
  if (report.outcomes.length) {
    const passedCount = report.outcomes.filter(passed).length;
    lines.push(`**${passedCount} of ${report.outcomes.length} checks passed (${scoreOf(report.outcomes)} %)**`, '');
    lines.push('<details><summary>Every check</summary>', '');
    lines.push(
      ...table(
        `| Check | ${report.mode === 'audit' ? 'File' : 'Secret'} | Result |`,
        report.outcomes.map(
          (o) =>
            `| ${o.check} | ${o.subject ? code(o.subject) : ''} | ${passed(o) ? '✅ passed' : `❌ ${o.finding!.severity}`} |`,
        ),
      ),
      '</details>',
      '',
    );
  }
  return fitToLimit(`${lines.join('\n')}\n`);
}

/** A Markdown table of at most MAX_TABLE_ROWS rows, then a line that counts the rest. */
function table(header: string, rows: readonly string[]): string[] {
  const columns = header.split('|').length - 2;
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const rest = rows.length - shown.length;
  return [
    header,
    `|${'---|'.repeat(columns)}`,
    ...shown,
    ...(rest > 0 ? ['', `… and ${rest} more, listed in the report file (the \`report\` output).`] : []),
    '',
  ];
}

/** Long messages could still pass the runner's limit: cut at a line and say so. */
function fitToLimit(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  const cut = markdown.slice(0, markdown.lastIndexOf('\n', MAX_SUMMARY_BYTES / 2));
  return `${cut}\n\n… the summary was cut here to stay under the runner's 1 MiB limit; the report file has everything.\n`;
}

export function headline(report: RunReport): string {
  const failure = stepFailure(report);
  if (failure) return `❌ ${escapeCell(failureHeadline(failure))}`;
  if (report.mode === 'audit') {
    const files = report.audited?.length ?? 0;
    const some = (n: number) => `${n} workflow file${n === 1 ? '' : 's'}`;
    if (report.changedFiles?.length === 0)
      return `ℹ️ This pull request changes none of the ${some(files)} matched by \`workflows\`: nothing was audited.`;
    const counted = report.changedFiles
      ? `${some(report.changedFiles.length)} this pull request changes (of ${files})`
      : some(files);
    return `✅ Audited ${counted}: nothing that fails under fail-on: ${report.failOn}.`;
  }
  const [added, updated, unchanged] = (['add', 'update', 'unchanged'] as const).map((a) =>
    countChanges(report.changes, a),
  );
  if (report.mode === 'plan') {
    // Never "in step" without having read ESC (a plan without a token, as on fork pull requests).
    if (!report.escRead) return 'ℹ️ Validated only: ESC was not read, so what a sync would change is not known.';
    return report.changed
      ? `📝 A sync would write one update: ${added} to add, ${updated} to update, ${unchanged} unchanged.`
      : '✅ In step: a sync would change nothing.';
  }
  return report.changed
    ? `✅ Wrote revision ${report.revision} in one update: ${added} added, ${updated} updated, ${unchanged} unchanged.`
    : `✅ Already in step: nothing to write (revision ${report.revision} kept).`;
}

/** Mode audit: a count per rule, then the findings of each file in line order (the first MAX_TABLE_ROWS of them). */
function auditTables(findings: readonly Finding[]): string[] {
  if (!findings.length) return [];
  const byRule = groupBy(findings, (f) => f.check);
  const lines = [
    '### Findings by rule',
    '',
    ...table(
      '| Rule | Severity | Count |',
      [...byRule].map(([rule, ofRule]) => `| ${rule} | ${ofRule[0].severity} | ${ofRule.length} |`),
    ),
  ];
  const shown = findings.slice(0, MAX_TABLE_ROWS);
  for (const [file, ofFile] of groupBy(shown, (f) => f.file ?? '')) {
    lines.push(
      `### ${code(file, false)}`,
      '',
      '| Line | Column | Rule | Severity | Message |',
      '|---|---|---|---|---|',
    );
    lines.push(
      ...ofFile.map(
        (f) => `| ${f.line ?? ''} | ${f.column ?? ''} | ${f.check} | ${f.severity} | ${escapeCell(f.message)} |`,
      ),
      '',
    );
  }
  if (findings.length > shown.length)
    lines.push(
      `… and ${findings.length - shown.length} more findings, listed in the report file (the \`report\` output) and the SARIF file.`,
      '',
    );
  return lines;
}

/**
 * Text for a table cell or a line: a pipe or a line break would end the cell, and `<`, `>`, `[`, `]`
 * would let a file name or a server's words become HTML or a link. Backticks, kept, still mark code.
 */
export const escapeCell = (text: string): string =>
  text
    .replace(/[\\[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');

/**
 * A name (a file, a secret, a path) as inline code, whatever it holds: the fence is one backtick
 * longer than any run inside it, line breaks become spaces, and in a table cell a pipe is escaped.
 */
export function code(text: string, inTable = true): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, inTable ? '\\|' : '|');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
