// @ts-check
// `npm run demo`: the bundled action (dist/index.js) against the bundled ESC emulator, run the way the
// GitHub runner runs it, shown the way GitHub shows a step: its log (workflow commands rendered as
// the run page renders them) and its annotations, with the job summary's headline. Four runs: a
// first sync into an environment that already holds things the action does not manage, the same
// sync again (nothing to change), a sync that fails on a pasted-wrong secret, and an audit of
// workflow files; then two syncs with `check-lambda: true` against the bundled Lambda Cloud emulator,
// one whose SSH key is the one registered at Lambda and one with a key of another pair (an error,
// nothing written). The runs share one runner directory, kept at the end with each report file.
// `npm run demo -- --fault patch:429-after-write` (repeatable; grammar: `npm run emulator -- --help`)
// injects faults into the first run, to watch the action retry, re-read and still write once.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEscEmulator } from '../emulator/esc-server.js';
import { parseFaultSpec } from '../emulator/fault-spec.js';
import { runAction } from '../emulator/harness.js';
import { instanceType } from '../emulator/lambda-catalog.js';
import { startLambdaEmulator } from '../emulator/lambda-server.js';
import sshpk from 'sshpk';
import { exampleRepository } from './examples.js';
import {
  BASE_ENVIRONMENT,
  EXISTING_ENVIRONMENT,
  H200_SECRETS,
  SAMPLE_BASE_NAME,
  SAMPLE_ENVIRONMENT_NAME,
} from './samples.js';

/** @typedef {Awaited<ReturnType<typeof runAction>>} ActionRun */

const rule = (/** @type {string} */ title) =>
  console.log(`\n${'─'.repeat(8)} ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}\n`);

const faults = process.argv.flatMap((arg, i, args) =>
  arg === '--fault' && args[i + 1] ? [parseFaultSpec(args[i + 1])] : [],
);

// The team's files as the README and examples/ show them: the config file names the environment
// and the values expected; the workflows are the ones users copy.
const REPOSITORY = exampleRepository();
const CONFIG = { '.github/lambda-h200-sync.yml': REPOSITORY['.github/lambda-h200-sync.yml'] };
// A workflow a teammate changed in a pull request: an old secret name, and a sync step missing a secret.
const CHANGED_WORKFLOW = `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          LAMBDA_API_KEY: \${{ secrets.LAMBDA_API_KEY }}
      - uses: lynn-sophia/lambda-h200-sync@v1
        env:
          LAMBDA_LABS_API_KEY: \${{ secrets.LAMBDA_LABS_API_KEY }}
`;

const LEVELS = { error: 'Error', warning: 'Warning', notice: 'Notice' };

/** Each masked value, longest first, replaced by *** as the runner does before a line reaches the log. */
const masked = (/** @type {ActionRun} */ run, /** @type {string} */ text) =>
  [...run.masks]
    .sort((a, b) => b.length - a.length)
    .reduce((out, mask) => (mask ? out.split(mask).join('***') : out), text);

/** The step log as the run page shows it: annotations as "Error: …", other workflow commands hidden, masks applied. */
function showLog(/** @type {ActionRun} */ run) {
  for (const line of run.stdout.split('\n')) {
    const command = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!command) {
      if (line) console.log(`  ${masked(run, line)}`);
    } else if (command[1] in LEVELS) {
      const level = LEVELS[/** @type {keyof typeof LEVELS} */ (command[1])];
      console.log(`  ${level}: ${masked(run, command[2].replace(/%0A/g, '\n  '))}`);
    }
  }
  if (run.exitCode !== 0) console.log(`  Error: Process completed with exit code ${run.exitCode}.`);
}

/** The annotations box of the run page: each with its title, its file and line when it has them, and its message. */
function showAnnotations(/** @type {ActionRun} */ run) {
  const annotations = run.commands.filter((c) => c.command in LEVELS);
  const count = (/** @type {string} */ level) => annotations.filter((a) => a.command === level).length;
  console.log(`Annotations: ${count('error')} errors, ${count('warning')} warnings, ${count('notice')} notices`);
  for (const a of annotations) {
    const icon = { error: '✖', warning: '⚠', notice: 'ℹ' }[/** @type {keyof typeof LEVELS} */ (a.command)];
    const where = a.properties.file ? ` (${a.properties.file}#L${a.properties.line})` : '';
    console.log(`  ${icon} ${a.properties.title ?? LEVELS[/** @type {keyof typeof LEVELS} */ (a.command)]}${where}`);
    console.log(`    ${masked(run, a.message)}`);
  }
}

