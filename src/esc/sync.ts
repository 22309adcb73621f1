import type { Change, LegacyKey } from '../changes.js';
import { ConfigurationError, ServiceError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { EnvironmentDefinition, EscClient } from './client.js';
import { type LegacyOptions, type ManagedSecret, planDocument } from './document.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';
import { backoffMs, type RetryPolicy } from '../http/retry.js';
import { verifyOpened } from './verify.js';

/** The client calls the write loop makes: an interface, so the loop can be tested against a scripted client. */
export type SyncClient = Pick<EscClient, 'readDecrypted' | 'create' | 'update' | 'openValues'>;

export interface SyncOptions {
  client: SyncClient;
  ref: EnvironmentRef;
  managed: readonly ManagedSecret[];
  legacy: LegacyOptions;
  createEnvironment: boolean;
  /** false in plan mode: read and compare, never write. */
  apply: boolean;
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
}

/** Write retries after the first write (conflicts and ambiguous failures together): six writes in all. */
export const MAX_WRITE_RETRIES = 5;

/**
 * Reads the decrypted definition, edits only the managed paths and writes it back once with the
 * etag it read. A stale etag (another writer in between) means: read again, edit again, retry. A
 * write that failed ambiguously is never resent blindly: the environment is read again, and if it
 * already holds the intended result the run is done, with no second revision.
 */
export async function syncEnvironment(options: SyncOptions): Promise<SyncResult> {
  const { client, ref, logger } = options;
  let created = false;
  let conflicts = 0;
  let ambiguousWrites = 0;
  /** The changes of a write whose outcome was unknown; reported if a later read shows it applied. */
  let pendingChanges: Change[] | undefined;
  let lastFailure = '';
  for (let retries = 0; ; retries++) {
    let current = await client.readDecrypted(ref);
    if (!current) {
      current = options.apply ? await createEnvironment(options) : wouldCreate(options);
      created = true;
    }
    const plan = planDocument(current.yaml, options.managed, options.legacy);
    const base = { legacyFound: plan.legacyFound, created, conflicts, ambiguousWrites, verified: false };
    if (plan.yaml === undefined || !options.apply) {
      if (pendingChanges && options.apply)
        return finish(options, { ...base, changes: pendingChanges, changed: true, revision: current.revision });
      return { ...base, changes: plan.changes, changed: plan.yaml !== undefined, revision: current.revision };
    }
    const result = await client.update(ref, plan.yaml, current.etag);
    if (result.outcome === 'written') {
      const revision = result.revision ?? current.revision + 1;
      logger.info(`Wrote ${formatRef(ref)} in one update (revision ${revision}).`);
      return finish(options, { ...base, changes: plan.changes, changed: true, revision });
    }
    if (result.outcome === 'conflict') conflicts++;
    else {
      ambiguousWrites++;
      pendingChanges = plan.changes;
      lastFailure = ` The last failure: ${result.reason}`;
    }
    if (retries >= MAX_WRITE_RETRIES) {
      throw new ServiceError(
        `ESC environment ${formatRef(ref)} could not be written after ${retries + 1} tries (${conflicts} refused because another writer changed it, ${ambiguousWrites} failed without an answer); it holds either its earlier content or the full update, never part of one. Re-run the job, or serialise writers with a workflow \`concurrency\` group.${lastFailure}`,
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
        ? `${formatRef(ref)} changed since it was read (another writer); reading it again in ${delay} ms.`
        : `The write to ${formatRef(ref)} failed without an answer (${result.reason}); reading it again in ${delay} ms to see whether it was applied.`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function finish(options: SyncOptions, result: SyncResult): Promise<SyncResult> {
  if (!options.verify) return result;
  verifyOpened(await options.client.openValues(options.ref), options.managed, options.ref);
  return { ...result, verified: true };
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
