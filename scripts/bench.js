// @ts-check
// `npm run bench`: the figures the issues ask for, measured in one run on this machine.
//  1. Requests and wall time of one sync of N mapped secrets (N = 10, 100, 1000) against the ESC
//     emulator with 20 ms of added latency per request, beside a per-key loop (read + PATCH per
//     key, the way `esc env set` in a loop works), as a ratio.
//  2. Size of dist/index.js, and the median cold start of the bundle (spawn to exit on a missing
//     input) over 10 runs beside the median of `node -e ''` (the floor).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { startEscEmulator } from '../emulator/esc-server.js';
import { runAction } from '../emulator/harness.js';

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
      const write = await fetch(url, { method: 'PATCH', headers: { ...headers, ETag: read.headers.get('etag') ?? '' }, body: doc.toString() });
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

console.log(`Sync of N mapped secrets, ${LATENCY_MS} ms added latency per request (emulator on 127.0.0.1)\n`);
console.log('     N | action: requests   wall ms | per-key loop: requests    wall ms | loop / action');
for (const n of SIZES) {
  const action = await actionSync(n);
  const loop = await perKeyLoop(n);
  console.log(
    `${String(n).padStart(6)} | ${String(action.requests).padStart(16)} ${action.ms.toFixed(0).padStart(9)} | ${String(loop.requests).padStart(22)} ${loop.ms.toFixed(0).padStart(10)} | ${(loop.ms / action.ms).toFixed(1).padStart(12)}x`,
  );
}

const chunks = readdirSync('dist').filter((f) => f.endsWith('.js'));
console.log(`\nBundle: dist/index.js ${kb(statSync('dist/index.js').size)} (loaded at start); lazy chunks: ${chunks.filter((f) => f !== 'index.js').map((f) => `${f} ${kb(statSync(`dist/${f}`).size)}`).join(', ')}`);

// A missing input: no environment input and no config file, in an empty workspace.
const bareEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: '/dev/null', GITHUB_ENV: '/dev/null', GITHUB_WORKSPACE: '/nonexistent' };
const floor = timeSpawns(['-e', ''], bareEnv);
const cold = timeSpawns(['dist/index.js'], bareEnv);
console.log(`Cold start (spawn to exit on a missing input, median of ${COLD_START_RUNS}): dist/index.js ${median(cold).toFixed(0)} ms; node -e '' ${median(floor).toFixed(0)} ms (floor); action's own share ${(median(cold) - median(floor)).toFixed(0)} ms`);
