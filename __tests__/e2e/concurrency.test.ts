import { parseDocument } from 'yaml';
import { startEscEmulator } from '../../emulator/esc-server.js';
import { runAction } from '../../emulator/harness.js';

const ENV = 'lynn-sophia/lambda/shared';
const RUNS = 8;
const KEYS_PER_RUN = 3;

/** Run i syncs its own keys (team<i>.key<j>) through its own config file. */
function runInputs(i: number) {
  const names = Array.from({ length: KEYS_PER_RUN }, (_, j) => `TEAM${i}_SECRET_${j}`);
  const config = `profile: none\nsecrets:\n${names.map((name, j) => `  ${name}:\n    path: team${i}.key${j}\n`).join('')}`;
  return { names, config, env: Object.fromEntries(names.map((name) => [name, `value-of-${name}-${'z'.repeat(16)}`])) };
}

it(`${RUNS} action processes at once on one environment: every key of every run lands, one revision per run that changed something`, async () => {
  const emu = await startEscEmulator();
  try {
    emu.seed(ENV, '# shared by eight pipelines\nvalues:\n  keep: me\n');
    const before = emu.revisionCount(ENV);
    const runs = await Promise.all(
      Array.from({ length: RUNS }, (_, i) => {
        const { config, env } = runInputs(i);
        return runAction({
          inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
          env,
          files: { '.github/lambda-h200-sync.yml': config },
        });
      }),
    );
    for (const run of runs)
      expect({ exit: run.exitCode, log: run.exitCode === 0 ? '' : run.log }).toEqual({ exit: 0, log: '' });
    expect(runs.map((r) => r.outputs.changed)).toEqual(Array(RUNS).fill('true'));

    const values = parseDocument(emu.environment(ENV)!.decrypted).toJS().values;
    expect(values.keep).toBe('me');
    for (let i = 0; i < RUNS; i++) {
      const { names, env } = runInputs(i);
      names.forEach((name, j) => expect(values[`team${i}`][`key${j}`]).toEqual({ 'fn::secret': env[name] }));
    }
    expect(emu.revisionCount(ENV) - before).toBe(RUNS);
    const patches = emu.requests.filter((r) => r.method === 'PATCH');
    expect(patches.filter((r) => r.status === 200)).toHaveLength(RUNS);
    console.log(
      `${RUNS} concurrent runs: ${emu.requests.length} requests, ${patches.length} PATCH (${patches.length - RUNS} refused on a stale etag and retried), ${RUNS} revisions`,
    );

    // Again, with nothing to change: no run writes.
    const again = await Promise.all(
      Array.from({ length: RUNS }, (_, i) => {
        const { config, env } = runInputs(i);
        return runAction({
          inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url },
          env,
          files: { '.github/lambda-h200-sync.yml': config },
        });
      }),
    );
    expect(again.map((r) => [r.exitCode, r.outputs.changed])).toEqual(Array(RUNS).fill([0, 'false']));
    expect(emu.revisionCount(ENV) - before).toBe(RUNS);
  } finally {
    await emu.close();
  }
}, 60_000);
