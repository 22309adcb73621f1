import { auditFiles, loadAuditParsers } from '../../src/audit/audit.js';
import { type AuditContext, auditWorkflow } from '../../src/audit/rules.js';
import { parseWorkflow } from '../../src/audit/workflow.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';
import { at } from './position.js';

const parsers = await loadAuditParsers();

const REQUIRED = lambdaH200Profile.entries.map((e) => e.secret);
const ctx: AuditContext = {
  legacy: lambdaH200Profile.legacy,
  required: REQUIRED,
  requiredWithoutProfile: [],
  usesSelf: true,
};

/**
 * Our rules' findings as `line:column-endColumn rule: message`, for one file of the test's own (most
 * are parts of a workflow, which GitHub's schema check in auditFiles would refuse: see workflow-schema.test.ts).
 */
const audit = (text: string, context = ctx) => {
  const parsed = parseWorkflow('.github/workflows/t.yml', text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return auditWorkflow(parsed.workflow, context, parsers).map(
    (f) => `${f.line}:${f.column}${f.endColumn ? `-${f.endColumn}` : ''} ${f.check}: ${f.message}`,
  );
};

const envOf = (names: readonly string[], indent = '          ') =>
  names.map((n) => `${indent}${n}: \${{ secrets.${n} }}`).join('\n');

describe('rule legacy-secret', () => {
  it.each([
    [
      'secrets.NAME in env',
      '        env:\n          K: ${{ secrets.LAMBDA_API_KEY }}\n',
      'secrets.LAMBDA_API_KEY',
      /secrets.LAMBDA_API_KEY is a legacy secret, replaced by LAMBDA_LABS_API_KEY/,
    ],
    [
      "secrets['NAME'] in with",
      "        with:\n          k: ${{ secrets['LAMBDA_SSH_PRIVATE_KEY'] }}\n",
      "secrets['LAMBDA_SSH_PRIVATE_KEY']",
      /replaced by LAMBDA_LABS_SSH_PRIVATE_KEY/,
    ],
    [
      'lower case, in run',
      '        run: |\n          echo start\n          curl -H "ip: ${{ secrets.lambda_ip_address }}" x\n',
      'secrets.lambda_ip_address',
      /secrets.lambda_ip_address is a legacy secret that was removed and has no replacement/,
    ],
    [
      'an if without ${{ }}',
      "        if: secrets.LAMBDA_API_KEY != ''\n        run: true\n",
      'secrets.LAMBDA_API_KEY',
      /legacy secret/,
    ],
  ])('%s', (_name, stepBody, needle, message) => {
    const text = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - name: s\n${stepBody}`;
    const [finding] = audit(text);
    expect(finding).toMatch(new RegExp(`^${at(text, needle).replace(/[[\]]/g, '\\$&')} legacy-secret: `));
    expect(finding).toMatch(message);
  });

  it('counts custom legacy names from the config file', () => {
    const text = 'jobs:\n  j:\n    steps:\n      - run: echo ${{ secrets.OLD_DD_KEY }}\n';
    expect(audit(text, { ...ctx, legacy: { ...ctx.legacy, OLD_DD_KEY: 'DATADOG_API_KEY' } })).toEqual([
      `${at(text, 'secrets.OLD_DD_KEY')} legacy-secret: secrets.OLD_DD_KEY is a legacy secret, replaced by DATADOG_API_KEY: reference secrets.DATADOG_API_KEY instead.`,
    ]);
  });
});

describe('rule sync-wiring', () => {
  const step = (uses: string, body: string) =>
    `jobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Sync\n        uses: ${uses}\n${body}`;

  it('names the required secrets a sync step is not handed, at the uses line', () => {
    const handed = REQUIRED.filter((n) => n !== 'LAMBDA_LABS_REGION' && n !== 'LAMBDA_LABS_ASG_NAME');
    const findings = audit(step('org/lambda-h200-sync@v1', `        env:\n${envOf(handed)}\n`));
    expect(findings).toEqual([
      '6:15-38 sync-wiring: Step "Sync" of job sync runs lambda-h200-sync in sync mode but does not hand it LAMBDA_LABS_REGION, LAMBDA_LABS_ASG_NAME: add them to the step\'s env: (NAME: ${{ secrets.NAME }}) or pass secrets: ${{ toJSON(secrets) }}.',
    ]);
  });

  it.each([
    ['every secret in the step env', step('org/lambda-h200-sync@v1', `        env:\n${envOf(REQUIRED)}\n`)],
    [
      'toJSON(secrets) in the secrets input',
      step('org/lambda-h200-sync@v1', '        with:\n          secrets: ${{ toJSON(secrets) }}\n'),
    ],
    [
      'the secrets through job-level env',
      `jobs:\n  sync:\n    env:\n${envOf(REQUIRED, '      ')}\n    steps:\n      - uses: org/lambda-h200-sync@v1\n`,
    ],
    ['audit mode', step('org/lambda-h200-sync@v1', '        with:\n          mode: audit\n')],
    ['profile none', step('org/lambda-h200-sync@v1', '        with:\n          profile: none\n')],
    ['another action', step('org/other-sync@v1', '')],
  ])('is satisfied by %s', (_name, text) => {
    expect(audit(text).filter((f) => f.includes('sync-wiring'))).toEqual([]);
  });

  it.each([
    ['a sub-path and a sha', 'org/lambda-h200-sync/sub@0123abc'],
    ['uses: ./ in this repository', './'],
  ])('recognises %s', (_name, uses) => {
    expect(audit(step(uses, '        with:\n          mode: plan\n'))[0]).toMatch(
      /sync-wiring: .* in plan mode but does not hand it LAMBDA_LABS_API_KEY, /,
    );
  });

  it('reads the names of a JSON object given to the secrets input', () => {
    const json = `{${REQUIRED.filter((n) => n !== 'LAMBDA_LABS_API_KEY')
      .map((n) => `"${n}": "\${{ secrets.${n} }}"`)
      .join(', ')}}`;
    expect(
      audit(step('org/lambda-h200-sync@v1', `        with:\n          secrets: '${json}'\n`)).filter((f) =>
        f.includes('sync-wiring'),
      ),
    ).toEqual([expect.stringMatching(/does not hand it LAMBDA_LABS_API_KEY: add it/)]);
  });
});

describe('rule ci-mutating-install', () => {
  it('points at the command inside a run block, with the CI-safe form', () => {
    const text =
      'jobs:\n  test:\n    steps:\n      - run: |\n          set -e\n          uv add requests\n          pytest\n';
    expect(audit(text)).toEqual([
      `${at(text, 'uv add requests')} ci-mutating-install: uv add changes the project's manifest or lockfile in CI instead of installing from it; use uv sync --locked (add the dependency in the repository), or pip install <pkg> or a pinned requirements file for a one-off tool.`,
    ]);
  });

  it('finds it in a one-line run and after CRLF line ends', () => {
    const text = 'jobs:\r\n  t:\r\n    steps:\r\n      - run: npm install lodash\r\n';
    expect(audit(text)).toEqual([
      expect.stringMatching(
        new RegExp(`^${at(text, 'npm install lodash')} ci-mutating-install: npm install <pkg> .* use npm ci`),
      ),
    ]);
  });

  it('leaves a step whose working directory is a temp dir alone', () => {
    expect(
      audit('jobs:\n  t:\n    steps:\n      - working-directory: ${{ runner.temp }}/demo\n        run: uv add rich\n'),
    ).toEqual([]);
  });
});

