import { type Change, countChanges, type LegacyKey } from '../changes.js';
import { ConfigurationError, type Failure, failureOf, ServiceError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { Logger } from '../logger.js';
import type { EnvironmentDefinition, EscClient, UpdateResult } from './client.js';
import { type LegacyOptions, type ManagedSecret, planDocument, type PlannedDocument } from './document.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';
import { EscApiError, formatDiagnostics } from './errors.js';
import { holdsReference } from './interpolation.js';
import { backoffMs, formatWait, type RetryPolicy } from '../http/retry.js';
import { verifyOpened } from './verify.js';

/** The client calls the write loop makes: an interface, so the loop can be tested against a scripted client. */
export type SyncClient = Pick<
  EscClient,
  'readDecrypted' | 'readDefinition' | 'encryptSecrets' | 'create' | 'update' | 'openValues'
>;

export interface SyncOptions {
  client: SyncClient;
  ref: EnvironmentRef;
  managed: readonly ManagedSecret[];
  legacy: LegacyOptions;
  createEnvironment: boolean;
  /** false in plan mode: read and compare, never write. */
  apply: boolean;
  /**
   * A value holding `${` that cannot be stored (no `encrypt-secrets`): true skips it and writes the
   * rest (fail-on: never), false writes nothing. Either way it is an error finding.
   */
  skipUnstorable: boolean;
  verify: boolean;
  logger: Logger;
  /** The client's backoff, also used between write retries. */
  retry: RetryPolicy;
}

export interface SyncResult {
  changes: Change[];
  /** Legacy keys the environment held when it was last read. */
  legacyFound: LegacyKey[];
  /** True when ESC was written (in plan mode: when it would be). */
  changed: boolean;
  /** Revision after the run (in plan mode: the one read). */
  revision: number;
  created: boolean;
  /** Writes refused because another writer got there first. */
  conflicts: number;
  /** Writes that failed without saying whether they were applied, resolved by reading again. */
  ambiguousWrites: number;
  verified: boolean;
  /** Why the verification after a write that landed failed: the write stays reported, with this beside it. */
  verificationFailure?: Failure;
  /** Exports that held a hand-written value, replaced (in plan mode: to be replaced) by the managed export. */
  replacedExports: string[];
  /** Secrets written (in plan mode: to be written) as ciphertext, because ESC would read `${` in them as a reference. */
  asCiphertext: string[];
  /** Error findings for values that could not be stored; when not skipped, nothing was written. */
  findings: Finding[];
}

/** Write retries after the first write (conflicts and ambiguous failures together): six writes in all. */
export const MAX_WRITE_RETRIES = 5;

/**
 * Compares the managed paths with the decrypted definition; when something changes, reads the plain
 * (encrypted) definition, edits only the managed paths and writes it back once with its etag, so
 * that every secret it does not change travels as the ciphertext it was. A stale etag (another
 * writer in between, also between the two reads) means: read again, edit again, retry. A write that
 * failed ambiguously is never resent blindly: the environment is read again, and if it already holds
 * the intended result the run is done, with no second revision.
 */
export async function syncEnvironment(options: SyncOptions): Promise<SyncResult> {
  const { client, ref, logger } = options;
  let managed = options.managed;
  let created = false;
  let conflicts = 0;
  let ambiguousWrites = 0;
  const findings: Finding[] = [];
  /** Ciphertexts already obtained, kept across retries: encrypting again would give the same answer. */
  const ciphertexts = new Map<string, string>();
  /** The changes of a write whose outcome was unknown; reported if a later read shows it applied. */
  let pendingChanges: Change[] | undefined;
  let lastFailure = '';
  /** A weak ETag (W/"…") came back on a read: a proxy may have weakened the service's strong one. */
  let weakEtag = false;
  for (let retries = 0; ; retries++) {
    let current = await client.readDecrypted(ref);
    if (current) logger.info(`Read ${formatRef(ref)} (revision ${current.revision}).`);
    else {
      logger.info(
        options.apply
          ? `${formatRef(ref)} does not exist yet; creating it (create-environment: true).`
          : `${formatRef(ref)} does not exist yet; planning against the empty environment a sync would create.`,
      );
      current = options.apply ? await createEnvironment(options) : wouldCreate(options);
      created = true;
    }
    let plan = planDocument(current.yaml, managed, options.legacy);
    const base = {
      legacyFound: plan.legacyFound,
      replacedExports: plan.replacedExports,
      created,
      conflicts,
      ambiguousWrites,
      verified: false,
      findings,
    };
    logger.info(planLine(plan.changes, plan.changed, options.apply));
    if (!plan.changed || !options.apply) {
      const asCiphertext = needingCiphertext(plan, managed).map((m) => m.secret);
      if (pendingChanges && options.apply) {
        const done = { ...base, changes: pendingChanges, changed: true, revision: current.revision, asCiphertext };
        return finish(options, done, managed);
      }
      if (options.apply) logger.info(`Nothing to change: no write, revision ${current.revision} kept.`);
      return { ...base, changes: plan.changes, changed: plan.changed, revision: current.revision, asCiphertext };
    }

    const target = plan.plaintextSecrets ? await client.readDefinition(ref) : current;
    let result: UpdateResult = { outcome: 'conflict' };
    // The decrypted view decided what changes; the definition edited must be the same revision.
    if (target && target.etag === current.etag) {
      const { unstorable } = await obtainCiphertexts(options, needingCiphertext(plan, managed), ciphertexts);
      if (unstorable.length) {
        findings.push(...unstorable.map(unstorableFinding));
        if (!options.skipUnstorable) {
          return { ...base, changes: [], changed: false, revision: current.revision, asCiphertext: [] };
        }
        const skipped = new Set(unstorable.map((m) => m.secret));
        managed = managed.filter((m) => !skipped.has(m.secret));
      }
      plan = planDocument(current.yaml, managed, options.legacy, { definition: target.yaml, ciphertexts });
      if (!plan.changed) {
        return { ...base, changes: plan.changes, changed: false, revision: current.revision, asCiphertext: [] };
      }
      // Sent back exactly as received: the service compares it as it gave it.
      weakEtag ||= target.etag.startsWith('W/');
      result = await write(options, plan.yaml!, target.etag, managed);
    }
    const asCiphertext = needingCiphertext(plan, managed).map((m) => m.secret);
    if (result.outcome === 'written') {
      const revision = result.revision ?? current.revision + 1;
      logger.info(`Wrote ${formatRef(ref)} in one update (revision ${revision}).`);
      return finish(options, { ...base, changes: plan.changes, changed: true, revision, asCiphertext }, managed);
    }
    if (result.outcome === 'conflict') conflicts++;
    else {
      ambiguousWrites++;
      pendingChanges = plan.changes;
      lastFailure = ` The last failure: ${result.reason}`;
    }
    if (retries >= MAX_WRITE_RETRIES) {
      const everyWriteRefused = conflicts === retries + 1;
      const proxy =
        everyWriteRefused && weakEtag
          ? ' Every write was refused, and the ETag read was weak (W/"…"): a proxy between the action and Pulumi Cloud may have weakened the service\'s strong ETag, so no write can match it. Let ETag headers through the proxy unchanged, or point cloud-url past it.'
          : '';
      throw new ServiceError(
        `ESC environment ${formatRef(ref)} could not be written after ${retries + 1} tries (${conflicts} refused because another writer changed it, ${ambiguousWrites} failed without an answer); it holds either its earlier content or the full update, never part of one. Re-run the job, or serialise writers with a workflow \`concurrency\` group.${proxy}${lastFailure}`,
      );
    }
    // Another writer has finished by the time we hear of it: a short jittered pause is enough.
    // A failure without an answer may be the service in trouble: back off as for reads.
    const { retry } = options;
    const delay = backoffMs(
      result.outcome === 'conflict' ? { ...retry, baseDelayMs: retry.conflictBaseDelayMs } : retry,
      retries,
    );
    logger.info(
      result.outcome === 'conflict'
        ? `${formatRef(ref)} changed since it was read (another writer); reading it again in ${formatWait(delay)}.`
        : `The write to ${formatRef(ref)} failed without an answer (${result.reason}); reading it again in ${formatWait(delay)} to see whether it was applied.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Writes; a 400 says which secret each diagnostic is about, in the names the user knows. */
async function write(
  { client, ref }: SyncOptions,
  yaml: string,
  etag: string,
  managed: readonly ManagedSecret[],
): Promise<UpdateResult> {
  try {
    return await client.update(ref, yaml, etag);
  } catch (error) {
    if (!(error instanceof EscApiError) || error.status !== 400 || !error.diagnostics.length) throw error;
    throw new EscApiError(
      `ESC refused the write to ${formatRef(ref)} (400); nothing was stored${formatDiagnostics(error.diagnostics, secretAtPath(managed))}`,
      error.status,
      error.requestId,
      false,
      error.kind,
    );
  }
}

/**
 * The secret a diagnostic's path belongs to: `values.lambdaLabs.asgName["fn::secret"]` →
 * LAMBDA_LABS_ASG_NAME, its export `values.environmentVariables.LAMBDA_LABS_ASG_NAME` too.
 */
export function secretAtPath(managed: readonly ManagedSecret[]): (path: string) => string | undefined {
  return (path) =>
    managed.find((item) =>
      [`values.${item.path}`, `values.environmentVariables.${item.env}`].some(
        (at) => path === at || path.startsWith(`${at}[`) || path.startsWith(`${at}.`),
      ),
    )?.secret;
}

/** The managed values this plan writes that ESC would read a reference in: they go as ciphertext. */
function needingCiphertext(plan: PlannedDocument, managed: readonly ManagedSecret[]): ManagedSecret[] {
  const written = new Set(plan.changes.filter((c) => c.action === 'add' || c.action === 'update').map((c) => c.secret));
  return managed.filter((m) => written.has(m.secret) && holdsReference(m.value));
}

/** Asks ESC to encrypt the values not encrypted yet, in one request; a service without the route stores none of them. */
async function obtainCiphertexts(
  { client, ref }: SyncOptions,
  needed: readonly ManagedSecret[],
  ciphertexts: Map<string, string>,
): Promise<{ unstorable: ManagedSecret[] }> {
  const missing = needed.filter((m) => !ciphertexts.has(m.secret));
  if (!missing.length) return { unstorable: [] };
  const answer = await client.encryptSecrets(
    ref,
    missing.map((m) => m.value),
  );
  if (!answer) return { unstorable: missing };
  missing.forEach((m, i) => ciphertexts.set(m.secret, answer[i]));
  return { unstorable: [] };
}

function unstorableFinding(item: ManagedSecret): Finding {
  return {
    check: 'esc-secret-form',
    severity: 'error',
    secret: item.secret,
    path: item.path,
    message: `${item.secret} holds \`\${\`, which ESC reads as a reference inside a plaintext fn::secret and refuses ("secret values must be string literals"); such a value can only be stored as ciphertext, and this Pulumi Cloud has no encrypt-secrets route (404/405). Escaping it would change the value. Change the secret, or use a Pulumi Cloud that has the route; with fail-on: never the other secrets are written without it.`,
  };
}

/** The log's line for the plan phase: what the edit does (or, in plan mode, would do) to the managed paths. */
function planLine(changes: readonly Change[], changed: boolean, apply: boolean): string {
  const counts = (['add', 'update', 'unchanged', 'remove'] as const)
    .map((action) => `${countChanges(changes, action)} ${PLAN_WORDS[action]}`)
    .join(', ');
  if (apply)
    return changed ? `Planned one update: ${counts}.` : `Planned: every managed path holds its value (${counts}).`;
  return changed
    ? `Plan only: a sync would write one update: ${counts}.`
    : `Plan only: in step, a sync would change nothing (${counts}).`;
}
const PLAN_WORDS = { add: 'to add', update: 'to update', unchanged: 'unchanged', remove: 'to remove' } as const;

async function finish(
  options: SyncOptions,
  result: SyncResult,
  written: readonly ManagedSecret[],
): Promise<SyncResult> {
  if (!options.verify) return result;
  options.logger.info(`Verifying: opening ${formatRef(options.ref)} to compare every synced value.`);
  try {
    verifyOpened(await options.client.openValues(options.ref), written, options.ref);
    return { ...result, verified: true };
  } catch (error) {
    // The write landed: it is reported whatever the verification says, with its failure beside it.
    return { ...result, verificationFailure: failureOf(error) };
  }
}

async function createEnvironment(options: SyncOptions): Promise<EnvironmentDefinition> {
  const { client, ref } = options;
  refuseToCreate(options);
  await client.create(ref);
  const created = await client.readDecrypted(ref);
  if (!created) {
    throw new ConfigurationError(
      `ESC environment ${formatRef(ref)} was created but cannot be read back; the token needs the open permission on it.`,
    );
  }
  return created;
}

/** Plan mode plans against the empty environment a sync would create. */
function wouldCreate(options: SyncOptions): EnvironmentDefinition {
  refuseToCreate(options);
  return { yaml: '', etag: '', revision: 0 };
}

function refuseToCreate({ createEnvironment, ref }: SyncOptions): void {
  if (createEnvironment) return;
  throw new ConfigurationError(
    `ESC environment ${formatRef(ref)} was not found, or the token cannot see it (a token without access gets 404 too; it needs the open permission). Set create-environment: true to create it, or check the name and the token’s team access.`,
  );
}
