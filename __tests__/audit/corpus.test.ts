import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { auditFiles, loadAuditParsers } from '../../src/audit/audit.js';
import { AUDIT_RULES, type AuditRuleId } from '../../src/audit/rule-catalog.js';
import { parseWorkflow, secretReferences } from '../../src/audit/workflow.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';

const parsers = await loadAuditParsers();

// Real workflow files from public repositories, copied into the fixtures (see fixtures/README.md).
const CORPUS = resolve('__tests__/fixtures/corpus');
// Our own labelled cases: each line that must be found ends in `expect: <rule>` (several rules comma-separated).
const LABELLED = resolve('__tests__/fixtures/labelled');

/**
 * What each rule must find in the real corpus, as `file:line rule` (the files are real workflows
 * that GitHub runs: no install edits a manifest there, no file is refused).
 */
const CORPUS_LABELS = [
  ...[127, 137, 290, 306, 391, 401, 411].map((line) => `astral-sh__uv__release.yml:${line} unresolvable-secrets`),
  'guitarrapc__githubactions-lab__matrix-secret.yml:33 unresolvable-secrets',
  'pulp__pulpcore__release.yml:56 unresolvable-secrets',
  'woodruffw__gha-hazmat__overprovisioned-secrets.yml:22 unresolvable-secrets',
  'woodruffw__gha-hazmat__overprovisioned-secrets.yml:32 unresolvable-secrets',
  'woodruffw__gha-hazmat__secrets-inherit.yml:21 unresolvable-secrets',
  'woodruffw__gha-hazmat__secrets-inherit.yml:27 secret-name',
];

/** Lines marked `expect: rule[, rule]` in a labelled file. */
function markedLabels(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const marker = /expect: ([\w, -]+)$/.exec(line);
    return marker ? marker[1].split(',').map((rule) => `${file}:${i + 1} ${rule.trim()}`) : [];
  });
}

const SCORED_RULES = Object.keys(AUDIT_RULES) as AuditRuleId[];
/** The least each rule must score here; below 1 only where the README says what is missed and why. */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  // A real install in a pwsh script (the Windows default) is missed: pwsh is not sh.
  'ci-mutating-install': { precision: 1, recall: 0.9 },
};

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

  it('audits the whole corpus without a parse or schema error; legacy names there are none, notices mark what cannot be resolved', async () => {
    const sources = files.map((file) => ({ path: file, text: readFileSync(join(CORPUS, file), 'utf8') }));
    const findings = await auditFiles(
      sources,
      {
        legacy: lambdaH200Profile.legacy,
        required: [],
        requiredWithoutProfile: [],
        usesSelf: false,
      },
      parsers,
    );
    expect(findings.filter((f) => f.check === 'workflow-parse' || f.check === 'workflow-schema')).toEqual([]);
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

const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((file) => ({ path: file, text: readFileSync(join(dir, file), 'utf8') }));
const corpus = read(CORPUS);
const labelled = read(LABELLED);
const foundLabels = (
  await auditFiles(
    [...corpus, ...labelled],
    {
      legacy: lambdaH200Profile.legacy,
      required: lambdaH200Profile.entries.map((e) => e.secret),
      requiredWithoutProfile: [],
      usesSelf: false,
    },
    parsers,
  )
).map((f) => `${f.file}:${f.line} ${f.check}`);

describe('precision and recall per rule, over the real corpus and our labelled cases', () => {
  const expected = [...CORPUS_LABELS, ...labelled.flatMap((f) => markedLabels(f.path, f.text))];
  const found = foundLabels;

  const scores = SCORED_RULES.map((rule) => {
    const mine = (labels: string[]) => labels.filter((l) => l.endsWith(` ${rule}`));
    const want = mine(expected);
    const got = mine(found);
    const hits = got.filter((l) => want.includes(l)).length;
    return {
      rule,
      expected: want.length,
      found: got.length,
      precision: got.length ? hits / got.length : 1,
      recall: want.length ? hits / want.length : 1,
      falseAlarms: got.filter((l) => !want.includes(l)),
      missed: want.filter((l) => !got.includes(l)),
    };
  });

  it('prints the scores', () => {
    const pct = (x: number) => `${(x * 100).toFixed(0)} %`.padStart(9);
    console.log(
      [
        'rule                  expected  found  precision  recall',
        ...scores.map(
          (s) =>
            `${s.rule.padEnd(22)}${String(s.expected).padStart(8)}${String(s.found).padStart(7)}${pct(s.precision)}${pct(s.recall)}`,
        ),
      ].join('\n'),
    );
    expect(scores.every((s) => s.expected > 0)).toBe(true);
  });

  it.each(SCORED_RULES)('%s stays above its floor', (rule) => {
    const score = scores.find((s) => s.rule === rule)!;
    const floor = FLOORS[rule] ?? { precision: 1, recall: 1 };
    expect({
      rule,
      falseAlarms: score.falseAlarms,
      missed: score.missed,
      ok: score.precision >= floor.precision && score.recall >= floor.recall,
    }).toEqual({
      rule,
      falseAlarms: floor.precision === 1 ? [] : score.falseAlarms,
      missed: floor.recall === 1 ? [] : score.missed,
      ok: true,
    });
  });
});
