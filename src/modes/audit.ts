import { readFileSync } from 'node:fs';
import { expandGlobs } from '../audit/glob.js';
import { auditInParallel } from '../audit/parallel.js';
import { inScope, resolveAuditScope } from '../audit/scope.js';
import { loadProfile } from '../config/load.js';
import type { ConfigSource } from '../config/read.js';
import type { PullRequestRun } from '../github/run.js';
import { resolveProfile } from '../config/resolve.js';
import type { CheckOutcome, Finding } from '../findings.js';
import type { ModeOutcome } from '../report/run-report.js';
import type { Settings } from '../settings.js';
import { plural } from '../util/plural.js';

/** What an audit found, and which files it read. */
export interface AuditOutcome extends ModeOutcome {
  /** Files read, repo-relative. */
  audited: string[];
  /** With audit-scope changed: the audited files the pull request changes, the only ones that count. */
  changedFiles?: string[];
  /** Findings in files the pull request does not change: for the SARIF file only. */
  untouched?: Finding[];
}

/**
 * Mode audit: reads workflow files and the config file, never secrets or ESC (safe on fork pull
 * requests). A file that does not parse is one error; the others are still audited.
 */
export async function audit(
  settings: Settings,
  configSource: ConfigSource | undefined,
  pullRequest: Pick<PullRequestRun, 'isPullRequest' | 'changedFiles'>,
): Promise<AuditOutcome> {
  const { profile, config, findings: configFindings } = loadProfile(settings.profile, configSource);
  const required = (entries: typeof profile.entries) => entries.filter((e) => e.required).map((e) => e.secret);
  const skipped: string[] = [];
  const files = expandGlobs(settings.workflows, process.cwd(), ({ path, why }) =>
    skipped.push(`${path} ${why}; it was not audited.`),
  );
  const scope = await resolveAuditScope(settings, files, pullRequest);
  const counted = files.filter((file) => inScope(scope, file));
  // With nothing in scope only the SARIF file (which holds every file's results) needs the audit.
  const findings = await auditInParallel(counted.length || settings.sarifFile ? files : [], {
    legacy: Object.fromEntries(
      Object.entries(profile.legacy).map(([name, replacement]) => [name.toUpperCase(), replacement]),
    ),
    required: required(profile.entries),
    // A step with profile: none needs only what the config file adds.
    requiredWithoutProfile: required(resolveProfile('none', config).profile.entries),
    usesSelf: isThisAction('action.yml'),
  });
  const all = [...configFindings, ...findings];
  const outcome: AuditOutcome = {
    audited: files,
    outcomes: outcomes(
      counted,
      all.filter((f) => inScope(scope, f.file)),
    ),
    logLines: [],
    notices: [
      ...skipped,
      ...(files.length ? [] : [`No workflow files matched ${settings.workflows.join(', ')}; nothing was audited.`]),
    ],
  };
  if (scope.kind === 'all') {
    if (scope.notice) outcome.notices.push(scope.notice);
    return outcome;
  }
  const untouched = all.filter((f) => !inScope(scope, f.file));
  outcome.logLines.push(
    scope.reason === 'config'
      ? `The pull request changes the config file ${settings.configPath}, so every workflow file counts.`
      : `audit-scope changed: ${counted.length} of ${files.length} workflow files are changed by this pull request and count${untouched.length ? `; ${plural(untouched.length, 'finding')} in files it does not change ${untouched.length === 1 ? 'is' : 'are'} in the SARIF file only` : ''}.`,
  );
  return { ...outcome, changedFiles: counted, untouched };
}

/** Each finding is a failed check; each file without one is a passed check. */
function outcomes(files: readonly string[], findings: readonly Finding[]): CheckOutcome[] {
  const flagged = new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.file));
  return [
    ...findings.map((finding) => ({ check: finding.check, subject: finding.file, finding })),
    ...files.filter((file) => !flagged.has(file)).map((file) => ({ check: 'workflow', subject: file })),
  ];
}

/** Whether the audited repository is this action, so `uses: ./` runs it. */
function isThisAction(actionFile: string): boolean {
  try {
    return /^name:\s*['"]?lambda-h200-sync['"]?\s*$/m.test(readFileSync(actionFile, 'utf8'));
  } catch {
    return false;
  }
}
