// An HTTP emulator of the few GitHub REST API routes the action uses on pull requests (issue
// comments, a pull request's files), listening on 127.0.0.1 for tests, the demo and the bench.
// It refuses what GitHub refuses: no token (401), a token that may not write (403 "Resource not
// accessible by integration"), a comment over 65,536 characters (422).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { FaultPlan, retryAfterHeader } from './faults.js';
import { json, receive, send } from './http-reply.js';
import { closeServer, listenOnLoopback } from './loopback.js';
import { matchRoute } from './routes.js';

/**
 * @typedef {'list-comments' | 'create-comment' | 'update-comment' | 'list-files'} GitHubRoute
 * @typedef {import('./http-reply.js').Reply} Reply
 * @typedef {import('./http-reply.js').LoggedRequest} LoggedRequest
 * @typedef {{ login: string, write: boolean }} GitHubIdentity
 * @typedef {{ id: number, body: string, login: string, created: string, updated: string }} StoredComment
 * @typedef {'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'} FileStatus
 * @typedef {{ filename: string, status: FileStatus, previous_filename?: string }} ChangedFile
 * @typedef {{ number: number, files: ChangedFile[], comments: StoredComment[] }} PullRequest
 * @typedef {{ id: number, fullName: string, pulls: Map<number, PullRequest> }} Repository
 * @typedef {Omit<import('./faults.js').FaultSpec, 'route' | 'env'> & { route: GitHubRoute }} GitHubFaultSpec
 * @typedef {(req: import('node:http').IncomingMessage, ctx: { route: GitHubRoute | undefined, res: import('node:http').ServerResponse, handle: () => Promise<Reply> }) => boolean | Promise<boolean>} GitHubInterceptor
 */

/** @type {[method: string, pattern: string[], route: GitHubRoute][]} */
const TABLE = [
  ['GET', ['repos', ':owner', ':repo', 'issues', ':number', 'comments'], 'list-comments'],
  ['POST', ['repos', ':owner', ':repo', 'issues', ':number', 'comments'], 'create-comment'],
  ['PATCH', ['repos', ':owner', ':repo', 'issues', 'comments', ':id'], 'update-comment'],
  ['GET', ['repos', ':owner', ':repo', 'pulls', ':number', 'files'], 'list-files'],
  // The form GitHub's own Link headers use: the repository by id.
  ['GET', ['repositories', ':repoId', 'issues', ':number', 'comments'], 'list-comments'],
  ['GET', ['repositories', ':repoId', 'pulls', ':number', 'files'], 'list-files'],
];
export const GITHUB_ROUTES = /** @type {readonly GitHubRoute[]} */ ([...new Set(TABLE.map(([, , route]) => route))]);

/** GitHub's limit on an issue comment's body. */
export const MAX_COMMENT_LENGTH = 65536;
/** GitHub lists at most this many files of a pull request, whatever the page. */
export const MAX_LISTED_FILES = 3000;
const DOCS = 'https://docs.github.com/rest';

/**
 * @param {{ port?: number, pathPrefix?: string }} [options] pathPrefix '/api/v3' as on GitHub Enterprise Server
 * @returns {Promise<GitHubEmulator>}
 */
export async function startGitHubEmulator(options = {}) {
  const emulator = new GitHubEmulator(options.pathPrefix ?? '');
  await emulator.listen(options.port ?? 0);
  return emulator;
}

