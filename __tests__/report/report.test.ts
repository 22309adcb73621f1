import type { Change } from '../../src/changes.js';
import type { CheckOutcome, Finding } from '../../src/findings.js';
import { scoreOf } from '../../src/findings.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { outputsFor } from '../../src/report/outputs.js';
import { reportJson } from '../../src/report/report-file.js';
import type { RunReport } from '../../src/report/run-report.js';
import { renderSummary } from '../../src/report/summary.js';
import { failureHeadline, failureOf } from '../../src/report/verdict.js';

const failureMessage = (r: RunReport) => failureOf(r)?.message;

const finding = (severity: Finding['severity'], secret = 'S'): Finding => ({
  check: 'required',
  severity,
  secret,
  message: `${secret} is missing.`,
});
const change = (secret: string, action: Change['action']): Change => ({
  secret,
  path: `lambdaLabs.${secret}`,
  exportPath: `environmentVariables.${secret}`,
  action,
});
const report = (over: Partial<RunReport> = {}): RunReport => ({
  mode: 'sync',
  environment: 'acme/lambda/h200',
  failOn: 'error',
  outcomes: [],
  changes: [],
  changed: false,
  logLines: [],
  notices: [],
  ...over,
});

describe('annotationsFor', () => {
  it('shows 10 per severity and counts the rest in one more', () => {
    const findings = [...Array.from({ length: 13 }, (_, i) => finding('error', `E${i}`)), finding('warning')];
    const annotations = annotationsFor(findings);
    const errors = annotations.filter((a) => a.severity === 'error');
    expect(errors).toHaveLength(11);
    expect(errors[10].message).toBe('3 more errors not shown here; the job summary and the report file list them all.');
    expect(annotations.filter((a) => a.severity === 'warning')).toHaveLength(1);
  });

  it('carries file and position when the finding has them', () => {
    const [a] = annotationsFor([
      { ...finding('error'), file: '.github/workflows/x.yml', line: 4, column: 9, endColumn: 30 },
    ]);
    expect(a.properties).toEqual({
      title: 'lambda-h200-sync: required (S)',
      file: '.github/workflows/x.yml',
      startLine: 4,
      startColumn: 9,
      endColumn: 30,
    });
  });
});

describe('scoreOf', () => {
  const outcomes = (passedCount: number, failed: number): CheckOutcome[] => [
    ...Array.from({ length: passedCount }, () => ({ check: 'c' })),
    ...Array.from({ length: failed }, () => ({ check: 'c', finding: finding('error') })),
  ];
  it.each([
    [10, 0, 100],
    [27, 6, 82],
    [199, 1, 99],
    [0, 3, 0],
    [0, 0, 100],
  ])('%i passed, %i failed → %i %', (p, f, score) => {
    expect(scoreOf(outcomes(p, f))).toBe(score);
  });
});

describe('failureMessage', () => {
  it.each([
    ['error', 'error', true],
    ['error', 'warning', false],
    ['warning', 'warning', true],
    ['never', 'error', false],
  ] as const)('fail-on %s with a %s finding fails: %s', (failOn, severity, fails) => {
    const r = report({ failOn, outcomes: [{ check: 'required', finding: finding(severity) }] });
    expect(failureMessage(r) !== undefined).toBe(fails);
  });

  it.each(['error', 'warning'] as const)('never fails on a legacy warning, even with fail-on %s', (failOn) => {
    const legacy: Finding = { check: 'legacy', severity: 'warning', secret: 'LAMBDA_API_KEY', message: 'legacy' };
    expect(failureMessage(report({ failOn, outcomes: [{ check: 'legacy', finding: legacy }] }))).toBeUndefined();
  });

  it('always fails on a run failure, whatever fail-on says', () => {
    expect(failureMessage(report({ failOn: 'never', failure: { kind: 'service', message: 'token refused' } }))).toBe(
      'token refused',
    );
  });
});

