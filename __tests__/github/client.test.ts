import { afterEach, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github-server.js';
import { send } from '../../emulator/http-reply.js';
import { gitHubClient } from '../../src/github/client.js';

const REPO = 'lynn-sophia/infra';
const WHERE = { owner: 'lynn-sophia', repo: 'infra', issue_number: 7, per_page: 100 };
let gh: GitHubEmulator;
let elsewhere: GitHubEmulator;
afterEach(async () => {
  await gh?.close();
  await elsewhere?.close();
});

async function started(pathPrefix = '') {
  gh = await startGitHubEmulator({ pathPrefix });
  elsewhere = await startGitHubEmulator();
  gh.addPullRequest(REPO, 7, { files: ['a.yml'] });
  return gitHubClient(gh.writeToken, gh.url, Date.now() + 60_000);
}

describe('the GitHub client (Octokit through the guarded HTTP layer)', () => {
  it.each([
    ['GitHub.com', ''],
    ['GitHub Enterprise Server', '/api/v3'],
  ])('follows every page of comments on %s', async (_, prefix) => {
    const octokit = await started(prefix);
    gh.addComments(
      REPO,
      7,
      Array.from({ length: 250 }, (_, i) => `c${i}`),
    );
    const all = await octokit.paginate(octokit.rest.issues.listComments, WHERE);
    expect(all).toHaveLength(250);
    expect(gh.requests.map((r) => r.path.split('?')[0])).toEqual([
      `${prefix}/repos/${REPO}/issues/7/comments`,
      expect.stringMatching(/\/repositories\/\d+\/issues\/7\/comments$/),
      expect.stringMatching(/\/repositories\/\d+\/issues\/7\/comments$/),
    ]);
  });

  it('never follows a redirect with the token', async () => {
    const octokit = await started();
    gh.intercept((_req, ctx) => {
      send(ctx.res, { status: 307, headers: { Location: `${elsewhere.url}/repos/${REPO}/issues/7/comments` } });
      return true;
    });
    await expect(octokit.rest.issues.createComment({ ...WHERE, body: 'x' })).rejects.toMatchObject({
      cause: { kind: 'redirect' },
    });
    expect(elsewhere.requests).toEqual([]);
  });

  it('never sends the token to a next page outside the API', async () => {
    const octokit = await started();
    gh.intercept((_req, ctx) => {
      send(ctx.res, {
        status: 200,
        headers: {
          'Content-Type': 'application/json',
          Link: `<${elsewhere.url}/repos/${REPO}/issues/7/comments?page=2>; rel="next"`,
        },
        body: '[]',
      });
      return true;
    });
    await expect(octokit.paginate(octokit.rest.issues.listComments, WHERE)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/outside GITHUB_API_URL.*nothing was sent there/) },
    });
    expect(elsewhere.requests).toEqual([]);
  });

  it('refuses a success that is not JSON, quoting none of it', async () => {
    const octokit = await started();
    gh.intercept((_req, ctx) => {
      send(ctx.res, { status: 200, headers: { 'Content-Type': 'application/json' }, body: '<html>::warning::x' });
      return true;
    });
    const error = await octokit.rest.issues.listComments(WHERE).catch((e: Error) => e);
    expect(error).toMatchObject({ cause: { kind: 'malformed' } });
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('::warning::');
  });

  it('refuses a body over the cap without reading it all', async () => {
    const octokit = await started();
    gh.intercept((_req, ctx) => {
      send(ctx.res, {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: `["${'x'.repeat(5 * 1024 * 1024)}"]`,
      });
      return true;
    });
    await expect(octokit.rest.issues.listComments(WHERE)).rejects.toMatchObject({ cause: { kind: 'too-large' } });
  });
});