export class GitHubEmulator {
  /** API base URL (GITHUB_API_URL), path prefix included. */
  url = '';
  /** Web URL (GITHUB_SERVER_URL) that comment links point into. */
  serverUrl = '';
  pathPrefix;
  /** A GITHUB_TOKEN with `pull-requests: write`: it may comment. */
  writeToken = `ghs_${randomBytes(18).toString('hex')}`;
  /** A GITHUB_TOKEN that may only read, as on pull requests from forks. */
  readToken = `ghs_${randomBytes(18).toString('hex')}`;
  /** @type {LoggedRequest[]} */
  requests = [];
  /** @type {Map<string, GitHubIdentity>} */
  #tokens = new Map();
  /** @type {Map<string, Repository>} */
  #repos = new Map();
  #nextId = 1000;
  #faults = new FaultPlan(
    { environment: () => undefined, seed: () => undefined },
    {
      routes: GITHUB_ROUTES,
      reply: (status, retryAfter) =>
        githubError(status, `fault injected by the GitHub emulator`, retryAfterHeader(retryAfter)),
    },
  );
  /** @type {GitHubInterceptor[]} */
  #interceptors = [];
  #server = createServer((req, res) => {
    this.#onRequest(req, res).catch((error) => {
      if (!res.headersSent) send(res, githubError(500, `emulator failure: ${String(error)}`));
      else res.destroy();
    });
  });

  /** @param {string} pathPrefix */
  constructor(pathPrefix) {
    this.pathPrefix = pathPrefix.replace(/\/+$/, '');
    this.addToken(this.writeToken, { login: 'github-actions[bot]', write: true });
    this.addToken(this.readToken, { login: 'github-actions[bot]', write: false });
  }

  /** @param {number} port */
  async listen(port) {
    this.serverUrl = await listenOnLoopback(this.#server, port);
    this.url = `${this.serverUrl}${this.pathPrefix}`;
  }

  async close() {
    await closeServer(this.#server);
  }

  /**
   * @param {string} token
   * @param {GitHubIdentity} identity
   */
  addToken(token, identity) {
    this.#tokens.set(token, { ...identity });
  }

  /**
   * Creates the pull request (and its repository) with the files it changes; replaces an existing one's files.
   * @param {string} repository 'owner/name'
   * @param {number} number
   * @param {{ files?: (string | ChangedFile)[] }} [content] a bare file name means a modified file
   */
  addPullRequest(repository, number, content = {}) {
    const repo = this.#repo(repository);
    const files = (content.files ?? []).map((f) =>
      typeof f === 'string' ? { filename: f, status: /** @type {const} */ ('modified') } : { ...f },
    );
    const existing = repo.pulls.get(number);
    if (existing) existing.files = files;
    else repo.pulls.set(number, { number, files, comments: [] });
  }

  /**
   * Comments written by someone else (a reviewer, another bot) or earlier by the action.
   * @param {string} repository
   * @param {number} number
   * @param {(string | { body: string, login?: string })[]} comments
   */
  addComments(repository, number, comments) {
    const pull = this.#pull(repository, number);
    if (!pull) throw new Error(`pull request ${repository}#${number} does not exist; addPullRequest first`);
    for (const comment of comments) {
      const { body, login = 'a-reviewer' } = typeof comment === 'string' ? { body: comment } : comment;
      pull.comments.push(this.#newComment(body, login));
    }
  }

  /**
   * @param {string} repository
   * @param {number} number
   * @returns {{ id: number, body: string, login: string, created: string, updated: string }[]} copies, oldest first
   */
  comments(repository, number) {
    return (this.#pull(repository, number)?.comments ?? []).map((c) => ({ ...c }));
  }

  clearRequests() {
    this.requests.length = 0;
  }

  /**
   * Makes requests fail in a scripted way, as in the ESC emulator (faults.js); routes are GITHUB_ROUTES.
   * @param {GitHubFaultSpec} spec
   * @returns {() => void} disarms the fault
   */
  injectFault(spec) {
    return this.#faults.add(spec);
  }

  get faultsTriggered() {
    return this.#faults.triggered;
  }

  /**
   * @param {GitHubInterceptor} interceptor called before routing; returns true when it answered itself
   * @returns {() => void} removes it
   */
  intercept(interceptor) {
    this.#interceptors.push(interceptor);
    return () => {
      this.#interceptors = this.#interceptors.filter((i) => i !== interceptor);
    };
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async #onRequest(req, res) {
    const { method, path: rawPath, body } = await receive(req, res, this.requests);
    res.setHeader('X-GitHub-Request-Id', randomBytes(8).toString('hex').toUpperCase());

    const url = new URL(rawPath, 'http://emulator');
    const match = matchRoute(method, url.pathname, this.pathPrefix, TABLE);
    const handle = async () => this.#dispatch(method, match, url.searchParams, body, req.headers);
    const ctx = { route: match.route, env: undefined, count: 0, res, body, requestId: '', handle };
    // The fault plan is ESC's, typed with ESC's route names; it only compares them.
    if (await this.#faults.intercept(req, /** @type {any} */ (ctx))) return;
    for (const interceptor of [...this.#interceptors]) if (await interceptor(req, ctx)) return;
    send(res, await handle());
  }

  /**
   * @param {string} method
   * @param {ReturnType<typeof matchRoute<GitHubRoute>>} match
   * @param {URLSearchParams} query
   * @param {string} body
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @returns {Promise<Reply>}
   */
  async #dispatch(method, match, query, body, headers) {
    if (!match.route) return githubError(404, 'Not Found');
    const credentials = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    if (!headers.authorization) return githubError(401, 'Requires authentication');
    const identity = credentials ? this.#tokens.get(credentials[1]) : undefined;
    if (!identity) return githubError(401, 'Bad credentials');

    const repo = match.repoId
      ? [...this.#repos.values()].find((r) => String(r.id) === match.repoId)
      : this.#repos.get(`${match.owner}/${match.repo}`);
    if (!repo) return githubError(404, 'Not Found');
    if (match.route === 'update-comment') {
      if (!identity.write) return notAccessible('issues/comments#update-an-issue-comment');
      return this.#update(repo, Number(match.id), body);
    }
    const pull = repo.pulls.get(Number(match.number));
    if (!pull) return githubError(404, 'Not Found');
    const page = pagination(query);
    if (typeof page === 'string') return githubError(422, page);
    switch (match.route) {
      case 'list-comments':
        return this.#page(
          repo,
          `issues/${pull.number}/comments`,
          pull.comments.map((c) => this.#render(repo, pull, c)),
          page,
        );
      case 'list-files':
        return this.#page(
          repo,
          `pulls/${pull.number}/files`,
          pull.files.slice(0, MAX_LISTED_FILES).map(renderFile),
          page,
        );
      case 'create-comment': {
        if (!identity.write) return notAccessible('issues/comments#create-an-issue-comment');
        const text = commentBody(body);
        if (typeof text !== 'string') return text;
        const comment = this.#newComment(text, identity.login);
        pull.comments.push(comment);
        return json(201, this.#render(repo, pull, comment), {
          Location: `${this.url}/repos/${repo.fullName}/issues/comments/${comment.id}`,
        });
      }
    }
    throw new Error(`unhandled route ${match.route} for ${method}`);
  }

  /**
   * @param {Repository} repo
   * @param {number} id
   * @param {string} body
   */
  #update(repo, id, body) {
    for (const pull of repo.pulls.values()) {
      const comment = pull.comments.find((c) => c.id === id);
      if (!comment) continue;
      const text = commentBody(body);
      if (typeof text !== 'string') return text;
      comment.body = text;
      comment.updated = new Date().toISOString();
      return json(200, this.#render(repo, pull, comment));
    }
    return githubError(404, 'Not Found');
  }

  /**
   * One page of a list, with GitHub's Link header (first, prev, next, last) in its by-id URL form.
   * @param {Repository} repo
   * @param {string} path e.g. 'issues/7/comments'
   * @param {unknown[]} items
   * @param {{ perPage: number, page: number }} page
   */
  #page(repo, path, items, { perPage, page }) {
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (/** @type {number} */ n) =>
      `<${this.url}/repositories/${repo.id}/${path}?per_page=${perPage}&page=${n}>`;
    const rels = [];
    if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) rels.push(`${link(1)}; rel="first"`);
    return json(200, items.slice((page - 1) * perPage, page * perPage), rels.length ? { Link: rels.join(', ') } : {});
  }

  /** @param {string} fullName */
  #repo(fullName) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(fullName)) throw new Error(`repository "${fullName}" must be owner/name`);
    let repo = this.#repos.get(fullName);
    if (!repo) {
      repo = { id: 500000 + this.#repos.size, fullName, pulls: new Map() };
      this.#repos.set(fullName, repo);
    }
    return repo;
  }

  /**
   * @param {string} repository
   * @param {number} number
   */
  #pull(repository, number) {
    return this.#repos.get(repository)?.pulls.get(number);
  }

  /**
   * @param {string} body
   * @param {string} login
   * @returns {StoredComment}
   */
  #newComment(body, login) {
    const now = new Date().toISOString();
    return { id: this.#nextId++, body, login, created: now, updated: now };
  }

  /**
   * A comment as GitHub's REST API shows it (the fields a client reads).
   * @param {Repository} repo
   * @param {PullRequest} pull
   * @param {StoredComment} c
   */
  #render(repo, pull, c) {
    return {
      id: c.id,
      node_id: `IC_${Buffer.from(String(c.id)).toString('base64url')}`,
      url: `${this.url}/repos/${repo.fullName}/issues/comments/${c.id}`,
      html_url: `${this.serverUrl}/${repo.fullName}/pull/${pull.number}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${repo.fullName}/issues/${pull.number}`,
      body: c.body,
      user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: c.created,
      updated_at: c.updated,
      author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    };
  }
}

