import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { EnvironmentDefinition, EscClient } from './client.js';
import { type Change, type LegacyKey, type LegacyOptions, type ManagedSecret, planDocument } from './document.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';
import { verifyOpened } from './verify.js';

export interface SyncOptions {
  client: EscClient;
  ref: EnvironmentRef;
  managed: readonly ManagedSecret[];
  legacy: LegacyOptions;
  createEnvironment: boolean;
  /** false in plan mode: read and compare, never write. */
  write: boolean;
  verify: boolean;
  logger: Logger;
  /** How long to wait before the nth write retry after a failure without an answer (the client's backoff). */
  failureDelayMs: (retry: number) => number;
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
  ambiguous: number;
  verified: boolean;
}

/** Write retries after the first write (conflicts and ambiguous failures together), as the issue fixes it. */
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
  let ambiguous = 0;
  /** The changes of a write whose outcome was unknown; reported if a later read shows it applied. */
  let pendingChanges: Change[] | undefined;
  let lastFailure = '';
  for (let retries = 0; ; retries++) {
    let current = await client.readDecrypted(ref);
    if (!current) {
      current = options.write ? await createEnvironment(options) : wouldCreate(options);
      created = true;
    }
    const plan = planDocument(current.yaml, options.managed, options.legacy);
    const base = { legacyFound: plan.legacyFound, created, conflicts, ambiguous, verified: false };
    if (plan.yaml === undefined || !options.write) {
      if (pendingChanges && options.write)
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
      ambiguous++;
      pendingChanges = plan.changes;
      lastFailure = ` The last failure: ${result.reason}`;
    }
    if (retries >= MAX_WRITE_RETRIES) {
      throw new Error(
        `ESC environment ${formatRef(ref)} could not be written after ${retries + 1} tries (${conflicts} refused because another writer changed it, ${ambiguous} failed without an answer); it holds either its earlier content or the full update, never part of one. Re-run the job, or serialise writers with a workflow \`concurrency\` group.${lastFailure}`,
      );
    }
    // Another writer has finished by the time we hear of it: a short jittered pause is enough.
    // A failure without an answer may be the service in trouble: back off as for reads.
    const delay =
      result.outcome === 'conflict'
        ? Math.round(100 * 2 ** retries * (0.5 + Math.random()))
        : options.failureDelayMs(retries);
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