describe('outputsFor', () => {
  it('counts changes and lists missing secrets', () => {
    const outputs = outputsFor(
      report({
        changes: [change('A', 'add'), change('B', 'add'), change('C', 'update'), change('D', 'unchanged')],
        changed: true,
        revision: 7,
        outcomes: [{ check: 'required', finding: finding('error', 'X') }, { check: 'required' }],
      }),
    );
    expect(outputs).toEqual({
      changed: 'true',
      revision: '7',
      added: '2',
      updated: '1',
      unchanged: '1',
      removed: '0',
      missing: 'X',
      legacy: '',
      mismatched: '',
      score: '50',
    });
  });
});

describe('renderSummary and reportJson', () => {
  const written = report({
    changes: [change('A', 'add'), change('B', 'unchanged')],
    changed: true,
    revision: 3,
    outcomes: [{ check: 'required' }, { check: 'required' }],
  });

  it('tables every managed path with its result and the score', () => {
    const md = renderSummary(written);
    expect(md).toContain('✅ Wrote revision 3 in one update: 1 added, 0 updated, 1 unchanged.');
    expect(md).toContain('| `A` | `lambdaLabs.A` | `environmentVariables.A` | added |');
    expect(md).toContain('| `B` | `lambdaLabs.B` | `environmentVariables.B` | unchanged |');
    expect(md).toContain('2 of 2 checks passed (100 %)');
  });

  it('speaks of a plan in the future tense', () => {
    expect(renderSummary({ ...written, mode: 'plan' })).toContain(
      'A sync would write one update: 1 to add, 0 to update, 1 unchanged.',
    );
  });

  it('escapes table cells in messages', () => {
    const md = renderSummary(
      report({ outcomes: [{ check: 'x', finding: { ...finding('warning'), message: 'a | b\nc' } }] }),
    );
    expect(md).toContain('a \\| b<br>c');
  });

  it.each(['sync', 'audit'] as const)(
    'keeps a %s summary with thousands of findings under the runner limit, and says where the rest are',
    (mode) => {
      const many = Array.from({ length: 3000 }, (_, i) => ({
        check: 'legacy-secret',
        finding: { ...finding('error', `S${i}`), file: `w${i % 40}.yml`, line: i + 1, message: 'm'.repeat(300) },
      }));
      const md = renderSummary(report({ mode, outcomes: many }));
      expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
      expect(md).toMatch(/… and 2750 more/);
    },
  );

  it('writes the report JSON with changes and findings', () => {
    const json = JSON.parse(reportJson(written));
    expect(json).toMatchObject({
      mode: 'sync',
      environment: 'acme/lambda/h200',
      result: 'success',
      changed: true,
      revision: 3,
      score: 100,
      checks: { run: 2, passed: 2 },
    });
    expect(json.changes).toHaveLength(2);
  });
});

describe('failureHeadline', () => {
  it.each([
    [
      { kind: 'setup', message: 'Input `mode` must be one of sync, plan, audit.' },
      /^Input `mode` must be one of sync, plan, audit\.$/,
    ],
    [
      { kind: 'service', message: 'Pulumi Cloud answered 503.', requestId: 'r-9' },
      /^Pulumi Cloud answered 503\. This was not caused by your setup \(request id r-9\): .* a re-run may pass\.$/,
    ],
    [
      { kind: 'service', message: 'Pulumi Cloud answered 503 (request id r-9).', requestId: 'r-9' },
      /^Pulumi Cloud answered 503 \(request id r-9\)\. This was not caused by your setup: /,
    ],
    [
      { kind: 'internal', message: 'x is undefined' },
      /^lambda-h200-sync itself failed: x is undefined .*please report it at https:\/\/github\.com\/.*\/issues/,
    ],
  ] as const)('%j', (failure, headline) => {
    expect(failureHeadline(failure)).toMatch(headline);
  });

  it('puts the kind in the report file, and says blocking findings are the setup', () => {
    const failed = JSON.parse(reportJson(report({ failure: { kind: 'internal', message: 'boom' } })));
    expect(failed).toMatchObject({ result: 'failure', failure: { kind: 'internal', message: 'boom' } });
    const blocked = JSON.parse(reportJson(report({ outcomes: [{ check: 'required', finding: finding('error') }] })));
    expect(blocked.failure).toEqual({
      kind: 'setup',
      message: '1 error (fail-on: error); nothing was written to ESC.',
    });
    expect(JSON.parse(reportJson(report())).failure).toBeNull();
  });
});
