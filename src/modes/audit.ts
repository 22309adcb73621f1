import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { auditInParallel } from '../audit/parallel.js';
import { expandGlobs } from '../audit/glob.js';
import type { ConfigSource } from '../config/read.js';
import type { CheckOutcome, Finding } from '../findings.js';
import { loadProfile } from '../profile/load.js';
import { resolveProfile } from '../profile/resolve.js';
import { sarifLog } from '../report/sarif.js';
import type { RunReport } from '../report/run-report.js';
import type { Settings } from '../settings.js';

/**
 * Mode audit: reads workflow files and the config file, never secrets or ESC (safe on fork pull
 * requests). A file that does not parse is one error; the others are still audited.
 */
export async function audit(
  settings: Settings,
  configSource: ConfigSource | undefined,
  report: RunReport,
  bundle: URL,
): Promise<void> {
  const { profile, config, findings: configFindings } = loadProfile(settings.profile, configSource);
  const required = (entries: typeof profile.entries) => entries.filter((e) => e.required).map((e) => e.secret);
  const files = expandGlobs(settings.workflows, process.cwd());
  const findings = await auditInParallel(
    files,
    {
      legacy: Object.fromEntries(
        Object.entries(profile.legacy).map(([name, replacement]) => [name.toUpperCase(), replacement]),
      ),
      required: required(profile.entries),
      // A step with profile: none needs only what the config file adds.
      requiredWithoutProfile: required(resolveProfile('none', config).profile.entries),
      usesSelf: readsAsThisAction('action.yml'),
    },
    bundle,
  );
  const all = [...configFindings, ...findings];
  report.audited = files;
  report.outcomes = outcomes(files, all);
  if (!files.length)
    report.notices.push(`No workflow files matched ${settings.workflows.join(', ')}; nothing was audited.`);
  if (settings.sarifFile) {
    mkdirSync(dirname(settings.sarifFile), { recursive: true });
    writeFileSync(settings.sarifFile, `${JSON.stringify(sarifLog(all), null, 2)}\n`);
    report.notes.push(`SARIF written to ${settings.sarifFile}.`);
  }
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
function readsAsThisAction(path: string): boolean {
  try {
    return /^name:\s*['"]?lambda-h200-sync['"]?\s*$/m.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}
