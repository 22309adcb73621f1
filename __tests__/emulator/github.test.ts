import { afterEach, describe, expect, it } from '@jest/globals';
import {
  MAX_COMMENT_LENGTH,
  startGitHubEmulator,
  type GitHubEmulator,
  type GitHubRoute,
} from '../../emulator/github-server.js';

const REPO = 'lynn-sophia/infra';
let gh: GitHubEmulator;
afterEach(() => gh?.close());

async function started(options: Parameters<typeof startGitHubEmulator>[0] = {}) {
  gh = await startGitHubEmulator(options);
  gh.addPullRequest(REPO, 7, { files: ['.github/workflows/a.yml', { filename: 'b.yml', status: 'added' }] });
  return gh;
}

/** `path` is absolute when it starts with http, else relative to the API base. token null: no Authorization. */
async function call(method: string, path: string, options: { token?: string | null; body?: unknown } = {}) {
  const token = options.token === undefined ? gh.writeToken : options.token;
  const response = await fetch(path.startsWith('http') ? path : `${gh.url}${path}`, {
    method,
    headers: { ...(token === null ? {} : { Authorization: `token ${token}` }), 'Content-Type': 'application/json' },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, link: response.headers.get('link'), json: text ? JSON.parse(text) : undefined };
}

const comments = `/repos/${REPO}/issues/7/comments`;

describe('GitHub API emulator: who may do what', () => {
  it.each([
    ['no token', null, 401, 'Requires authentication'],
    ['an unknown token', 'ghs_nope', 401, 'Bad credentials'],
  ])('refuses %s with 401', async (_, token, status, message) => {
    await started();
    const answer = await call('GET', comments, { token });
    expect([answer.status, answer.json.message]).toEqual([status, message]);
  });

  it.each([
    ['create', 'POST', comments],
    ['update', 'PATCH', `/repos/${REPO}/issues/comments/1000`],
  ])(
    'refuses a read-only token to %s a comment: 403 Resource not accessible by integration',
    async (_, method, path) => {
      await started();
      gh.addComments(REPO, 7, ['first']);
      const answer = await call(method, path, { token: gh.readToken, body: { body: 'x' } });
      expect([answer.status, answer.json.message]).toEqual([403, 'Resource not accessible by integration']);
      expect(gh.comments(REPO, 7).map((c) => c.body)).toEqual(['first']);
    },
  );

  it('lets a read-only token list comments and files', async () => {
    await started();
    expect((await call('GET', comments, { token: gh.readToken })).status).toBe(200);
    expect((await call('GET', `/repos/${REPO}/pulls/7/files`, { token: gh.readToken })).status).toBe(200);
  });

  it('answers 404 for a pull request or a comment that does not exist', async () => {
    await started();
    expect((await call('GET', `/repos/${REPO}/issues/8/comments`)).status).toBe(404);
    expect((await call('PATCH', `/repos/${REPO}/issues/comments/99`, { body: { body: 'x' } })).status).toBe(404);
    expect((await call('GET', `/repos/other/repo/issues/7/comments`)).status).toBe(404);
  });
});

describe('GitHub API emulator: comments', () => {
  it('creates a comment as the token’s bot and updates it in place', async () => {
    await started();
    const created = await call('POST', comments, { body: { body: 'hello' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `${gh.serverUrl}/${REPO}/pull/7#issuecomment-${created.json.id}`,
    });
    const updated = await call('PATCH', `/repos/${REPO}/issues/comments/${created.json.id}`, {
      body: { body: 'again' },
    });
    expect([updated.status, updated.json.id, updated.json.body]).toEqual([200, created.json.id, 'again']);
    expect(gh.comments(REPO, 7).map((c) => c.body)).toEqual(['again']);
  });

  it.each([
    ['exactly the limit', MAX_COMMENT_LENGTH, 201],
    ['one character over it', MAX_COMMENT_LENGTH + 1, 422],
  ])('takes a body of %s (%i characters): %i', async (_, length, status) => {
    await started();
    const answer = await call('POST', comments, { body: { body: 'x'.repeat(length) } });
    expect(answer.status).toBe(status);
    if (status === 422) expect(answer.json.errors[0].message).toMatch(/Body is too long \(maximum is 65536/);
  });

  it.each([
    ['a missing body', {}, 422],
    ['an empty body', { body: '' }, 422],
  ])('refuses %s', async (_, body, status) => {
    await started();
    expect((await call('POST', comments, { body })).status).toBe(status);
    expect(gh.comments(REPO, 7)).toEqual([]);
  });

  it('pages 250 comments by per_page with Link headers that lead to every page', async () => {
    await started();
    gh.addComments(
      REPO,
      7,
      Array.from({ length: 250 }, (_, i) => `comment ${i}`),
    );
    const bodies: string[] = [];
    const links: (string | null)[] = [];
    let next: string | undefined = `${comments}?per_page=100`;
    while (next) {
      const page = await call('GET', next);
      bodies.push(...page.json.map((c: { body: string }) => c.body));
      links.push(page.link);
      next = /<([^>]+)>; rel="next"/.exec(page.link ?? '')?.[1];
    }
    expect(bodies).toHaveLength(250);
    expect(bodies.at(-1)).toBe('comment 249');
    expect(links).toHaveLength(3);
    expect(links[0]).toMatch(/\/repositories\/\d+\/issues\/7\/comments\?per_page=100&page=2>; rel="next"/);
    expect(links[0]).toMatch(/page=3>; rel="last"/);
    expect(links[2]).not.toMatch(/rel="next"/);
  });

  it('pages by 30 when per_page is not given', async () => {
    await started();
    gh.addComments(
      REPO,
      7,
      Array.from({ length: 31 }, (_, i) => `c${i}`),
    );
    const first = await call('GET', comments);
    expect(first.json).toHaveLength(30);
    expect(first.link).toMatch(/per_page=30&page=2>; rel="next"/);
  });
});

describe('GitHub API emulator: pull-request files', () => {
  it('lists files with their status, paginated', async () => {
    await started();
    gh.addPullRequest(REPO, 7, {
      files: [
        ...Array.from({ length: 120 }, (_, i) => `src/f${i}.ts`),
        { filename: '.github/workflows/new.yml', status: 'renamed', previous_filename: '.github/workflows/old.yml' },
      ],
    });
    const first = await call('GET', `/repos/${REPO}/pulls/7/files?per_page=100`);
    expect(first.json).toHaveLength(100);
    const next = /<([^>]+)>; rel="next"/.exec(first.link ?? '')![1];
    const second = await call('GET', next);
    expect(second.json.at(-1)).toMatchObject({
      filename: '.github/workflows/new.yml',
      status: 'renamed',
      previous_filename: '.github/workflows/old.yml',
    });
  });

  it('lists at most 3,000 files, as GitHub does', async () => {
    await started();
    gh.addPullRequest(REPO, 7, { files: Array.from({ length: 3100 }, (_, i) => `f${i}`) });
    const last = await call('GET', `/repos/${REPO}/pulls/7/files?per_page=100&page=30`);
    expect(last.json).toHaveLength(100);
    expect(last.link).not.toMatch(/rel="next"/);
    expect((await call('GET', `/repos/${REPO}/pulls/7/files?per_page=100&page=31`)).json).toEqual([]);
  });
});

describe('GitHub API emulator: faults, request log, GHES prefix', () => {
  it.each<[GitHubRoute, string, string]>([
    ['list-comments', 'GET', comments],
    ['create-comment', 'POST', comments],
    ['list-files', 'GET', `/repos/${REPO}/pulls/7/files`],
  ])('answers an injected fault on %s in GitHub’s error shape, and logs it', async (route, method, path) => {
    await started();
    gh.injectFault({ route, nth: 2, fault: { kind: 'status', status: 502 } });
    const body = method === 'POST' ? { body: 'a comment' } : undefined;
    const first = await call(method, path, { body });
    const second = await call(method, path, { body });
    expect([first.status, second.status]).toEqual([method === 'POST' ? 201 : 200, 502]);
    expect(second.json.message).toMatch(/fault injected by the GitHub emulator/);
    expect(gh.faultsTriggered).toEqual([{ route, env: undefined, kind: 'status', status: 502 }]);
    expect(gh.requests.map((r) => [r.method, r.status])).toEqual([
      [method, first.status],
      [method, 502],
    ]);
  });

  it('refuses a fault on a route it does not have', async () => {
    await started();
    expect(() => gh.injectFault({ route: 'patch' as GitHubRoute, fault: { kind: 'status', status: 500 } })).toThrow(
      /fault route must be one of list-comments/,
    );
  });

  it('drops the connection for a reset fault', async () => {
    await started();
    gh.injectFault({ route: 'list-files', fault: { kind: 'reset' } });
    await expect(call('GET', `/repos/${REPO}/pulls/7/files`)).rejects.toThrow();
  });

  it('logs each request with its headers and body', async () => {
    await started();
    await call('POST', comments, { body: { body: 'logged' } });
    expect(gh.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/repos/${REPO}/issues/7/comments`,
        body: '{"body":"logged"}',
        status: 201,
        headers: expect.objectContaining({ authorization: `token ${gh.writeToken}` }),
      }),
    ]);
  });

  it('serves under /api/v3 as GitHub Enterprise Server does, and nothing outside it', async () => {
    await started({ pathPrefix: '/api/v3' });
    expect(gh.url).toBe(`${gh.serverUrl}/api/v3`);
    const page = await call('GET', comments);
    expect(page.status).toBe(200);
    expect((await call('GET', `${gh.serverUrl}${comments}`)).status).toBe(404);
  });
});
