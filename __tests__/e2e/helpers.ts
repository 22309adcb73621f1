import { parseDocument } from 'yaml';
import { runAction, type ActionRun } from '../../emulator/harness.js';
import { startEscEmulator } from '../../emulator/esc-server.js';
import { BASE_ENVIRONMENT, EXISTING_ENVIRONMENT, H200_SECRETS } from '../fixtures/h200.js';

export type Emulator = Awaited<ReturnType<typeof startEscEmulator>>;
export const ENV = 'lynn-sophia/lambda/h200';

/** An emulator holding the team's environment (comments, an import, unrelated keys) and the base it imports; request log empty. */
export async function seededEmulator(options: Parameters<typeof startEscEmulator>[0] = {}): Promise<Emulator> {
  const emu = await startEscEmulator(options);
  emu.seed('lynn-sophia/lambda/base', BASE_ENVIRONMENT);
  emu.seed(ENV, EXISTING_ENVIRONMENT);
  emu.clearRequests();
  return emu;
}

/**
 * Runs the committed bundle through the runner harness against the emulator, with the ten secrets
 * in the step env; other harness options (files, the event, the GitHub API) pass through.
 */
export function syncRun(emu: Emulator, options: Parameters<typeof runAction>[0] = {}): Promise<ActionRun> {
  return runAction({
    ...options,
    inputs: { environment: ENV, 'pulumi-access-token': emu.token, 'cloud-url': emu.url, ...options.inputs },
    env: { ...H200_SECRETS, ...options.env },
  });
}

/** The request log as route names, in order: what the action asked ESC for. */
export function routes(emu: Emulator): string[] {
  return emu.requests.map((r) => {
    const path = r.path.split('?')[0];
    if (r.method === 'PATCH') return 'patch';
    if (r.method === 'GET' && path.endsWith('/decrypt')) return 'decrypt';
    if (r.method === 'POST' && path.endsWith('/open')) return 'open';
    if (r.method === 'POST' && path.endsWith('/encrypt-secrets')) return 'encrypt-secrets';
    if (r.method === 'GET' && /\/open\/[^/]+$/.test(path)) return 'read-open';
    if (r.method === 'POST' && /^(\/[^/]+)*\/api\/esc\/environments\/[^/]+$/.test(path)) return 'create';
    if (r.method === 'GET') return 'read';
    return `${r.method} ${path}`;
  });
}

/** The decrypted definition as plain data. */
export function decryptedValues(emu: Emulator, name = ENV): Record<string, unknown> {
  const env = emu.environment(name);
  if (!env) throw new Error(`${name} does not exist in the emulator`);
  return parseDocument(env.decrypted).toJS() as Record<string, unknown>;
}

/** Everything the step showed the user, where no value may appear. */
export function userVisibleText(run: ActionRun): Record<string, string> {
  return {
    log: run.log,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    githubEnv: JSON.stringify(run.githubEnv),
    reportFile: run.reportFile ?? '',
    annotations: JSON.stringify(run.commands.filter((c) => c.command !== 'add-mask')),
  };
}

/** Each value, and each line of it, with at least `minLength` visible characters: what a leak scan looks for. */
export function leakNeedles(values: Iterable<string>, minLength = 4): string[] {
  const needles = new Set<string>();
  for (const value of values) {
    for (const part of [value, ...value.split(/\r?\n|\r/).map((l) => l.trim())])
      if (part.trim().length >= minLength) needles.add(part);
  }
  return [...needles];
}
