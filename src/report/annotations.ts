import { type Finding, placedMessage, type Severity } from '../findings.js';
import { plural } from '../util/plural.js';

/** GitHub shows only 10 annotations of each kind per step; the rest are dropped without a word. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface Annotation {
  severity: Severity;
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number; endColumn?: number };
}

/**
 * The findings' annotations within GitHub's budget, leaving room for what must be seen: `reserved`
 * counts the annotations of each kind the step shows besides these (the failure's reason among the
 * errors, the notices of the run). Findings past the budget are counted in one last annotation.
 */
export function annotationsFor(
  findings: readonly Finding[],
  reserved: Partial<Record<Severity, number>> = {},
): Annotation[] {
  return (['error', 'warning', 'notice'] as const).flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const room = Math.max(0, ANNOTATIONS_PER_SEVERITY - (reserved[severity] ?? 0));
    if (ofSeverity.length <= room) return ofSeverity.map(toAnnotation);
    const shown = ofSeverity.slice(0, Math.max(0, room - 1)).map(toAnnotation);
    const rest = ofSeverity.length - shown.length;
    return [
      ...shown,
      {
        severity,
        message: `${plural(rest, shown.length ? `more ${severity}` : severity)} not shown here (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per step); the job summary and the report file list them all.`,
        properties: { title: `lambda-h200-sync: ${rest} more` },
      },
    ];
  });
}

function toAnnotation(f: Finding): Annotation {
  return {
    severity: f.severity,
    // The log shows an annotation's message without its file, so the place leads it.
    message: placedMessage(f),
    properties: {
      title: `lambda-h200-sync: ${f.check}${f.secret ? ` (${f.secret})` : ''}`,
      ...(f.file ? { file: f.file } : {}),
      ...(f.line ? { startLine: f.line } : {}),
      ...(f.column ? { startColumn: f.column } : {}),
      ...(f.endColumn ? { endColumn: f.endColumn } : {}),
    },
  };
}
