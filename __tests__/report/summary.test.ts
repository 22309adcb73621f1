import { reportJson } from '../../src/report/report-file.js';
import { renderSummary } from '../../src/report/summary.js';
import { finding, change, report } from '../fixtures/run-report.js';

describe('renderSummary and reportJson', () => {
  const written = report({
    changes: [change('A', 'add'), change('B', 'unchanged')],
    changed: true,
    revision: 3,
    escRead: true,
    outcomes: [{ check: 'required' }, { check: 'required' }],
  });

  const firstLine = (md: string) => md.split('\n')[0];

  it.each([
    [
      'a write',
      written,
      '### ✅ Synced `acme/lambda/h200`: revision 3 written in one update (1 added, 0 updated, 1 unchanged)',
    ],
    [
      'a write, linked to the Pulumi Cloud page',
      { ...written, environmentUrl: 'https://app.pulumi.com/acme/esc/lambda/h200' },
      '### ✅ Synced [`acme/lambda/h200`](https://app.pulumi.com/acme/esc/lambda/h200): revision 3 written in one update (1 added, 0 updated, 1 unchanged)',
    ],
    [
      'a no-op',
      { ...written, changed: false, changes: [change('A', 'unchanged')] },
      '### ✅ `acme/lambda/h200` already in step: nothing to write, revision 3 kept',
    ],
    [
      'a plan',
      { ...written, mode: 'plan' as const },
      '### 📝 Plan of `acme/lambda/h200`: a sync would write one update (1 to add, 0 to update, 1 unchanged)',
    ],
    [
      'a plan with nothing to change',
      { ...written, mode: 'plan' as const, changed: false },
      '### ✅ Plan of `acme/lambda/h200`: in step at revision 3, a sync would change nothing',
    ],
    [
      'a plan without a token',
      report({ mode: 'plan', escNotRead: 'there is no Pulumi access token and no OIDC' }),
      '### ⚠️ Plan of `acme/lambda/h200`: ESC was not read, there is no Pulumi access token and no OIDC; only the secrets were validated',
    ],
    [
      'a failed sync',
      report({ outcomes: [{ check: 'required', finding: finding('error') }] }),
      '### ❌ Sync of `acme/lambda/h200` failed',
    ],
    [
      'a failed audit',
      report({
        mode: 'audit',
        audited: ['a.yml', 'b.yml'],
        outcomes: [{ check: 'legacy-secret', finding: finding('error') }],
      }),
      '### ❌ Audit of 2 workflow files failed',
    ],
  ])('starts with one line that says what happened and where: %s', (_name, r, line) => {
    expect(firstLine(renderSummary(r))).toBe(line);
  });

  it('says why a step failed right under the headline', () => {
    const md = renderSummary(report({ outcomes: [{ check: 'required', finding: finding('error') }] }));
    expect(md.split('\n')[2]).toBe('1 error (fail-on: error); nothing was written to ESC.');
  });

  it('never calls a plan that did not read ESC in step, nor says nothing would change', () => {
    const md = renderSummary(report({ mode: 'plan', escNotRead: 'no token', outcomes: [{ check: 'required' }] }));
    expect(md).not.toMatch(/in step|nothing would change|change nothing/i);
  });

  it('puts changed rows first, the result column first, and folds the unchanged ones away', () => {
    const md = renderSummary(
      report({
        changes: [change('A', 'unchanged'), change('B', 'update'), change('C', 'unchanged'), change('D', 'add')],
        changed: true,
        revision: 4,
      }),
    );
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toEqual([
      '| Result | Secret | ESC path | Exported as |',
      '| ✏️ updated | `B` | `lambdaLabs.B` | `B` |',
      '| ➕ added | `D` | `lambdaLabs.D` | `D` |',
      '| Result | Secret | ESC path | Exported as |',
      '| unchanged | `A` | `lambdaLabs.A` | `A` |',
      '| unchanged | `C` | `lambdaLabs.C` | `C` |',
    ]);
    expect(md).toMatch(/<details><summary>2 unchanged<\/summary>\n\n\| Result \|/);
  });

  it('lists findings errors first, each with its icon', () => {
    const md = renderSummary(
      report({
        outcomes: [
          { check: 'legacy', finding: finding('warning', 'W') },
          { check: 'required', finding: finding('error', 'E') },
          { check: 'x', finding: finding('notice', 'N') },
        ],
        failOn: 'never',
      }),
    );
    const findingRows = md
      .slice(md.indexOf('### Findings'), md.indexOf('Every check'))
      .split('\n')
      .filter((l) => /^\| (❌|⚠️|ℹ️)/.test(l));
    expect(findingRows.map((l) => l.split(' | ')[0])).toEqual(['| ❌ error', '| ⚠️ warning', '| ℹ️ notice']);
    expect(md).toContain('1 of 3 checks passed');
  });

  it('tables every managed path and the score', () => {
    const md = renderSummary(written);
    expect(md).toContain('| ➕ added | `A` | `lambdaLabs.A` | `A` |');
    expect(md).toContain('| unchanged | `B` | `lambdaLabs.B` | `B` |');
    expect(md).toContain('2 of 2 checks passed (100 %)');
  });

  it('never calls a plan that could not read ESC in step', () => {
    const summary = renderSummary({ ...written, mode: 'plan', changed: false, changes: [], escRead: false });
    expect(summary).toContain('ESC was not read; only the secrets were validated');
    expect(summary).not.toMatch(/in step/i);
  });

  it('escapes table cells in messages', () => {
    const md = renderSummary(
      report({ outcomes: [{ check: 'x', finding: { ...finding('warning'), message: 'a | b\nc' } }] }),
    );
    expect(md).toContain('a \\| b<br>c');
  });

  it('keeps Markdown and HTML in workflow file names (and messages naming them) from rendering', () => {
    const file = '.github/workflows/`](https://evil.example)<img src=x onerror=alert(1)>|x\n**y**.yml';
    const md = renderSummary(
      report({
        mode: 'audit',
        audited: [file],
        outcomes: [
          {
            check: 'workflow-parse',
            subject: file,
            finding: { check: 'workflow-parse', severity: 'error', file, line: 1, column: 1, message: 'bad' },
          },
        ],
      }),
    );
    // Outside code spans, no tag and no link; inside them, text.
    expect(md.replace(/(`+)[^`](?:.*?[^`])?\1(?!`)/g, '')).not.toMatch(/<img|[^\\]\]\(/);
    expect(md).toContain('### ``.github/workflows/`](https://evil.example)<img src=x onerror=alert(1)>|x **y**.yml``');
    expect(md).toContain(
      '| workflow-parse | ``.github/workflows/`](https://evil.example)<img src=x onerror=alert(1)>\\|x **y**.yml`` |',
    );
  });

  it('escapes HTML and link brackets in messages', () => {
    const md = renderSummary(
      report({
        outcomes: [{ check: 'x', finding: { ...finding('warning'), message: 'see [x](https://e.example) <b>' } }],
      }),
    );
    expect(md).toContain('see \\[x\\](https://e.example) &lt;b&gt;');
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

  it('shows 250 rows of the changes and says the rest are in the report file', () => {
    const changes = Array.from({ length: 251 }, (_, i) => ({
      secret: `S${i}`,
      path: `lambdaLabs.s${i}`,
      action: 'add' as const,
    }));
    const md = renderSummary(report({ changes, changed: true, revision: 2 }));
    expect(md).toContain('`lambdaLabs.s249`');
    expect(md).not.toContain('`lambdaLabs.s250`');
    expect(md).toContain('… and 1 more, listed in the report file (the `report` output).');
  });

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
