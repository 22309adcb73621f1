import { type Finding, findingsOf, passed, scoreOf } from '../findings.js';
import { countChanges, type RunReport } from './run-report.js';
import { failureMessage } from './verdict.js';

const ACTION_WORDS = { add: 'added', update: 'updated', unchanged: 'unchanged', remove: 'removed' } as const;
const PLAN_WORDS = { add: 'add', update: 'update', unchanged: 'unchanged', remove: 'remove' } as const;

/** The job summary as Markdown: outcome, the table of ESC paths, findings, and the score. */
export function renderSummary(report: RunReport): string {
  const lines = [`## lambda-h200-sync: ${report.mode}${report.environment ? ` into \`${report.environment}\`` : ''}`, '', headline(report), ''];
  for (const notice of report.notices) lines.push(`> ℹ️ ${escapeCell(notice)}`, '');
  for (const note of report.notes) lines.push(`- ${escapeCell(note)}`);
  if (report.notes.length) lines.push('');
  if (report.changes.length) {
    const words = report.mode === 'plan' ? PLAN_WORDS : ACTION_WORDS;
    lines.push('| Secret | ESC path | Exported as | Result |', '|---|---|---|---|');
    for (const c of report.changes) lines.push(`| \`${c.secret}\` | \`${c.path}\` | ${c.exportPath ? `\`${c.exportPath}\`` : ''} | ${words[c.action]} |`);
    lines.push('');
  }
  const findings = findingsOf(report.outcomes);
  if (report.mode === 'audit') {
    lines.push(...auditTables(findings));
  } else if (findings.length) {
    lines.push('### Findings', '', '| Severity | Check | Secret | Message |', '|---|---|---|---|');
    for (const f of findings) lines.push(`| ${f.severity} | ${f.check} | ${f.secret ? `\`${f.secret}\`` : ''} | ${escapeCell(f.message)} |`);
    lines.push('');
  }
  if (report.outcomes.length) {
    const passedCount = report.outcomes.filter(passed).length;
    lines.push(`**${passedCount} of ${report.outcomes.length} checks passed (${scoreOf(report.outcomes)} %)**`, '');
    lines.push('<details><summary>Every check</summary>', '', `| Check | ${report.mode === 'audit' ? 'File' : 'Secret'} | Result |`, '|---|---|---|');
    for (const o of report.outcomes) lines.push(`| ${o.check} | ${o.subject ? `\`${o.subject}\`` : ''} | ${passed(o) ? '✅ passed' : `❌ ${o.finding!.severity}`} |`);
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n')}\n`;
}

function headline(report: RunReport): string {
  const failure = failureMessage(report);
  if (failure) return `❌ ${escapeCell(failure)}`;
  if (report.mode === 'audit') {
    const files = report.audited?.length ?? 0;
    return `✅ Audited ${files} workflow file${files === 1 ? '' : 's'}: nothing that fails under fail-on: ${report.failOn}.`;
  }
  const [added, updated, unchanged] = (['add', 'update', 'unchanged'] as const).map((a) => countChanges(report.changes, a));
  if (report.mode === 'plan') {
    return report.changed
      ? `📝 A sync would write one update: ${added} to add, ${updated} to update, ${unchanged} unchanged.`
      : '✅ In step: a sync would change nothing.';
  }
  return report.changed
    ? `✅ Wrote revision ${report.revision} in one update: ${added} added, ${updated} updated, ${unchanged} unchanged.`
    : `✅ Already in step: nothing to write (revision ${report.revision} kept).`;
}

/** Mode audit: a count per rule, then the findings of each file in line order. */
function auditTables(findings: readonly Finding[]): string[] {
  if (!findings.length) return [];
  const lines = ['### Findings by rule', '', '| Rule | Severity | Count |', '|---|---|---|'];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.check, [...(byRule.get(f.check) ?? []), f]);
  for (const [rule, ofRule] of byRule) lines.push(`| ${rule} | ${ofRule[0].severity} | ${ofRule.length} |`);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file ?? '', [...(byFile.get(f.file ?? '') ?? []), f]);
  for (const [file, ofFile] of byFile) {
    lines.push('', `### \`${file}\``, '', '| Line | Column | Rule | Severity | Message |', '|---|---|---|---|---|');
    for (const f of ofFile) lines.push(`| ${f.line ?? ''} | ${f.column ?? ''} | ${f.check} | ${f.severity} | ${escapeCell(f.message)} |`);
  }
  lines.push('');
  return lines;
}

// Messages go into table cells: a pipe or a line break would end the cell.
const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