/** @param {ChangedFile} f */
function renderFile(f) {
  return {
    sha: randomBytes(20).toString('hex'),
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: f.status === 'added' ? 0 : 1,
    changes: f.status === 'added' ? 1 : 2,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

/**
 * `per_page` (default 30, at most 100) and `page` (from 1), as GitHub reads them.
 * @param {URLSearchParams} query
 * @returns {{ perPage: number, page: number } | string} or why they are invalid
 */
function pagination(query) {
  const perPage = Number(query.get('per_page') ?? 30);
  const page = Number(query.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1) return 'per_page must be a positive integer';
  if (!Number.isInteger(page) || page < 1) return 'page must be a positive integer';
  return { perPage: Math.min(perPage, 100), page };
}

/**
 * The `body` of a create or update request, or GitHub's 422 for a missing or oversized one.
 * @param {string} text the request body, JSON {"body": "..."}
 * @returns {string | Reply}
 */
function commentBody(text) {
  /** @type {unknown} */
  let body;
  try {
    body = JSON.parse(text)?.body;
  } catch {
    return githubError(400, 'Problems parsing JSON');
  }
  if (typeof body !== 'string' || body === '') return validationFailed('missing_field', 'body is missing');
  if (body.length > MAX_COMMENT_LENGTH)
    return validationFailed('custom', `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`);
  return body;
}

/**
 * GitHub's error shape.
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 */
function githubError(status, message, headers) {
  return json(status, { message, documentation_url: DOCS, status: String(status) }, headers);
}

/** @param {string} page the documentation page of the route */
function notAccessible(page) {
  return json(403, {
    message: 'Resource not accessible by integration',
    documentation_url: `${DOCS}/${page}`,
    status: '403',
  });
}

/**
 * @param {string} code
 * @param {string} message
 */
function validationFailed(code, message) {
  return json(422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code, field: 'body', message }],
    documentation_url: DOCS,
    status: '422',
  });
}
