import type { EnvironmentDefinition, OpenedValue, UpdateResult } from '../../src/esc/client.js';
import type { ManagedSecret } from '../../src/esc/document.js';
import { parseEnvironmentRef } from '../../src/esc/environment-ref.js';
import { MAX_WRITE_RETRIES, type SyncClient, syncEnvironment, type SyncOptions } from '../../src/esc/sync.js';
import { ConfigurationError, ServiceError } from '../../src/errors.js';
import type { RetryPolicy } from '../../src/http/retry.js';
import { RecordingLogger } from '../fixtures/recording-logger.js';

const ref = parseEnvironmentRef('acme/lambda/h200');
const managed: ManagedSecret[] = [
  { secret: 'LAMBDA_LABS_REGION', path: 'lambdaLabs.region', env: 'LAMBDA_LABS_REGION', value: 'us-west-1' },
  { secret: 'LAMBDA_LABS_API_KEY', path: 'lambdaLabs.apiKey', env: 'LAMBDA_LABS_API_KEY', value: 'secret_0001' },
];
// Delays of a millisecond or two: the loop's pacing is the retry module's, tested there.
const retry: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1,
  conflictBaseDelayMs: 1,
  maxDelayMs: 2,
  requestTimeoutMs: 1000,
};

/**
 * What the service does with each write, in order: store it and say so, refuse it as stale
 * (another writer first), or fail without an answer after storing it (`lost-answer`) or not (`lost`).
 */
type WriteScript = ('write' | 'conflict' | 'lost-answer' | 'lost')[];

/** An ESC environment in memory that answers the write loop's calls as the script says, and records them. */
class ScriptedClient implements SyncClient {
  readonly calls: string[] = [];
  private definition: EnvironmentDefinition | undefined;
  private opened: Record<string, OpenedValue> | undefined;

  constructor(
    private readonly writes: WriteScript,
    /** The environment's definition, or null when it does not exist. */
    yaml: string | null = 'values:\n  other: kept # a comment\n',
  ) {
    if (yaml !== null) this.definition = { yaml, etag: 'e1', revision: 1 };
  }

  /** false: a service without encrypt-secrets. */
  encrypts = true;
  /** Another writer stores this between the decrypted read and the plain read, once. */
  betweenReads: string | undefined;

  /** Makes the opened values differ from what was written, as a service that lost a value would. */
  openWith(values: Record<string, OpenedValue>): this {
    this.opened = values;
    return this;
  }

  async readDecrypted(): Promise<EnvironmentDefinition | undefined> {
    this.calls.push('read');
    return this.definition && { ...this.definition };
  }

  /** The plain definition: this scripted service keeps secrets as written, so it is the same text. */
  async readDefinition(): Promise<EnvironmentDefinition | undefined> {
    this.calls.push('read-definition');
    if (this.betweenReads !== undefined) this.store(this.betweenReads);
    this.betweenReads = undefined;
    return this.definition && { ...this.definition };
  }

  async encryptSecrets(_ref: unknown, plaintexts: readonly string[]): Promise<string[] | undefined> {
    this.calls.push(`encrypt(${plaintexts.length})`);
    return this.encrypts ? plaintexts.map((_, i) => `ZXNjeA-cipher-${i}`) : undefined;
  }

  async create(): Promise<void> {
    this.calls.push('create');
    this.definition ??= { yaml: '', etag: 'e0', revision: 0 };
  }

  async update(_ref: unknown, yaml: string, etag: string): Promise<UpdateResult> {
    const step = this.writes.shift() ?? 'write';
    this.calls.push(`update(${etag}):${step}`);
    if (step === 'conflict') {
      this.store(`${this.definition!.yaml}# another writer\n`);
      return { outcome: 'conflict' };
    }
    if (step !== 'lost') this.store(yaml);
    return step === 'write'
      ? { outcome: 'written', revision: this.definition!.revision }
      : { outcome: 'ambiguous', reason: 'the connection was reset' };
  }

  async openValues(): Promise<Record<string, OpenedValue>> {
    this.calls.push('open');
    if (this.opened) return this.opened;
    const lambdaLabs = Object.fromEntries(
      managed.map((m) => [m.path.split('.')[1], { value: m.value, secret: true }] as const),
    );
    const exports = Object.fromEntries(managed.map((m) => [m.env, { value: m.value, secret: true }] as const));
    return { lambdaLabs: { value: lambdaLabs }, environmentVariables: { value: exports } };
  }

  get stored(): EnvironmentDefinition | undefined {
    return this.definition;
  }

