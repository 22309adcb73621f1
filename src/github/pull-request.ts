import { context } from '@actions/github';
import type { PullRequestFile } from './run.js';
import { acceptCredential, HttpFailure, untrustedText } from '../http/index.js';
import { gitHubClient, type Octokit } from './client.js';

/** GitHub lists at most this many files of a pull request; a list this long may be missing some. */
export const MAX_LISTED_FILES = 3000;

/** What went wrong talking to GitHub: the token may not do it (`permission`), or anything else. */
export class GitHubFailure extends Error {
  override name = 'GitHubFailure';
  constructor(
    readonly kind: 'permission' | 'service',
    message: string,
  ) {
    super(message);
  }
}

/** The pull request this run is about, and the two things the action does with it. */
export class PullRequest {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The run's page, linked from the comment. */
  readonly runUrl: string;
  #octokit: Octokit;

  constructor(token: string, deadline: number) {
    const { owner, repo, number } = context.issue;
    if (!Number.isInteger(number) || number < 1)
      throw new GitHubFailure('service', `The ${context.eventName} event names no pull request number.`);
    this.owner = owner;
    this.repo = repo;
    this.number = number;
    this.runUrl = `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;
    // Masked line by line, and refused with a control character, before any request.
    this.#octokit = gitHubClient(acceptCredential(token, 'the github-token input'), context.apiUrl, deadline);
  }

  /** Every file the pull request touches (every page of GitHub's list). */
  async changedFiles(): Promise<PullRequestFile[]> {
    const files: PullRequestFile[] = [];
    await this.#call('read the pull request’s files', async () => {
      const pages = this.#octokit.paginate.iterator(this.#octokit.rest.pulls.listFiles, {
        owner: this.owner,
        repo: this.repo,
        pull_number: this.number,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const file of listOf(page.data)) {
          if (typeof file.filename === 'string' && typeof file.status === 'string')
            files.push({ filename: file.filename, status: file.status });
        }
      }
    });
    if (files.length >= MAX_LISTED_FILES)
      throw new GitHubFailure(
        'service',
        `the pull request changes ${MAX_LISTED_FILES} files or more, and GitHub lists no more than ${MAX_LISTED_FILES}`,
      );
    return files;
  }

  /**
   * Updates the comment whose body starts with `marker` (searching every page of comments), or
   * creates it when there is none.
   * @returns the comment's URL and what was done
   */
  async upsertComment(marker: string, body: string): Promise<{ url: string; action: 'created' | 'updated' }> {
    return this.#call('write the pull-request comment', async () => {
      const where = { owner: this.owner, repo: this.repo };
      const pages = this.#octokit.paginate.iterator(this.#octokit.rest.issues.listComments, {
        ...where,
        issue_number: this.number,
        per_page: 100,
      });
      for await (const page of pages) {
        const ours = listOf(page.data).find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
        if (!ours || typeof ours.id !== 'number') continue;
        const { data } = await this.#octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body });
        return { url: commentUrl(data), action: 'updated' as const };
      }
      const { data } = await this.#octokit.rest.issues.createComment({ ...where, issue_number: this.number, body });
      return { url: commentUrl(data), action: 'created' as const };
    });
  }

  /** Runs `work`, turning whatever it throws into a GitHubFailure whose message quotes no server text raw. */
  async #call<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw failureOf(error, doing);
    }
  }
}

/** A page's data, which is untrusted: a list of records, or nothing. */
function listOf(data: unknown): Record<string, unknown>[] {
  if (!Array.isArray(data)) throw new GitHubFailure('service', 'GitHub answered with something that is not a list');
  return data.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/** The comment's web address, when GitHub gave one that is a plain http(s) URL. */
function commentUrl(comment: Record<string, unknown>): string {
  const url = comment.html_url;
  return typeof url === 'string' && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : '';
}

function failureOf(error: unknown, doing: string): GitHubFailure {
  if (error instanceof GitHubFailure) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof HttpFailure) return new GitHubFailure('service', `could not ${doing}: ${cause.message}`);
  if (error instanceof HttpFailure) return new GitHubFailure('service', `could not ${doing}: ${error.message}`);
  // Octokit's RequestError (named HttpError): a status, and the parsed answer.
  const answered = error as { name?: string; status?: unknown; response?: { data?: unknown } };
  if (answered?.name === 'HttpError' && typeof answered.status === 'number' && answered.response) {
    const status = answered.status;
    const said = untrustedText(messageOf(answered.response?.data) ?? '', 200);
    const answer = `GitHub answered ${status}${said ? ` (${said})` : ''}`;
    // 401: no usable token; 403: not allowed (or a fork's read-only token); 404: GitHub hides what a token may not see.
    if ([401, 403, 404].includes(status) && !/rate limit/i.test(said))
      return new GitHubFailure('permission', `could not ${doing}: ${answer}`);
    return new GitHubFailure('service', `could not ${doing}: ${answer}`);
  }
  return new GitHubFailure(
    'service',
    `could not ${doing}: ${untrustedText(String((error as Error)?.message ?? error), 200)}`,
  );
}

const messageOf = (data: unknown): string | undefined =>
  typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
    ? (data as { message: string }).message
    : undefined;
