import { execFileSync } from 'node:child_process';
import { runAction } from '../../emulator/harness.js';
import { routes, seededEmulator, syncRun, type Emulator } from './helpers.js';

// action.yml says node24: the bundle must load and run there too, not only on this machine's Node.
function node24(): string {
  if (process.env.NODE24_BIN) return process.env.NODE24_BIN;
  return execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 120_000,
  }).trim();
}

let emu: Emulator;
beforeEach(async () => {
  emu = await seededEmulator();
});
afterEach(() => emu.close());

it('runs the bundle on Node 24: first sync writes once, second changes nothing', async () => {
  const nodeBinary = node24();
  expect(execFileSync(nodeBinary, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
  const first = await syncRun(emu, { nodeBinary });
  expect(first.exitCode).toBe(0);
  expect(first.outputs).toMatchObject({ changed: 'true', added: '10' });
  const second = await syncRun(emu, { nodeBinary });
  expect(second.outputs).toMatchObject({ changed: 'false', unchanged: '10' });
  expect(routes(emu)).toEqual(['decrypt', 'read', 'patch', 'open', 'read-open', 'decrypt']);
}, 180_000);

it('audits on Node 24 across worker threads, with the shell parser and the yaml parsers, findings in file order', async () => {
  const nodeBinary = node24();
  // 240 files: two threads here; each file has a legacy reference and a manifest-changing install.
  const files = Object.fromEntries(
    Array.from({ length: 240 }, (_, i) => [
      `.github/workflows/w${String(i).padStart(3, '0')}.yml`,
      `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \${{ secrets.LAMBDA_API_KEY }}\n          out=$(uv add requests)\n`,
    ]),
  );
  const run = await runAction({ inputs: { mode: 'audit', 'fail-on': 'never' }, files, nodeBinary });
  expect(run.exitCode).toBe(0);
  // Nothing on stderr: a V8 flag the shell parser sets that this Node no longer knows would be reported there.
  expect(run.stderr).toBe('');
  const findings = JSON.parse(run.reportFile!).findings as { file: string; line: number; check: string }[];
  expect(findings.map((f) => `${f.file}:${f.line} ${f.check}`)).toEqual(
    Object.keys(files).flatMap((file) => [`${file}:7 legacy-secret`, `${file}:8 ci-mutating-install`]),
  );
}, 180_000);