  private store(yaml: string): void {
    const revision = this.definition!.revision + 1;
    this.definition = { yaml, etag: `e${revision}`, revision };
  }
}

const run = (client: ScriptedClient, over: Partial<SyncOptions> = {}) => {
  const logger = new RecordingLogger();
  const options: SyncOptions = {
    client,
    ref,
    managed,
    legacy: { names: [], prune: false },
    createEnvironment: true,
    apply: true,
    skipUnstorable: false,
    verify: true,
    logger,
    retry,
    ...over,
  };
  return { logger, result: syncEnvironment(options) };
};

describe('syncEnvironment, the write loop', () => {
  it('reads, writes once with the etag it read, verifies, and says so', async () => {
    const client = new ScriptedClient([]);
    const { logger, result } = run(client);
    await expect(result).resolves.toMatchObject({ changed: true, revision: 2, conflicts: 0, verified: true });
    expect(client.calls).toEqual(['read', 'update(e1):write', 'open']);
    expect(client.stored!.yaml).toContain('other: kept # a comment');
    expect(logger.messages).toEqual([
      'Read acme/lambda/h200 (revision 1).',
      'Planned one update: 2 to add, 0 to update, 0 unchanged, 0 to remove.',
      'Wrote acme/lambda/h200 in one update (revision 2).',
      'Verifying: opening acme/lambda/h200 to compare every synced value.',
    ]);
  });

  it('writes nothing when the environment already holds every value', async () => {
    const client = new ScriptedClient([]);
    await run(client).result;
    client.calls.length = 0;
    const { logger, result } = run(client);
    await expect(result).resolves.toMatchObject({ changed: false, revision: 2, verified: false });
    expect(client.calls).toEqual(['read']);
    expect(logger.messages.slice(1)).toEqual([
      'Planned: every managed path holds its value (0 to add, 0 to update, 2 unchanged, 0 to remove).',
      'Nothing to change: no write, revision 2 kept.',
    ]);
  });

  it('in plan mode reads and compares, and never writes', async () => {
    const client = new ScriptedClient([]);
    const { result } = run(client, { apply: false });
    await expect(result).resolves.toMatchObject({ changed: true, revision: 1 });
    expect((await result).changes.map((c) => c.action)).toEqual(['add', 'add']);
    expect(client.calls).toEqual(['read']);
  });

  it('after a conflict reads again, edits again and writes with the new etag', async () => {
    const client = new ScriptedClient(['conflict']);
    const { logger, result } = run(client);
    await expect(result).resolves.toMatchObject({ changed: true, conflicts: 1, ambiguousWrites: 0 });
    expect(client.calls).toEqual(['read', 'update(e1):conflict', 'read', 'update(e2):write', 'open']);
    expect(client.stored!.yaml).toContain('# another writer');
    expect(logger.hasMessage(/changed since it was read \(another writer\); reading it again in \d+ ms/)).toBe(true);
  });

  it('after a write without an answer that was applied, reads again and does not write a second time', async () => {
    const client = new ScriptedClient(['lost-answer']);
    const { logger, result } = run(client);
    await expect(result).resolves.toMatchObject({ changed: true, revision: 2, ambiguousWrites: 1, verified: true });
    expect((await result).changes.map((c) => c.action)).toEqual(['add', 'add']);
    expect(client.calls).toEqual(['read', 'update(e1):lost-answer', 'read', 'open']);
    expect(logger.hasMessage(/failed without an answer \(the connection was reset\); reading it again/)).toBe(true);
  });

  it('after a write without an answer that was lost, writes again', async () => {
    const client = new ScriptedClient(['lost']);
    const { result } = run(client);
    await expect(result).resolves.toMatchObject({ changed: true, revision: 2, ambiguousWrites: 1 });
    expect(client.calls).toEqual(['read', 'update(e1):lost', 'read', 'update(e1):write', 'open']);
  });

  it('gives up after the last retry with a service failure that counts both kinds and names the last', async () => {
    const writes: WriteScript = ['conflict', 'lost', 'conflict', 'lost', 'conflict', 'lost'];
    expect(writes).toHaveLength(MAX_WRITE_RETRIES + 1);
    const client = new ScriptedClient(writes);
    const failure = await run(client).result.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).message).toMatch(
      /could not be written after 6 tries \(3 refused because another writer changed it, 3 failed without an answer\).* The last failure: the connection was reset/,
    );
    expect(client.calls.filter((c) => c.startsWith('update'))).toHaveLength(6);
  });

  it('creates a missing environment, then writes into it', async () => {
    const client = new ScriptedClient([], null);
    const { result } = run(client);
    await expect(result).resolves.toMatchObject({ created: true, changed: true });
    expect(client.calls).toEqual(['read', 'create', 'read', 'update(e0):write', 'open']);
  });

  it.each([
    ['sync', true],
    ['plan', false],
  ])(
    'in %s mode refuses a missing environment with create-environment false, as the user’s setup',
    async (_mode, apply) => {
      const client = new ScriptedClient([], null);
      await expect(run(client, { createEnvironment: false, apply }).result).rejects.toThrow(ConfigurationError);
      expect(client.calls).toEqual(['read']);
    },
  );

  it('keeps the write it made when the opened environment does not hold it, the failure (the service’s) beside it', async () => {
    const client = new ScriptedClient([]).openWith({});
    const result = await run(client).result;
    expect(result).toMatchObject({ changed: true, verified: false, verificationFailure: { kind: 'service' } });
    expect(result.revision).toBeGreaterThan(0);
    expect(result.changes.filter((c) => c.action === 'add')).toHaveLength(managed.length);
    expect(result.verificationFailure?.message).toMatch(/LAMBDA_LABS_REGION at lambdaLabs.region: missing/);
    expect(result.verificationFailure?.message).not.toContain('us-west-1');
  });
});

