import { reportJson } from '../../src/report/report-file.js';
import { renderSummary } from '../../src/report/summary.js';
import { finding, change, report } from '../fixtures/run-report.js';

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
    expect(renderSummary({ ...written, mode: 'plan', escRead: true })).toContain(
      'A sync would write one update: 1 to add, 0 to update, 1 unchanged.',
    );
  });

  it('never calls a plan that could not read ESC in step', () => {
    const summary = renderSummary({ ...written, mode: 'plan', changed: false, changes: [] });
    expect(summary).toContain('Validated only: ESC was not read');
    expect(summary).not.toMatch(/In step/);
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
