import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HARNESS_PULL_REQUEST,
  HARNESS_REPOSITORY,
  HARNESS_RUN_ID,
  inputVariable,
  parseCommands,
  parseFileCommands,
  runAction,
} from '../../emulator/harness.js';

describe('runner harness protocol pieces', () => {
  it.each([
    ['pulumi-access-token', 'INPUT_PULUMI-ACCESS-TOKEN'],
    ['fail-on', 'INPUT_FAIL-ON'],
    ['my input', 'INPUT_MY_INPUT'],
  ])('names input %s as %s', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });

  it('parses workflow commands with escaped data and properties', () => {
    const stdout = 'plain line\n::error file=a.yml,line=3,title=x%3Ay%2Cz::first%0Asecond 100%25\n::add-mask::k%0D\n';
    expect(parseCommands(stdout)).toEqual([
      { command: 'error', properties: { file: 'a.yml', line: '3', title: 'x:y,z' }, message: 'first\nsecond 100%' },
      { command: 'add-mask', properties: {}, message: 'k\r' },
    ]);
  });

  it('parses file commands in heredoc and name=value form', () => {
    const text =
      'changed<<ghadelimiter_1\ntrue\nghadelimiter_1\nmulti<<ghadelimiter_2\na\nb\nghadelimiter_2\nplain=1\n';
    expect(parseFileCommands(text)).toEqual({ changed: 'true', multi: 'a\nb', plain: '1' });
  });
});

describe('runner harness: the event and the GitHub API', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'harness-event-'));
    writeFileSync(
      join(dir, 'action.yml'),
      "inputs:\n  github-token:\n    default: '${{ github.token }}'\nruns: { using: node24, main: probe.js }\n",
    );
    // Prints what an action reads about its event.
    writeFileSync(
      join(dir, 'probe.js'),
      `const fs = require('node:fs');
       const e = process.env;
       console.log(JSON.stringify({ name: e.GITHUB_EVENT_NAME, api: e.GITHUB_API_URL, server: e.GITHUB_SERVER_URL,
         run: e.GITHUB_RUN_ID, repo: e.GITHUB_REPOSITORY, token: e['INPUT_GITHUB-TOKEN'],
         payload: JSON.parse(fs.readFileSync(e.GITHUB_EVENT_PATH, 'utf8')) }));`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const probe = async (options: Parameters<typeof runAction>[0]) => {
    const run = await runAction({ ...options, entry: join(dir, 'probe.js'), actionYml: join(dir, 'action.yml') });
    return JSON.parse(run.stdout);
  };

  it('writes a pull_request payload naming the pull request, and fills `${{ github.token }}` defaults', async () => {
    const seen = await probe({
      eventName: 'pull_request',
      githubApiUrl: 'http://127.0.0.1:1/api/v3',
      githubServerUrl: 'http://127.0.0.1:1',
      githubToken: 'ghs_job_token',
    });
    expect(seen).toMatchObject({
      name: 'pull_request',
      api: 'http://127.0.0.1:1/api/v3',
      server: 'http://127.0.0.1:1',
      run: HARNESS_RUN_ID,
      repo: HARNESS_REPOSITORY,
      token: 'ghs_job_token',
      payload: {
        number: HARNESS_PULL_REQUEST,
        pull_request: { number: HARNESS_PULL_REQUEST },
        repository: { full_name: HARNESS_REPOSITORY },
      },
    });
  });

  it('writes a push payload without a pull request, GitHub.com URLs, and no token unless given', async () => {
    const seen = await probe({});
    expect(seen).toMatchObject({
      name: 'push',
      api: 'https://api.github.com',
      server: 'https://github.com',
      token: '',
    });
    expect(seen.payload.pull_request).toBeUndefined();
  });

  it('takes a payload as given', async () => {
    const seen = await probe({ eventName: 'pull_request', eventPayload: { number: 99 } });
    expect(seen.payload).toEqual({ number: 99 });
  });
});
