// @ts-check
// `npm run demo`: the bundled action (dist/index.js) against the bundled ESC emulator, run the way the
// GitHub runner runs it. Shows the environment before, the job summary, the environment after, and
// a second run that has nothing to change.
// `npm run demo -- --fault patch:429-after-write` (repeatable; grammar: `npm run emulator -- --help`)
// injects faults into the first run, to watch the action retry, re-read and still write once.
import { readFileSync } from 'node:fs';
import { startEscEmulator } from '../emulator/esc-server.js';
import { parseFaultSpec } from '../emulator/fault-spec.js';
import { runAction } from '../emulator/harness.js';
import {
  BASE_ENVIRONMENT,
  EXISTING_ENVIRONMENT,
  H200_SECRETS,
  SAMPLE_BASE_NAME,
  SAMPLE_ENVIRONMENT_NAME,
} from './samples.js';

const rule = (/** @type {string} */ title) =>
  console.log(`\n${'─'.repeat(8)} ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}\n`);

// The team's config file, as the README and examples/ show it: it names the environment and the values expected.
const EXAMPLE_CONFIG = readFileSync(new URL('../examples/lambda-h200-sync.yml', import.meta.url), 'utf8');

const faults = process.argv.flatMap((arg, i, args) =>
  arg === '--fault' && args[i + 1] ? [parseFaultSpec(args[i + 1])] : [],
);

const emu = await startEscEmulator();
try {
  emu.seed(SAMPLE_BASE_NAME, BASE_ENVIRONMENT);
  emu.seed(SAMPLE_ENVIRONMENT_NAME, EXISTING_ENVIRONMENT);
  console.log(
    `ESC emulator at ${emu.url}; environment ${SAMPLE_ENVIRONMENT_NAME} holds comments, an import and keys the action does not manage.`,
  );

  rule(`Before: ${SAMPLE_ENVIRONMENT_NAME} as stored (revision ${emu.environment(SAMPLE_ENVIRONMENT_NAME)?.revision})`);
  console.log(emu.environment(SAMPLE_ENVIRONMENT_NAME)?.definition);

  for (const attempt of ['First run', 'Second run (same secrets)']) {
    emu.clearRequests();
    if (attempt === 'First run') for (const fault of faults) emu.injectFault(fault);
    const run = await runAction({
      inputs: { 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
      env: { ...H200_SECRETS },
      files: { '.github/lambda-h200-sync.yml': EXAMPLE_CONFIG },
    });
    rule(
      `${attempt}: exit code ${run.exitCode}, ${emu.requests.length} requests to ESC (${emu.requests.map((r) => r.method).join(', ')}), ${Math.round(run.durationMs)} ms`,
    );
    if (emu.faultsTriggered.length)
      console.log(
        `Faults injected: ${emu.faultsTriggered.map((f) => `${f.route} ${f.kind}${f.status ? ` ${f.status}` : ''}`).join(', ')}; requests: ${emu.requests.map((r) => `${r.method} ${r.status}`).join(', ')}\n`,
      );
    emu.faultsTriggered.length = 0;
    console.log(run.summary.trim());
    console.log(
      `\noutputs: ${Object.entries(run.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    if (run.exitCode !== 0) {
      console.error(run.log, run.stderr);
      process.exitCode = 1;
      break;
    }
  }

  rule(
    `After: ${SAMPLE_ENVIRONMENT_NAME} as stored (revision ${emu.environment(SAMPLE_ENVIRONMENT_NAME)?.revision}; secrets encrypted at rest)`,
  );
  console.log(emu.environment(SAMPLE_ENVIRONMENT_NAME)?.definition);
} finally {
  await emu.close();
}
