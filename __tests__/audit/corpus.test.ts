import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditFiles } from '../../src/audit/audit.js';
import { parseWorkflow, secretReferences } from '../../src/audit/workflow.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';

// Real workflow files from public repositories, copied into the fixtures (see fixtures/README.md).
const CORPUS = resolve('__tests__/fixtures/corpus');

/**
 * An independent reading of the same files, line by line: every `secrets` context use inside a
 * one-line `${{ … }}`. It knows nothing of YAML, which is the point: where the two agree, the
 * positions are the file's own.
 */
function lineScan(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    for (const expression of line.matchAll(/\$\{\{(.*?)\}\}/g)) {
      const bodyStart = expression.index! + 3;
      for (const m of expression[1].matchAll(/(?<![\w.-])secrets(?:\.([A-Za-z0-9_-]+)|\[\s*'([^']+)'\s*\]|(\[))?/gi)) {
        const kind = m[1] || m[2] ? `name ${m[1] ?? m[2]}` : m[3] ? 'dynamic' : 'whole-context';
        found.push(`${i + 1}:${bodyStart + m.index! + 1} ${kind}`);
      }
    }
  });
  return found;
}

describe('the real-world workflow corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f));

  it('has the eleven files', () => {
    expect(files).toHaveLength(11);
  });

  it.each(files)('%s parses, and every secret reference is found at its true line and column', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const parsed = parseWorkflow(file, text);
    if ('error' in parsed)
      throw new Error(`${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
    const found = secretReferences(parsed.workflow)
      .filter((r) => r.kind !== 'inherit')
      .map((r) => `${r.line}:${r.column} ${r.kind}${r.name ? ` ${r.name}` : ''}`);
    expect(found).toEqual(lineScan(text));
  });

  it('places the references a line scan cannot see on its own', () => {
    const read = (file: string) => {
      const parsed = parseWorkflow(file, readFileSync(join(CORPUS, file), 'utf8'));
      if ('error' in parsed) throw new Error(file);
      return secretReferences(parsed.workflow).map(
        (r) => `${r.line}:${r.column}-${r.endColumn} ${r.kind}${r.name ? ` ${r.name}` : ''}`,
      );
    };
    // `secrets: inherit`, including on the self-repository `uses: ./.github/workflows/...` form.
    expect(read('astral-sh__uv__release.yml').filter((r) => r.endsWith('inherit'))).toEqual(
      [127, 137, 290, 306, 391, 401, 411].map((line) => `${line}:5-21 inherit`),
    );
    expect(read('woodruffw__gha-hazmat__secrets-inherit.yml').filter((r) => r.endsWith('inherit'))).toEqual([
      '21:5-21 inherit',
    ]);
    // Inside a multi-line run block with line continuations.
    expect(read('astral-sh__uv__test-integration.yml')).toContain('994:32-54 name AWS_ACCOUNT_ID');
  });

  it('audits the whole corpus without a parse error; legacy names there are none, notices mark what cannot be resolved', () => {
    const sources = files.map((file) => ({ path: file, text: readFileSync(join(CORPUS, file), 'utf8') }));
    const findings = auditFiles(sources, {
      legacy: lambdaH200Profile.legacy,
      required: [],
      requiredWithoutProfile: [],
      usesSelf: false,
    });
    expect(findings.filter((f) => f.check === 'workflow-parse')).toEqual([]);
    expect(findings.filter((f) => f.check === 'secret-name').map((f) => `${f.file}:${f.line}`)).toEqual([
      'woodruffw__gha-hazmat__secrets-inherit.yml:27',
    ]);
    const notices = findings.filter((f) => f.check === 'unresolvable-secrets').map((f) => `${f.file}:${f.line}`);
    expect(notices).toEqual(
      expect.arrayContaining([
        'guitarrapc__githubactions-lab__matrix-secret.yml:33',
        'pulp__pulpcore__release.yml:56',
        'woodruffw__gha-hazmat__overprovisioned-secrets.yml:22',
        'woodruffw__gha-hazmat__overprovisioned-secrets.yml:32',
        'woodruffw__gha-hazmat__secrets-inherit.yml:21',
      ]),
    );
  });
});
