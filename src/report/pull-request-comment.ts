import type { PullRequestRun } from '../github/run.js';
import { redact } from '../mask.js';
import { commentMarker, renderComment } from './comment.js';
import type { RunReport } from './run-report.js';

/**
 * On a pull request (with pr-comment: true), modes plan and audit keep one comment with their
 * result, found again by its marker and updated in place. The comment never changes the step's
 * result: a token that may not write is a notice saying which permission to add, any other
 * failure a warning.
 */
export async function keepPullRequestComment(
  report: RunReport,
  pullRequest: Pick<PullRequestRun, 'hasToken' | 'open'>,
): Promise<void> {
  if (!pullRequest.hasToken) {
    report.notices.push(
      'No pull-request comment: the github-token input is empty. Leave it at its default (the job’s token) with `permissions: pull-requests: write`, or set pr-comment: false.',
    );
    return;
  }
  try {
    const pull = await pullRequest.open();
    const { url, action } = await pull.upsertComment(commentMarker(report), renderComment(report, pull.runUrl, redact));
    if (url) report.commentUrl = url;
    report.logLines.push(`Pull-request comment ${action}${url ? `: ${url}` : ''}.`);
  } catch (error) {
    const { kind, message } = error as { kind?: string; message?: string };
    if (kind === 'permission') {
      report.notices.push(
        `No pull-request comment: the token may not write to this pull request (${message}). Add \`pull-requests: write\` to the job's \`permissions\`; on pull requests from forks the token is read-only whatever the workflow says, and the result is in the job summary.`,
      );
    } else {
      (report.warnings ??= []).push(`The pull-request comment was not written: ${message ?? String(error)}`);
    }
  }
}