describe('rule secret-name and the notices', () => {
  it.each([
    [
      'a hyphenated name',
      'env:\n  A: ${{ secrets.my-token }}\n',
      'secrets.my-token',
      'secret-name: secrets.my-token can never be set: a GitHub secret name may hold only letters, digits and underscores.',
    ],
    [
      'a leading digit',
      "env:\n  A: ${{ secrets['1PASSWORD'] }}\n",
      "secrets['1PASSWORD']",
      'secret-name: secrets.1PASSWORD can never be set: a GitHub secret name may not start with a digit.',
    ],
    [
      'the GITHUB_ prefix',
      'env:\n  A: ${{ secrets.GITHUB_APP_KEY }}\n',
      'secrets.GITHUB_APP_KEY',
      'secret-name: secrets.GITHUB_APP_KEY can never be set: a GitHub secret name may not start with GITHUB_, a prefix GitHub reserves.',
    ],
    [
      'toJSON(secrets)',
      'env:\n  A: ${{ toJSON(secrets) }}\n',
      'secrets',
      'unresolvable-secrets: The whole secrets context is used here (as in toJSON(secrets)): which secrets it needs cannot be resolved statically.',
    ],
    [
      'secrets[expr]',
      'env:\n  A: ${{ secrets[inputs.name] }}\n',
      'secrets[inputs.name]',
      'unresolvable-secrets: secrets[<expression>] picks the secret at run time: which one cannot be resolved statically.',
    ],
    [
      'secrets: inherit',
      'jobs:\n  c:\n    uses: ./.github/workflows/r.yml\n    secrets: inherit\n',
      'secrets: inherit',
      'unresolvable-secrets: secrets: inherit passes every secret to the called workflow: which ones it uses cannot be resolved statically.',
    ],
  ])('%s', (_name, text, needle, expected) => {
    expect(audit(text)).toEqual([`${at(text, needle)} ${expected}`]);
  });

  it('does not flag GITHUB_TOKEN, which GitHub provides', () => {
    expect(audit('env:\n  A: ${{ secrets.GITHUB_TOKEN }}\n')).toEqual([]);
  });
});

it('reports a file that does not parse at the parser position, and still audits the others', async () => {
  const findings = await auditFiles(
    [
      { path: 'a.yml', text: 'jobs:\n  j: [unclosed\n' },
      {
        path: 'b.yml',
        text: 'on: push\nenv:\n  A: ${{ secrets.LAMBDA_API_KEY }}\njobs:\n  t:\n    runs-on: linux\n    steps: [{ run: make }]\n',
      },
    ],
    ctx,
    parsers,
  );
  expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.check}`)).toEqual([
    'a.yml:3:1 workflow-parse',
    'b.yml:3:10 legacy-secret',
  ]);
});

it('keeps positions exact in a file over 100 KB', () => {
  const filler = Array.from({ length: 2500 }, (_, i) => `  VAR_${i}: "${'x'.repeat(30)}"`).join('\n');
  const text = `env:\n${filler}\n  LAST: \${{ secrets.LAMBDA_API_KEY }}\n`;
  expect(text.length).toBeGreaterThan(100 * 1024);
  expect(audit(text)).toEqual([
    expect.stringMatching(new RegExp(`^${at(text, 'secrets.LAMBDA_API_KEY')} legacy-secret: `)),
  ]);
  expect(at(text, 'secrets.LAMBDA_API_KEY')).toMatch(/^2502:/);
});