describe("syncEnvironment and the service's rules for secrets", () => {
  const holdingSecret = 'values:\n  other:\n    fn::secret: kept\n';
  const dollar: ManagedSecret = { ...managed[1], value: 'p@ss${x}' };

  it('edits the plain definition when the environment holds secrets, and writes with its etag', async () => {
    const client = new ScriptedClient([], holdingSecret);
    await expect(run(client).result).resolves.toMatchObject({ changed: true, asCiphertext: [], findings: [] });
    expect(client.calls).toEqual(['read', 'read-definition', 'update(e1):write', 'open']);
  });

  it('when the two reads disagree, reads both again', async () => {
    const client = new ScriptedClient([], holdingSecret);
    client.betweenReads = `${holdingSecret}# another writer\n`;
    await expect(run(client).result).resolves.toMatchObject({ changed: true, conflicts: 1 });
    expect(client.calls).toEqual(['read', 'read-definition', 'read', 'read-definition', 'update(e2):write', 'open']);
    expect(client.stored!.yaml).toContain('# another writer');
  });

  it('a value holding ${ goes as the ciphertext encrypt-secrets gives, in one request', async () => {
    const client = new ScriptedClient([]);
    const { result } = run(client, { managed: [managed[0], dollar], verify: false });
    await expect(result).resolves.toMatchObject({ changed: true, asCiphertext: ['LAMBDA_LABS_API_KEY'] });
    expect(client.calls).toEqual(['read', 'encrypt(1)', 'update(e1):write']);
    expect(client.stored!.yaml).toContain('ciphertext: ZXNjeA-cipher-0');
    expect(client.stored!.yaml).not.toContain('p@ss');
  });

  it('without encrypt-secrets: an error finding naming the secret, and no write', async () => {
    const client = new ScriptedClient([]);
    client.encrypts = false;
    const { result } = run(client, { managed: [managed[0], dollar] });
    const done = await result;
    expect(done).toMatchObject({ changed: false, changes: [] });
    expect(done.findings).toEqual([
      expect.objectContaining({ check: 'esc-secret-form', severity: 'error', secret: 'LAMBDA_LABS_API_KEY' }),
    ]);
    expect(done.findings[0].message).not.toContain('p@ss');
    expect(client.calls).toEqual(['read', 'encrypt(1)']);
  });

  it('without encrypt-secrets, skipping: the rest is written without that secret', async () => {
    const client = new ScriptedClient([]);
    client.encrypts = false;
    const { result } = run(client, { managed: [managed[0], dollar], skipUnstorable: true, verify: false });
    const done = await result;
    expect(done.changes.map((c) => c.secret)).toEqual(['LAMBDA_LABS_REGION']);
    expect(done.findings).toHaveLength(1);
    expect(client.calls).toEqual(['read', 'encrypt(1)', 'update(e1):write']);
    expect(client.stored!.yaml).not.toContain('apiKey');
  });

  it('plan mode never encrypts, and says which values would go as ciphertext', async () => {
    const client = new ScriptedClient([]);
    const { result } = run(client, { managed: [managed[0], dollar], apply: false });
    await expect(result).resolves.toMatchObject({ changed: true, asCiphertext: ['LAMBDA_LABS_API_KEY'] });
    expect(client.calls).toEqual(['read']);
  });
});
