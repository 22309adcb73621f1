import { getOctokit } from '@actions/github';
import { HttpFailure, replyJson, request } from '../http/index.js';
import { USER_AGENT } from '../version.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** A GitHub answer is an error page or a list, never megabytes: more is refused. */
const GITHUB_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** One request may take this long, within the step's own timeout. */
const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
const SILENT = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Octokit on GITHUB_API_URL (GitHub.com or GitHub Enterprise Server), every request through the
 * guarded HTTP layer: the token goes only to that API (a Link to anywhere else is refused), no
 * redirect is followed, bodies are capped, nothing runs past the step's deadline. Octokit's own
 * log is silenced: it would print server text (deprecation notices) unfiltered.
 */
export function gitHubClient(token: string, apiUrl: string, deadline: number): Octokit {
  return getOctokit(token, {
    baseUrl: apiUrl,
    userAgent: USER_AGENT,
    log: SILENT,
    request: { fetch: guardedFetch(apiUrl, deadline), log: SILENT },
  });
}

/** The `fetch` Octokit calls, made of the one guarded request function. */
export function guardedFetch(apiUrl: string, deadline: number): typeof fetch {
  const api = new URL(apiUrl.replace(/\/*$/, '/'));
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const what = `${init.method ?? 'GET'} ${url.pathname.slice(api.pathname.length - 1)} (GitHub API)`;
    if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname)) {
      throw new HttpFailure(
        'redirect',
        `GitHub's answer led to ${url.origin}, outside GITHUB_API_URL (${api.origin}); the token goes only to the GitHub API, so nothing was sent there.`,
      );
    }
    const reply = await request({
      method: init.method ?? 'GET',
      url: url.href,
      headers: init.headers as Record<string, string>,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      what,
      deadline,
      timeoutMs: GITHUB_REQUEST_TIMEOUT_MS,
      maxBodyBytes: GITHUB_BODY_LIMIT_BYTES,
    });
    // Octokit would hand a success that is not JSON on as a string; it is refused here instead.
    if (reply.ok && reply.text) replyJson(reply);
    return new Response(reply.status === 204 ? null : reply.text, { status: reply.status, headers: reply.headers });
  };
}
