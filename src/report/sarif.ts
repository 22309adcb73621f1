import { AUDIT_RULES, type AuditRuleId } from '../audit/rule-catalog.js';
import type { Finding } from '../findings.js';
import { ACTION_HOME, ACTION_VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;
const RULE_IDS = Object.keys(AUDIT_RULES) as AuditRuleId[];

/** SARIF 2.1.0 for github/codeql-action/upload-sarif: the audit rules, and one result per finding in a file. */
export function sarifLog(findings: readonly Finding[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lambda-h200-sync',
            version: ACTION_VERSION,
            informationUri: ACTION_HOME,
            rules: RULE_IDS.map((id) => ({
              id,
              name: id.replace(/(^|-)([a-z])/g, (_, __: string, c: string) => c.toUpperCase()),
              shortDescription: { text: AUDIT_RULES[id].description },
              fullDescription: { text: AUDIT_RULES[id].help },
              help: { text: AUDIT_RULES[id].help, markdown: AUDIT_RULES[id].help },
              defaultConfiguration: { level: AUDIT_RULES[id].level },
            })),
          },
        },
        results: findings
          .filter((f) => f.file && RULE_IDS.includes(f.check as AuditRuleId))
          .map((f) => ({
            ruleId: f.check,
            ruleIndex: RULE_IDS.indexOf(f.check as AuditRuleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: f.line ?? 1,
                    startColumn: f.column ?? 1,
                    ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                  },
                },
              },
            ],
          })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
