import { createRequire } from 'node:module';
import { auditFiles, loadAuditParsers } from '../../src/audit/audit.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';
import { sarifLog } from '../../src/report/sarif.js';

const parsers = await loadAuditParsers();

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 JSON schema (draft-04), as Microsoft's SARIF jest matchers ship it.
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const Ajv = require('ajv-draft-04');
const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(
  schema,
);

const WORKFLOW = `on: push
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: org/lambda-h200-sync@v1
        env:
          K: \${{ secrets.LAMBDA_API_KEY }}
      - run: uv add requests
      - run: make
        env: { A: "\${{ toJSON(secrets) }}", B: "\${{ secrets.bad-name }}" }
      - if: secrets.DEPLOY_KEY
        run: make deploy
`;

const findings = await auditFiles(
  [
    { path: '.github/workflows/sync.yml', text: WORKFLOW },
    { path: '.github/workflows/broken.yml', text: 'jobs: [\n' },
  ],
  {
    legacy: lambdaH200Profile.legacy,
    required: lambdaH200Profile.entries.map((e) => e.secret),
    requiredWithoutProfile: [],
    usesSelf: false,
  },
  parsers,
);

describe('sarifLog', () => {
  const log = sarifLog(findings) as {
    runs: [
      {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { region: object } }[];
        }[];
      },
    ];
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log)).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('has one result per finding, each with its rule, level and region', () => {
    const [run] = log.runs;
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['sync-wiring', 'error'],
      ['legacy-secret', 'error'],
      ['ci-mutating-install', 'warning'],
      ['unresolvable-secrets', 'note'],
      ['secret-name', 'error'],
      ['workflow-schema', 'error'],
      ['workflow-parse', 'error'],
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({
      startLine: 8,
      startColumn: 18,
      endColumn: 40,
    });
  });

  it('is rejected by the schema when broken, so the check above can fail', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });
});
