import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskValue } from '../../src/mask.js';
import { reportJson, writeReportFile } from '../../src/report/report-file.js';
import { finding, report } from '../fixtures/run-report.js';

describe('the report file', () => {
  it('masks every string, and leaves numbers as numbers', () => {
    maskValue('diagnostic-quoted-value', () => undefined);
    const json = JSON.parse(
      reportJson(
        report({
          revision: 3,
          outcomes: [{ check: 'x', finding: { ...finding('error'), message: 'ESC said: diagnostic-quoted-value' } }],
        }),
      ),
    );
    expect(json.findings[0].message).toBe('ESC said: ***');
    expect(json.revision).toBe(3);
  });

  it('is one file per step: a later step never overwrites an earlier one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    try {
      const paths = ['first', 'second', 'third'].map((text) => writeReportFile(join(dir, 'lambda-h200-sync'), text));
      expect(paths.map((p) => p.slice(dir.length))).toEqual([
        '/lambda-h200-sync/report.json',
        '/lambda-h200-sync/report-2.json',
        '/lambda-h200-sync/report-3.json',
      ]);
      expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['first', 'second', 'third']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