/** What one step shows, and where its job summary and report file are. */
function show(/** @type {string} */ title, /** @type {ActionRun} */ run, /** @type {string} */ runnerDir) {
  rule(`${title}: exit code ${run.exitCode}, ${Math.round(run.durationMs)} ms`);
  console.log('Step log:');
  showLog(run);
  console.log();
  showAnnotations(run);
  const summaryFile = join(runnerDir, `${title.toLowerCase().replace(/\W+/g, '-')}.summary.md`);
  writeFileSync(summaryFile, run.summary);
  console.log(`\nJob summary: ${run.summary.split('\n')[0]}\n  (the whole summary, as Markdown: ${summaryFile})`);
  console.log(`Report file: ${run.outputs.report}`);
}

const runnerDir = mkdtempSync(join(tmpdir(), 'lambda-h200-sync-demo-'));
const emu = await startEscEmulator();
/** @type {ActionRun | undefined} */
let last;
try {
  emu.seed(SAMPLE_BASE_NAME, BASE_ENVIRONMENT);
  emu.seed(SAMPLE_ENVIRONMENT_NAME, EXISTING_ENVIRONMENT);
  console.log(
    `ESC emulator at ${emu.url}; environment ${SAMPLE_ENVIRONMENT_NAME} holds comments, an import and keys the action does not manage.`,
  );
  rule(`Before: ${SAMPLE_ENVIRONMENT_NAME} as stored (revision ${emu.environment(SAMPLE_ENVIRONMENT_NAME)?.revision})`);
  console.log(emu.environment(SAMPLE_ENVIRONMENT_NAME)?.definition);

  const sync = (/** @type {Record<string, string>} */ env = {}) =>
    runAction({
      inputs: { 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
      env: { ...H200_SECRETS, ...env },
      files: CONFIG,
      runnerDir,
    });

  for (const fault of faults) emu.injectFault(fault);
  show('First sync', (last = await sync()), runnerDir);
  if (emu.faultsTriggered.length)
    console.log(
      `Faults injected: ${emu.faultsTriggered.map((f) => `${f.route} ${f.kind}${f.status ? ` ${f.status}` : ''}`).join(', ')}`,
    );
  show('Same secrets again', (last = await sync()), runnerDir);
  show(
    'A secret pasted wrong',
    (last = await sync({
      LAMBDA_LABS_SSH_PRIVATE_KEY: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublicKeyPastedByMistake0001 lynn@laptop',
      LAMBDA_LABS_REGION: '',
    })),
    runnerDir,
  );
  show(
    'Audit of a pull request',
    (last = await runAction({
      inputs: { mode: 'audit' },
      files: { ...REPOSITORY, '.github/workflows/deploy.yml': CHANGED_WORKFLOW },
      runnerDir,
    })),
    runnerDir,
  );

  const lambda = await startLambdaEmulator();
  try {
    // The team's Lambda account: its key registered, the H200 type with capacity in its region, its file system there.
    const registered = sshpk.generatePrivateKey('ed25519');
    const { LAMBDA_LABS_INSTANCE_TYPE: type, LAMBDA_LABS_REGION: region } = H200_SECRETS;
    lambda.addSshKey(H200_SECRETS.LAMBDA_LABS_SSH_KEY_NAME, registered.toPublic().toString('ssh'));
    lambda.instanceTypes[type] = instanceType(type, [region]);
    lambda.addFileSystem(H200_SECRETS.LAMBDA_LABS_SHARED_FS_ID, region, {
      mountPoint: H200_SECRETS.LAMBDA_LABS_SHARED_FS_MOUNT,
    });
    console.log(`\nLambda Cloud emulator at ${lambda.url}; it refuses every write.`);
    for (const [title, key] of /** @type {const} */ ([
      ['check-lambda with the registered SSH key', registered],
      ['check-lambda with a key of another pair', sshpk.generatePrivateKey('ed25519')],
    ])) {
      lambda.clearRequests();
      const run = await runAction({
        inputs: {
          'pulumi-access-token': emu.token,
          'cloud-url': emu.url,
          'check-lambda': 'true',
          'lambda-api-url': lambda.url,
        },
        env: {
          ...H200_SECRETS,
          LAMBDA_LABS_API_KEY: lambda.apiKey,
          LAMBDA_LABS_SSH_PRIVATE_KEY: key.toString('ssh-private'),
        },
        files: CONFIG,
        runnerDir,
      });
      show(title, (last = run), runnerDir);
      console.log(`Lambda saw: ${lambda.requests.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ')}`);
    }
  } finally {
    await lambda.close();
  }

  rule(`After: ${SAMPLE_ENVIRONMENT_NAME} as stored (revision ${emu.environment(SAMPLE_ENVIRONMENT_NAME)?.revision})`);
  console.log(emu.environment(SAMPLE_ENVIRONMENT_NAME)?.definition);
} finally {
  await emu.close();
}
if (last?.outputs.report) {
  const report = JSON.parse(readFileSync(last.outputs.report, 'utf8'));
  console.log(
    `The last report file is still there: ${last.outputs.report} (result ${report.result}, ${report.findings.length} findings; names and paths only).`,
  );
}
console.log(`Everything the runs left is in ${runnerDir}; remove it when you are done.`);
