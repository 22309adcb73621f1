import { posix } from 'node:path';
import type { PullRequestFile, PullRequestRun } from '../github/run.js';
import type { Settings } from '../settings.js';

/** Which audited files count: all of them, or those a pull request changes (and why, for the user). */
export type AuditScope =
  { kind: 'all'; notice?: string } | { kind: 'changed'; files: ReadonlySet<string>; reason: 'files' | 'config' };

/** A file that is in the pull request's head: added, modified, renamed (under its new name) or copied. */
const PRESENT = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

/**
 * The audited files a pull request changes. A change to the config file changes what every
 * workflow is checked against, so it puts every file in scope.
 */
export function changedScope(
  audited: readonly string[],
  changed: readonly PullRequestFile[],
  configPath: string,
): AuditScope {
  const present = new Set(changed.filter((f) => PRESENT.has(f.status)).map((f) => normalize(f.filename)));
  if (changed.some((f) => normalize(f.filename) === normalize(configPath)))
    return { kind: 'changed', files: new Set(audited), reason: 'config' };
  return { kind: 'changed', files: new Set(audited.filter((file) => present.has(normalize(file)))), reason: 'files' };
}

/** Repo-relative, forward slashes, no leading `./`: how GitHub names a pull request's files. */
const normalize = (path: string): string => posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');

/** Whether a finding counts; one that names no file (a config problem) always does. */
export const inScope = (scope: AuditScope, file: string | undefined): boolean =>
  scope.kind === 'all' || file === undefined || scope.files.has(file);

/**
 * `audit-scope` resolved for this run: `auto` is `changed` on pull requests; the pull request's
 * files are read only when they decide something, and when they cannot be read every file counts.
 */
export async function resolveAuditScope(
  settings: Pick<Settings, 'auditScope' | 'configPath'>,
  audited: readonly string[],
  pullRequest: Pick<PullRequestRun, 'isPullRequest' | 'changedFiles'>,
): Promise<AuditScope> {
  const wanted = settings.auditScope === 'auto' ? (pullRequest.isPullRequest ? 'changed' : 'all') : settings.auditScope;
  if (wanted === 'all') return { kind: 'all' };
  if (!pullRequest.isPullRequest)
    return {
      kind: 'all',
      notice:
        'audit-scope: changed applies to pull_request events; this run is not one, so every workflow file counts.',
    };
  const changed = await pullRequest.changedFiles();
  if ('unreadable' in changed)
    return {
      kind: 'all',
      notice: `The pull request's list of changed files could not be read (${changed.unreadable}), so every workflow file counts.`,
    };
  return changedScope(audited, changed, settings.configPath);
}
