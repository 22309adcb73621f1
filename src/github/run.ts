import { RunnerEnv } from '../runner-env.js';
import type { Settings } from '../settings.js';
import type { PullRequest } from './pull-request.js';

/** A file of the pull request as GitHub lists it. */
export interface PullRequestFile {
  filename: string;
  status: string;
}

/** Events whose payload is a pull request: the comment and `audit-scope: auto` apply to them. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export const isPullRequestEvent = (env: NodeJS.ProcessEnv): boolean =>
  PULL_REQUEST_EVENTS.has(env[RunnerEnv.EventName] ?? '');

/**
 * The run's view of its pull request. Octokit (and @actions/github) load only when the first
 * request is about to go out, so a sync, or a run on a push, never pays for them.
 */
export class PullRequestRun {
  #opened: Promise<PullRequest> | undefined;

  constructor(
    private readonly settings: Pick<Settings, 'githubToken'>,
    private readonly deadline: number,
    readonly isPullRequest = isPullRequestEvent(process.env),
  ) {}

  get hasToken(): boolean {
    return this.settings.githubToken !== '';
  }

  open(): Promise<PullRequest> {
    this.#opened ??= import('./pull-request.js').then(
      ({ PullRequest }) => new PullRequest(this.settings.githubToken, this.deadline),
    );
    return this.#opened;
  }

  /** Every file the pull request changes, or why they could not be read. */
  async changedFiles(): Promise<PullRequestFile[] | { unreadable: string }> {
    if (!this.hasToken) return { unreadable: 'the github-token input is empty' };
    try {
      return await (await this.open()).changedFiles();
    } catch (error) {
      return { unreadable: error instanceof Error ? error.message : String(error) };
    }
  }
}
