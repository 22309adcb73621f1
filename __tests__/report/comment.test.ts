import { commentMarker, MAX_COMMENT_CHARS, renderComment } from '../../src/report/comment.js';
import { report as baseReport } from '../fixtures/run-report.js';

const RUN = 'https://github.com/lynn-sophia/infra/actions/runs/4242';
const none = (text: string) => text;
const report: typeof baseReport = (over) => baseReport({ mode: 'plan', environment: undefined, ...over });

const planned = report({
  environment: 'lynn-sophia/lambda/h200',
  escRead: true,
  changed: true,
  changes: [
    { secret: 'LAMBDA_LABS_API_KEY', path: 'lambdaLabs.apiKey', action: 'update' },
    { secret: 'LAMBDA_LABS_REGION', path: 'lambdaLabs.region', action: 'unchanged' },
    { secret: 'LAMBDA_LABS_ASG_NAME', path: 'lambdaLabs.asgName', action: 'add' },
  ],
});

describe('the pull-request comment', () => {
  it('starts with its hidden marker: one per environment for plan, one for audit', () => {
    expect(commentMarker(planned)).toBe('<!-- lambda-h200-sync:plan:lynn-sophia/lambda/h200 -->');
    expect(commentMarker(report({ mode: 'audit' }))).toBe('<!-- lambda-h200-sync:audit -->');
    expect(renderComment(planned, RUN, none).split('\n')[0]).toBe(commentMarker(planned));
  });

  it('shows the headline, only the changed rows of a plan, and links the run', () => {
    const body = renderComment(planned, RUN, none);
    expect(body).toContain('a sync would write one update (1 to add, 1 to update, 1 unchanged)');
    expect(body).toContain('| update | `LAMBDA_LABS_API_KEY` | `lambdaLabs.apiKey` |');
    expect(body).toContain('| add | `LAMBDA_LABS_ASG_NAME` | `lambdaLabs.asgName` |');
    expect(body).not.toContain('lambdaLabs.region');
    expect(body).toContain(`[The run](${RUN})`);
  });

  it('lists findings errors first, with file:line:column', () => {
    const body = renderComment(
      report({
        mode: 'audit',
        outcomes: [
          { check: 'ci', finding: { check: 'ci', severity: 'warning', file: 'a.yml', line: 3, message: 'w' } },
          {
            check: 'legacy-secret',
            finding: { check: 'legacy-secret', severity: 'error', file: 'b.yml', line: 9, column: 4, message: 'e | x' },
          },
        ],
      }),
      RUN,
      none,
    );
    const rows = body.split('\n').filter((l) => /^\| (error|warning) /.test(l));
    expect(rows).toEqual(['| error | `b.yml:9:4` | legacy-secret | e \\| x |', '| warning | `a.yml:3` | ci | w |']);
  });

  it('passes the whole body through the masking function', () => {
    const body = renderComment(planned, RUN, (text) => text.replaceAll('LAMBDA_LABS_API_KEY', '***'));
    expect(body).not.toContain('LAMBDA_LABS_API_KEY');
    expect(body).toContain('| update | `***` | `lambdaLabs.apiKey` |');
  });

  it('shows 100 rows of a table and says the rest are in the run', () => {
    const outcomes = Array.from({ length: 101 }, (_, i) => ({
      check: 'x',
      finding: { check: 'x', severity: 'error' as const, file: `f${i}.yml`, line: 1, message: 'm' },
    }));
    const body = renderComment(report({ mode: 'audit', outcomes }), RUN, none);
    expect(body.match(/^\| error \|/gm)).toHaveLength(100);
    expect(body).toContain('`f99.yml:1`');
    expect(body).not.toContain('`f100.yml:1`');
    expect(body).toContain(`… and 1 more in [the run](${RUN}).`);
  });

  it.each([
    ['a long message', 1, 70_000],
    ['many findings', 5_000, 40],
  ])('stays within 65,536 characters with %s, cut at a line with a note that links the run', (_, count, length) => {
    const outcomes = Array.from({ length: count }, (_, i) => ({
      check: 'x',
      finding: { check: 'x', severity: 'error' as const, file: `f${i}.yml`, line: 1, message: 'm'.repeat(length) },
    }));
    const body = renderComment(report({ mode: 'audit', outcomes }), RUN, none);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toMatch(/(cut here to stay within GitHub's 65,536-character limit|more in \[the run\])/);
    expect(body).toContain(RUN);
  });
});
