import { type Change, countChanges } from '../changes.js';
import { type Finding, findingsOf, passed, placedMessage, scoreOf } from '../findings.js';
import { groupBy } from '../util/group-by.js';
import { escUnknown, type RunReport } from './run-report.js';
import { failureHeadline, stepFailure } from './verdict.js';
import { plural } from '../util/plural.js';

/** What happened to a path, first in its row: an icon and a word, in the tense of the mode. */
const RESULT_WORDS = {
  sync: { add: '➕ added', update: '✏️ updated', remove: '➖ removed', unchanged: 'unchanged' },
  plan: { add: '➕ add', update: '✏️ update', remove: '➖ remove', unchanged: 'unchanged' },
} as const;
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;
const SEVERITY_ICONS = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const;

/** The runner refuses a summary over 1 MiB; long tables stop here and point at the report file. */
export const MAX_TABLE_ROWS = 250;
const MAX_SUMMARY_BYTES = 1000 * 1024;

/**
 * The job summary as Markdown: one headline (what happened, and where), the changes (changed rows
 * first, unchanged ones folded), the findings (errors first), then every check. The result comes
 * first in every row, so a table wider than the page never hides it.
 */
export function renderSummary(report: RunReport): string {
  const { line, reason } = headlineParts(report);
  const lines = [`### ${line}`, '', ...(reason ? [reason, ''] : [])];
  for (const notice of report.notices) lines.push(`> ℹ️ ${escapeCell(notice)}`, '');
  for (const line of report.logLines) lines.push(`- ${escapeCell(line)}`);
  if (report.logLines.length) lines.push('');
  lines.push(...changeTables(report));
  const findings = bySeverity(findingsOf(report.outcomes));
  if (report.mode === 'audit') {
    lines.push(...auditTables(findings));
  } else if (findings.length) {
    lines.push(
      '### Findings',
      '',
      ...table(
        '| Severity | Check | Secret | What is wrong, and what to do |',
        findings.map(
          (f) =>
            `| ${SEVERITY_ICONS[f.severity]} | ${f.check} | ${f.secret ? code(f.secret) : ''} | ${escapeCell(placedMessage(f))} |`,
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
        `| Result | Check | ${report.mode === 'audit' ? 'File' : 'Secret'} |`,
        report.outcomes.map(
          (o) =>
            `| ${passed(o) ? '✅ passed' : SEVERITY_ICONS[o.finding!.severity]} | ${o.check} | ${o.subject ? code(o.subject) : ''} |`,
        ),
      ),
      '</details>',
      '',
    );
  }
  return fitToLimit(`${lines.join('\n')}\n`);
}

/** Changed paths in a table; unchanged ones folded away below it. */
function changeTables(report: RunReport): string[] {
  if (!report.changes.length) return [];
  const words = RESULT_WORDS[report.mode === 'plan' ? 'plan' : 'sync'];
  const header = '| Result | Secret | ESC path | Exported as |';
  const row = (c: Change): string =>
    `| ${words[c.action]} | ${code(c.secret)} | ${code(c.path)} | ${c.exportPath ? code(c.exportPath.replace(/^environmentVariables\./, '')) : ''} |`;
  const changed = report.changes.filter((c) => c.action !== 'unchanged');
  const unchanged = report.changes.filter((c) => c.action === 'unchanged');
  const lines = changed.length ? table(header, changed.map(row)) : [];
  if (unchanged.length) {
    lines.push(
      `<details><summary>${unchanged.length} unchanged</summary>`,
      '',
      ...table(header, unchanged.map(row)),
      '</details>',
      '',
    );
  }
  return lines;
}

/** Errors first, then warnings, then notices; in their own order within each. */
export const bySeverity = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

/**
 * A Markdown table of at most `maxRows` rows, then a line that counts the rest and says where they
 * are (`… and 3 more` and `whereTheRestAre`): for the job summary, the report file.
 */
export function table(
  header: string,
  rows: readonly string[],
  maxRows = MAX_TABLE_ROWS,
  whereTheRestAre = ', listed in the report file (the `report` output)',
): string[] {
  const columns = header.split('|').length - 2;
  const shown = rows.slice(0, maxRows);
  const rest = rows.length - shown.length;
  return [
    header,
    `|${'---|'.repeat(columns)}`,
    ...shown,
    ...(rest > 0 ? ['', `… and ${rest} more${whereTheRestAre}.`] : []),
    '',
  ];
}

/** Long messages could still pass the runner's limit: cut at a line and say so. */
function fitToLimit(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  const cut = markdown.slice(0, markdown.lastIndexOf('\n', MAX_SUMMARY_BYTES / 2));
  return `${cut}\n\n… the summary was cut here to stay under the runner's 1 MiB limit; the report file has everything.\n`;
}

/**
 * What happened and where, in one line (the environment linked to its Pulumi Cloud page when there
 * is one), and why the step failed when it did. The summary makes the line its heading; the
 * pull-request comment takes both as they are.
 */
export function headline(report: RunReport): string {
  const { line, reason } = headlineParts(report);
  return reason ? `${line}\n\n${reason}` : line;
}

function headlineParts(report: RunReport): { line: string; reason?: string } {
  const where = report.environment
    ? report.environmentUrl
      ? `[${code(report.environment, false)}](${report.environmentUrl})`
      : code(report.environment, false)
    : undefined;
  const failure = stepFailure(report);
  const files = report.audited?.length ?? 0;
  if (report.mode === 'audit' && report.changedFiles?.length === 0 && !failure) {
    return {
      line: `ℹ️ This pull request changes none of the ${plural(files, 'workflow file')} matched by \`workflows\`: nothing was audited`,
    };
  }
  const audited = report.changedFiles
    ? `${plural(report.changedFiles.length, 'workflow file')} this pull request changes (of ${files})`
    : plural(files, 'workflow file');
  if (failure) {
    const what =
      report.mode === 'audit'
        ? `Audit of ${audited} failed`
        : `${report.mode === 'plan' ? 'Plan' : 'Sync'}${where ? ` of ${where}` : ''} failed${report.changed ? ' after writing' : ''}`;
    return { line: `❌ ${what}`, reason: escapeCell(failureHeadline(failure)) };
  }
  if (report.mode === 'audit') {
    return { line: `✅ Audited ${audited}: nothing that fails under fail-on: ${report.failOn}` };
  }
  if (escUnknown(report)) {
    const why = report.escNotRead ? `, ${report.escNotRead}` : '';
    return { line: `⚠️ Plan of ${where}: ESC was not read${why}; only the secrets were validated` };
  }
  const [added, updated, unchanged, removed] = (['add', 'update', 'unchanged', 'remove'] as const).map((a) =>
    countChanges(report.changes, a),
  );
  const counts = (verbs: readonly [string, string, string]): string =>
    [
      `${added} ${verbs[0]}`,
      `${updated} ${verbs[1]}`,
      `${unchanged} unchanged`,
      ...(removed ? [`${removed} ${verbs[2]}`] : []),
    ].join(', ');
  if (report.mode === 'plan') {
    return {
      line: report.changed
        ? `📝 Plan of ${where}: a sync would write one update (${counts(['to add', 'to update', 'to remove'])})`
        : `✅ Plan of ${where}: in step at revision ${report.revision}, a sync would change nothing`,
    };
  }
  return {
    line: report.changed
      ? `✅ Synced ${where}: revision ${report.revision} written in one update (${counts(['added', 'updated', 'removed'])})`
      : `✅ ${where} already in step: nothing to write, revision ${report.revision} kept`,
  };
}

/** Mode audit: a count per rule, then each file's findings, errors first (the first MAX_TABLE_ROWS of them). */
function auditTables(findings: readonly Finding[]): string[] {
  if (!findings.length) return [];
  const byRule = groupBy(findings, (f) => f.check);
  const lines = [
    '### Findings by rule',
    '',
    ...table(
      '| Severity | Rule | Count |',
      [...byRule].map(([rule, ofRule]) => `| ${SEVERITY_ICONS[ofRule[0].severity]} | ${rule} | ${ofRule.length} |`),
    ),
  ];
  const shown = findings.slice(0, MAX_TABLE_ROWS);
  for (const [file, ofFile] of groupBy(shown, (f) => f.file ?? '')) {
    lines.push(
      `### ${code(file, false)}`,
      '',
      '| Severity | Line | Column | Rule | Message |',
      '|---|---|---|---|---|',
    );
    lines.push(
      ...ofFile.map(
        (f) =>
          `| ${SEVERITY_ICONS[f.severity]} | ${f.line ?? ''} | ${f.column ?? ''} | ${f.check} | ${escapeCell(f.message)} |`,
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
