import { readFileSync } from 'node:fs';
import { runAction } from '../../emulator/harness.js';
import { exampleRepository } from '../../scripts/examples.js';

// examples/ laid out as a user's repository: workflows in .github/workflows, config files in .github.
const REPOSITORY = exampleRepository();
const WORKFLOWS = Object.keys(REPOSITORY).filter((path) => path.startsWith('.github/workflows/'));

const audit = (files: Record<string, string>, workflows: string) =>
  runAction({ inputs: { mode: 'audit', workflows }, files });

describe('examples/, audited by the action itself (dist/index.js through the harness)', () => {
  it('holds the five workflows and three config files the README points at', () => {
    expect(Object.keys(REPOSITORY).sort()).toEqual([
      '.github/lambda-h200-sync.production.yml',
      '.github/lambda-h200-sync.staging.yml',
      '.github/lambda-h200-sync.yml',
      '.github/workflows/plan-pull-request.yml',
      '.github/workflows/sync-secrets-matrix.yml',
      '.github/workflows/sync-secrets-oidc.yml',
      '.github/workflows/sync-secrets.yml',
      '.github/workflows/workflow-audit.yml',
    ]);
  });

  it.each(WORKFLOWS)('%s: no error, no warning', async (workflow) => {
    const run = await audit(REPOSITORY, workflow);
    const findings = JSON.parse(run.reportFile!).findings as { severity: string; message: string }[];
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Audited 1 workflow file');
  });

  it('would catch an example that stopped handing the sync a secret, at its line', async () => {
    const path = '.github/workflows/sync-secrets.yml';
    const text = REPOSITORY[path].replace(/^ +LAMBDA_LABS_ASG_NAME: .*\n/m, '');
    const run = await audit({ ...REPOSITORY, [path]: text }, path);
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.properties.file).toBe(path);
    expect(error?.properties.line).toBe(
      String(text.split('\n').findIndex((l) => l.includes('uses: lynn-sophia/')) + 1),
    );
    expect(error?.message).toMatch(/does not hand it LAMBDA_LABS_ASG_NAME/);
  });

  it("the README's workflows, copied as they are: no error, no warning", async () => {
    const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((text) => /^jobs:/m.test(text));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const files = Object.fromEntries(blocks.map((text, i) => [`.github/workflows/readme-${i}.yml`, text]));
    const run = await audit(files, '.github/workflows/readme-*.yml');
    const findings = JSON.parse(run.reportFile!).findings as { severity: string }[];
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(run.exitCode).toBe(0);
  });
});
