import { type Finding, placedMessage, type Severity } from '../findings.js';

/** The run page shows only 10 errors and 10 warnings per step; the rest go into one counting annotation. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface Annotation {
  severity: Severity;
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number; endColumn?: number };
}

export function annotationsFor(findings: readonly Finding[]): Annotation[] {
  return (['error', 'warning', 'notice'] as const).flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const shown = ofSeverity.slice(0, ANNOTATIONS_PER_SEVERITY).map(toAnnotation);
    const rest = ofSeverity.length - shown.length;
    if (rest > 0) {
      shown.push({
        severity,
        message: `${rest} more ${severity}${rest === 1 ? '' : 's'} not shown here; the job summary and the report file list them all.`,
        properties: { title: `lambda-h200-sync: ${rest} more` },
      });
    }
    return shown;
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
