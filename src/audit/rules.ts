import type { Parser } from 'web-tree-sitter';
import { isScalar } from 'yaml';
import { type Finding, findingAt } from '../findings.js';
import { AUDIT_RULES, type AuditRuleId } from './rule-catalog.js';
import { secretNameProblem } from '../validate/secret-name.js';
import { findMutatingInstalls, TEMP_DIR } from './install-commands.js';
import {
  type ParsedWorkflow,
  type Position,
  positionOf,
  secretReferences,
  type SecretReference,
  rawOffsetOf,
  workflowSteps,
  type WorkflowStep,
} from './workflow.js';

/** The parsers the rules use, loaded once per thread (they are WebAssembly, loaded asynchronously). */
export interface AuditParsers {
  shell: Parser;
}

/** What the audit checks workflows against: the profile's legacy and required names. Plain data, so worker threads can share it. */
export interface AuditContext {
  /** Legacy names, upper-case → replacement (or null). */
  legacy: Record<string, string | null>;
  /** Required secrets of a sync step. */
  required: string[];
  /** Required secrets of a sync step with `profile: none`: only what the config file adds. */
  requiredWithoutProfile: string[];
  /** True when the audited repository is this action itself, so `uses: ./` runs it. */
  usesSelf: boolean;
}

const THIS_ACTION = /^[^/\s]+\/lambda-h200-sync(\/[^@\s]*)?@\S+$/i;
const ALL_SECRETS = /toJSON\s*\(\s*secrets\s*\)/i;

export function auditWorkflow(workflow: ParsedWorkflow, ctx: AuditContext, parsers: AuditParsers): Finding[] {
  const finding = (check: AuditRuleId, at: Position, message: string, secret?: string): Finding =>
    findingAt(
      {
        file: workflow.file,
        line: at.line,
        column: at.column,
        ...(at.endLine === at.line ? { endColumn: at.endColumn } : {}),
      },
      check,
      AUDIT_RULES[check].level === 'note' ? 'notice' : AUDIT_RULES[check].level,
      message,
      secret,
    );
  const steps = workflowSteps(workflow);
  return [
    ...secretReferences(workflow).flatMap((ref) => referenceFindings(ref, ctx, finding)),
    ...steps.flatMap((step) => syncWiring(workflow, step, ctx, finding)),
    ...steps.flatMap((step) => mutatingInstalls(workflow, step, parsers, finding)),
  ].sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

type MakeFinding = (check: AuditRuleId, at: Position, message: string, secret?: string) => Finding;

function referenceFindings(ref: SecretReference, ctx: AuditContext, finding: MakeFinding): Finding[] {
  switch (ref.kind) {
    case 'whole-context':
      return [
        finding(
          'unresolvable-secrets',
          ref,
          'The whole secrets context is used here (as in toJSON(secrets)): which secrets it needs cannot be resolved statically.',
        ),
      ];
    case 'dynamic':
      return [
        finding(
          'unresolvable-secrets',
          ref,
          'secrets[<expression>] picks the secret at run time: which one cannot be resolved statically.',
        ),
      ];
    case 'inherit':
      return [
        finding(
          'unresolvable-secrets',
          ref,
          'secrets: inherit passes every secret to the called workflow: which ones it uses cannot be resolved statically.',
        ),
      ];
    case 'name': {
      const name = ref.name!;
      const upper = name.toUpperCase();
      if (upper in ctx.legacy) {
        const replacement = ctx.legacy[upper];
        return [
          finding(
            'legacy-secret',
            ref,
            replacement
              ? `secrets.${name} is a legacy secret, replaced by ${replacement}: reference secrets.${replacement} instead.`
              : `secrets.${name} is a legacy secret that was removed and has no replacement: delete this reference.`,
            upper,
          ),
        ];
      }
      const problem = upper === 'GITHUB_TOKEN' ? undefined : secretNameProblem(name);
      return problem
        ? [finding('secret-name', ref, `secrets.${name} can never be set: a GitHub secret name ${problem}.`, name)]
        : [];
    }
  }
}

function syncWiring(workflow: ParsedWorkflow, step: WorkflowStep, ctx: AuditContext, finding: MakeFinding): Finding[] {
  const uses = typeof step.uses?.value === 'string' ? step.uses.value.trim() : undefined;
  if (!uses || !(THIS_ACTION.test(uses) || (ctx.usesSelf && /^\.\/?$/.test(uses)))) return [];
  const inputs = step.inputs();
  const mode = String(inputs.mode ?? 'sync');
  if (mode !== 'sync' && mode !== 'plan') return [];
  const secretsInput = typeof inputs.secrets === 'string' ? inputs.secrets : '';
  if (ALL_SECRETS.test(secretsInput)) return [];
  const fromInput = new Set(
    [...secretsInput.matchAll(/["']([A-Za-z_][A-Za-z0-9_]*)["']\s*:/g)].map((m) => m[1].toUpperCase()),
  );
  const profile = typeof inputs.profile === 'string' ? inputs.profile : 'lambda-h200';
  const envKeys = step.envKeys();
  const missing = (profile === 'none' ? ctx.requiredWithoutProfile : ctx.required).filter(
    (name) => !envKeys.has(name) && !fromInput.has(name.toUpperCase()),
  );
  if (!missing.length) return [];
  const where = `Step ${step.name ? `"${step.name}"` : step.index + 1} of job ${step.job}`;
  return [
    finding(
      'sync-wiring',
      positionOf(workflow, { start: step.uses!.range![0], end: step.uses!.range![1] }),
      `${where} runs lambda-h200-sync in ${mode} mode but does not hand it ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} to the step's env: (NAME: \${{ secrets.NAME }}) or pass secrets: \${{ toJSON(secrets) }}.`,
    ),
  ];
}

/** Shells whose scripts are sh: `shell: bash`, `sh`, or a custom command line that starts one (`bash -e {0}`). */
const SH_FAMILY = /^(\S*\/)?(bash|sh|dash|zsh|ksh)(\s|$)/;

function mutatingInstalls(
  workflow: ParsedWorkflow,
  step: WorkflowStep,
  parsers: AuditParsers,
  finding: MakeFinding,
): Finding[] {
  const run = step.run;
  // pwsh, python and cmd scripts are not sh: reading them as sh would invent commands.
  if (!run || !isScalar(run) || typeof run.value !== 'string' || !run.range || !SH_FAMILY.test(step.shell.trim()))
    return [];
  const inTemp = TEMP_DIR.test(step.workingDirectory ?? '');
  const toRaw = rawOffsetOf(workflow.text, run);
  return findMutatingInstalls(parsers.shell, run.value, inTemp).map((install) =>
    finding(
      'ci-mutating-install',
      positionOf(workflow, { start: toRaw(install.start), end: toRaw(install.end - 1) + 1 }),
      `${install.command} changes the project's manifest or lockfile in CI instead of installing from it; use ${install.instead}.`,
    ),
  );
}
