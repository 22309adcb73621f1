import { parseDocument } from 'yaml';
import { runAction, type ActionRun } from '../../emulator/harness.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { ENV, routes, seededEmulator, type Emulator } from './helpers.js';
import { findLeaks, type SweepRow, unmanaged } from './sweep.js';

/** One thing that goes wrong, the run that meets it, and what must be true afterwards. */
export interface Scenario {
  name: string;
  /** Faults, interceptors or odd definitions, set up after the environment is seeded. */
  arrange?: (emu: Emulator) => void | Promise<void>;
  inputs?: Record<string, string>;
  /** Secret values in the step env (on top of the ten valid ones). */
  env?: Record<string, string>;
  /** Variables the runner sets that are not secrets (read once the tests run, when servers have their ports). */
  runnerEnv?: () => Record<string, string>;
  files?: Record<string, string | Buffer>;
  /** Symlinks in the workspace: path → target. */
  links?: Record<string, string>;
  exit: 0 | 1;
  /** The message the step fails with, or a note it logs. */
  says?: RegExp;
  /** Requests to ESC, by route name, when the order matters. */
  requests?: string[];
  /** New revisions (0 when the environment must be untouched). */
  revisions?: number;
  /** Values that must be in ESC afterwards, byte for byte: path under values → value. */
  holds?: Record<string, string>;
  /** What another writer did to the unmanaged part meanwhile (default: nothing). */
  othersEdit?: (decrypted: string) => string;
  /** More text that must appear nowhere the user can read, nor in any request (a malformed token, say). */
  alsoSecret?: string[];
  /** Further checks of the run. */
  check?: (run: ActionRun, emu: Emulator) => void;
}

type Fault = Parameters<Emulator['injectFault']>[0];
export const inject =
  (...faults: Fault[]) =>
  (emu: Emulator) =>
    faults.forEach((f) => emu.injectFault(f));

/**
 * The bundle the scenarios run: this worktree's dist/index.js, or E2E_BUNDLE (an older build), so
 * the same table can say what a scenario did before a change.
 */
export const BUNDLE = process.env.E2E_BUNDLE;
/** With an older bundle the table is the result: scenarios are recorded, not asserted. */
const RECORD_ONLY = Boolean(BUNDLE);

/**
 * Runs each scenario through the runner harness against a freshly seeded emulator and checks it,
 * with the leak sweep: every sink the user can read (log, annotations, summary, outputs, the report
 * file) and every request outside fn::secret, for every value. Afterwards prints the matrix of all.
 */
export function sweepScenarios(scenarios: readonly Scenario[]): void {
  const matrix: SweepRow[] = [];
  let emu: Emulator;
  beforeEach(async () => {
    emu = await seededEmulator();
  });
  afterEach(() => emu.close());

  it.each(scenarios)('$name', async (scenario) => {
    await scenario.arrange?.(emu);
    emu.clearRequests();
    const before = emu.environment(ENV);
    const revisionsBefore = emu.revisionCount(ENV);
    const env = { ...H200_SECRETS, ...scenario.env };
    const run = await runAction({
      inputs: {
        environment: ENV,
        'pulumi-access-token': emu.token,
        'cloud-url': emu.url,
        timeout: '4',
        ...scenario.inputs,
      },
      env: { ...env, ...scenario.runnerEnv?.() },
      ...(scenario.files ? { files: scenario.files } : {}),
      ...(scenario.links ? { links: scenario.links } : {}),
      ...(BUNDLE ? { entry: BUNDLE } : {}),
      // A step that hangs is killed well within jest's limit, and recorded as exit null.
      timeoutMs: 20_000,
    });
    const after = emu.environment(ENV);
    const revisions = emu.revisionCount(ENV) - revisionsBefore;
    const managedPrefixes = ['lambdaLabs', 'hostile'];
    const expectedBefore = before && scenario.othersEdit ? scenario.othersEdit(before.decrypted) : before?.decrypted;
    const lost =
      unmanaged(expectedBefore, managedPrefixes) === unmanaged(after?.decrypted, managedPrefixes)
        ? 0
        : (before?.decrypted.length ?? 0);
    const secretValues = [
      ...Object.values(env),
      ...[scenario.inputs?.secrets ?? ''].filter(Boolean),
      ...(scenario.alsoSecret ?? []),
    ];
    const leaks = findLeaks(run, emu, secretValues);
    const row = {
      scenario: scenario.name,
      exitCode: run.exitCode,
      requests: emu.requests.length,
      revisions,
      bytesLost: lost,
      leaks,
    };
    const expectations = () => expectScenario(scenario, run, emu, row, after?.decrypted, before?.decrypted);
    matrix.push({ ...row, passed: passes(expectations) });
    if (!RECORD_ONLY) expectations();
  });

  // The matrix is a report, not a test: each scenario asserts its own leaks and bytes lost above,
  // so one scenario run alone (jest -t) passes or fails on its own, in any order.
  afterAll(() => {
    if (matrix.length) process.stdout.write(`\n${matrixTable(matrix)}\n`);
  });
}

function expectScenario(
  scenario: Scenario,
  run: ActionRun,
  emu: Emulator,
  row: Omit<SweepRow, 'passed'>,
  after: string | undefined,
  before: string | undefined,
): void {
  expect({ exit: run.exitCode, leaks: row.leaks, lost: row.bytesLost }).toEqual({
    exit: scenario.exit,
    leaks: [],
    lost: 0,
  });
  if (scenario.says) expect(`${run.log}\n${run.commands.map((c) => c.message).join('\n')}`).toMatch(scenario.says);
  if (scenario.requests) expect(routes(emu)).toEqual(scenario.requests);
  if (scenario.revisions !== undefined) expect(row.revisions).toBe(scenario.revisions);
  if (scenario.revisions === 0) expect(after).toBe(before);
  if (scenario.exit === 0 && scenario.revisions) expect(run.outputs.changed).toBe('true');
  for (const [path, value] of Object.entries(scenario.holds ?? {})) {
    expect(parseDocument(after!).getIn(['values', ...path.split('.'), 'fn::secret'])).toBe(value);
  }
  scenario.check?.(run, emu);
}

function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function matrixTable(matrix: readonly SweepRow[]): string {
  const sum = (pick: (r: SweepRow) => number) => matrix.reduce((n, r) => n + pick(r), 0);
  return [
    `| scenario | exit | requests | revisions | bytes lost | leaks | holds |`,
    '|---|---|---|---|---|---|---|',
    ...matrix.map(
      (r) =>
        `| ${r.scenario} | ${r.exitCode} | ${r.requests} | ${r.revisions} | ${r.bytesLost} | ${r.leaks.length} | ${r.passed ? 'yes' : 'NO'} |`,
    ),
    `| **${matrix.length} scenarios** | | **${sum((r) => r.requests)}** | **${sum((r) => r.revisions)}** | **${sum((r) => r.bytesLost)}** | **${sum((r) => r.leaks.length)}** | **${matrix.filter((r) => r.passed).length}** |`,
  ].join('\n');
}
