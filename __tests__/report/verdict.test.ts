import { reportJson } from '../../src/report/report-file.js';
import type { Finding } from '../../src/findings.js';
import { finding, report } from '../fixtures/run-report.js';
import type { RunReport } from '../../src/report/run-report.js';
import { failureHeadline, stepFailure } from '../../src/report/verdict.js';

const failureMessage = (r: RunReport) => stepFailure(r)?.message;

describe('stepFailure', () => {
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
