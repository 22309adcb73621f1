// The service's rules about `$` (esc-api.md, "`$` in strings, and why a secret may not hold `${`"),
// end to end: dist/index.js through the runner harness against the ESC emulator, which refuses a
// plaintext secret holding `${` as the service does.
import { parseDocument } from 'yaml';
import { H200_SECRETS } from '../fixtures/h200.js';
import { ENV, routes, seededEmulator, syncRun, type Emulator } from './helpers.js';
import { findLeaks } from './sweep.js';

let emu: Emulator;
afterEach(() => emu?.close());

const SECRET = 'LAMBDA_LABS_ASG_NAME';
/** `${` in each of its forms, and `$$` without one: all must be stored and opened as they are. */
const DOLLAR_VALUES = ['a${x}', '${lambdaLabs.region}', 'a${', 'x$$${y}z', 'pa$$word'];
const holdsReference = (v: string) => v !== 'pa$$word';

/** The environment opened through the emulator's API, as a program would read it. */
async function openValue(emulator: Emulator, path: string[]): Promise<unknown> {
  const headers = { Authorization: `token ${emulator.token}` };
  const base = `${emulator.url}/api/esc/environments/${ENV}`;
  const { id } = (await (await fetch(`${base}/open`, { method: 'POST', headers })).json()) as { id: string };
  const { properties } = (await (await fetch(`${base}/open/${id}`, { headers })).json()) as {
    properties: Record<string, { value: unknown; secret?: boolean }>;
  };
  let at: { value: unknown; secret?: boolean } | undefined = { value: properties };
  for (const key of path) at = (at?.value as Record<string, { value: unknown }> | undefined)?.[key];
  return at;
}

const patchBodies = (emulator: Emulator) => emulator.requests.filter((r) => r.method === 'PATCH').map((r) => r.body);

describe('values holding `${` are written as ciphertext from encrypt-secrets (dist/index.js through the harness)', () => {
  it.each(DOLLAR_VALUES)('%j is stored and opened verbatim, and a rerun sends no PATCH', async (value) => {
    emu = await seededEmulator();
    const run = await syncRun(emu, { env: { [SECRET]: value } });
    expect(run.exitCode).toBe(0);
    // `${lambdaLabs.region}` is also, by design, the text of the region's export: not a leak.
    const swept = Object.values({ ...H200_SECRETS, [SECRET]: value }).filter((v) => v !== '${lambdaLabs.region}');
    expect(findLeaks(run, emu, swept)).toEqual([]);
    expect(routes(emu)).toEqual([
      'decrypt',
      'read',
      ...(holdsReference(value) ? ['encrypt-secrets'] : []),
      'patch',
      'open',
      'read-open',
    ]);
    const [body] = patchBodies(emu);
    const written = (parseDocument(body).toJS() as { values: { lambdaLabs: Record<string, unknown> } }).values
      .lambdaLabs[`asgName`];
    if (holdsReference(value)) {
      expect(written).toEqual({ 'fn::secret': { ciphertext: expect.stringMatching(/^ZXNjeA/) } });
      expect(run.summary).toContain(`${SECRET} holds \`\${\``);
    } else {
      // Never escaped: `$$` in a secret stays two dollars.
      expect(written).toEqual({ 'fn::secret': value });
    }
    expect(await openValue(emu, ['lambdaLabs', 'asgName'])).toEqual({ value, secret: true });
    expect(await openValue(emu, ['environmentVariables', SECRET])).toEqual({ value, secret: true });
    expect(run.summary).toContain('Verified: every synced value reads back byte-equal and marked secret.');

    emu.clearRequests();
    const rerun = await syncRun(emu, { env: { [SECRET]: value } });
    expect(rerun.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt']);
    expect(rerun.outputs).toMatchObject({ changed: 'false', unchanged: '10' });
  });

  it('plan never calls encrypt-secrets; it says the value will be stored as ciphertext', async () => {
    emu = await seededEmulator();
    const run = await syncRun(emu, { inputs: { mode: 'plan' }, env: { [SECRET]: 'asg-${env}-blue' } });
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt']);
    expect(run.summary).toMatch(/LAMBDA_LABS_ASG_NAME holds `\$\{`.*a sync stores it as ciphertext/);
    expect(findLeaks(run, emu, ['asg-${env}-blue'])).toEqual([]);
  });
});

describe('a service without encrypt-secrets', () => {
  beforeEach(async () => {
    emu = await seededEmulator({ encryptSecrets: false });
  });

  it('a value holding `${` is an error finding naming the secret and the rule; nothing is written', async () => {
    const before = emu.environment(ENV)!;
    const run = await syncRun(emu, { env: { [SECRET]: 'p@ss${x}' } });
    expect(run.exitCode).toBe(1);
    expect(routes(emu)).toEqual(['decrypt', 'read', 'encrypt-secrets']);
    expect(emu.environment(ENV)).toEqual(before);
    const error = run.commands.find((c) => c.command === 'error' && c.message.includes(SECRET));
    expect(error?.message).toMatch(
      /LAMBDA_LABS_ASG_NAME holds `\$\{`.*secret values must be string literals.*ciphertext/,
    );
    expect(run.outputs.changed).toBe('false');
    expect(findLeaks(run, emu, ['p@ss${x}'])).toEqual([]);
  });

  it('under fail-on: never that secret is skipped and the rest written', async () => {
    const run = await syncRun(emu, { inputs: { 'fail-on': 'never' }, env: { [SECRET]: 'p@ss${x}' } });
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt', 'read', 'encrypt-secrets', 'patch', 'open', 'read-open']);
    const lambdaLabs = (parseDocument(emu.environment(ENV)!.decrypted).toJS() as { values: { lambdaLabs: object } })
      .values.lambdaLabs;
    expect(Object.keys(lambdaLabs)).toHaveLength(9);
    expect(lambdaLabs).not.toHaveProperty('asgName');
    expect(JSON.parse(run.reportFile!).findings).toContainEqual(
      expect.objectContaining({ check: 'esc-secret-form', severity: 'error', secret: SECRET }),
    );
    expect(findLeaks(run, emu, ['p@ss${x}'])).toEqual([]);
  });

  it('a first sync creates the environment, says so, and writes nothing else', async () => {
    const run = await syncRun(emu, {
      inputs: { environment: 'lynn-sophia/lambda/fresh' },
      env: { [SECRET]: 'p@ss${x}' },
    });
    expect(run.exitCode).toBe(1);
    expect(routes(emu)).toEqual(['decrypt', 'create', 'decrypt', 'encrypt-secrets']);
    expect(emu.revisionCount('lynn-sophia/lambda/fresh')).toBe(1);
    expect(run.summary).toContain('Created ESC environment lynn-sophia/lambda/fresh.');
    expect(run.commands.find((c) => c.command === 'error' && c.message.includes(SECRET))).toBeDefined();
  });

  it('values without `${` never need the route', async () => {
    const run = await syncRun(emu);
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt', 'read', 'patch', 'open', 'read-open']);
  });
});

describe('the encrypted definition is what is edited', () => {
  it('an unmanaged secret holding `${`, stored as ciphertext, travels back unchanged and never as plaintext', async () => {
    emu = await seededEmulator();
    const unmanagedPlain = 'db-${not-a-ref}-pw';
    const headers = { Authorization: `token ${emu.token}` };
    const encrypted = await fetch(`${emu.url}/api/esc/environments/${ENV}/encrypt-secrets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ plaintexts: [unmanagedPlain] }),
    });
    const [ciphertext] = ((await encrypted.json()) as { ciphertexts: string[] }).ciphertexts;
    const withDb = parseDocument(emu.environment(ENV)!.definition);
    withDb.setIn(['values', 'db', 'password'], withDb.createNode({ 'fn::secret': { ciphertext } }));
    emu.seed(ENV, withDb.toString());
    const storedLogin = /login:\n\s+fn::secret:\n\s+ciphertext: (\S+)/.exec(emu.environment(ENV)!.definition)![1];
    emu.clearRequests();

    const run = await syncRun(emu);
    expect(run.exitCode).toBe(0);
    const [body] = patchBodies(emu);
    expect(body).toContain(ciphertext);
    expect(body).toContain(storedLogin);
    expect(body).not.toContain(unmanagedPlain);
    expect(body).not.toContain('aws-unrelated-credential-0001');
    for (const request of emu.requests) expect(request.body).not.toContain(unmanagedPlain);
    expect(await openValue(emu, ['db', 'password'])).toEqual({ value: unmanagedPlain, secret: true });
  });

  it('the two reads disagree (a writer in between): both are read again, the PATCH carries the etag of the document edited', async () => {
    emu = await seededEmulator();
    emu.intercept((_req, ctx) => {
      if (ctx.route === 'read' && ctx.count === 1) {
        const doc = parseDocument(emu.environment(ENV)!.decrypted);
        doc.setIn(['values', 'aws', 'region'], 'eu-central-1');
        emu.seed(ENV, doc.toString());
      }
      return false;
    });
    const run = await syncRun(emu);
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt', 'read', 'decrypt', 'read', 'patch', 'open', 'read-open']);
    const patch = emu.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.status).toBe(200);
    const after = parseDocument(emu.environment(ENV)!.decrypted).toJS() as { values: { aws: { region: string } } };
    expect(after.values.aws.region).toBe('eu-central-1');
  });

  it('request counts: first sync, one changed value, a `${` value, a no-op', async () => {
    emu = await seededEmulator();
    const counts: Record<string, string[]> = {};
    const measure = async (label: string, env: Record<string, string> = {}, inputs: Record<string, string> = {}) => {
      emu.clearRequests();
      expect((await syncRun(emu, { env, inputs })).exitCode).toBe(0);
      counts[label] = routes(emu);
    };
    await measure('first sync of a new environment', {}, { environment: 'lynn-sophia/lambda/fresh' });
    await measure('first sync of an environment holding a secret');
    await measure('one value changed', { LAMBDA_LABS_REGION: 'us-east-1' });
    await measure('a value holding ${', { LAMBDA_LABS_REGION: 'us-east-1', [SECRET]: 'asg-${env}' });
    await measure('no-op', { LAMBDA_LABS_REGION: 'us-east-1', [SECRET]: 'asg-${env}' });
    expect(counts).toEqual({
      'first sync of a new environment': ['decrypt', 'create', 'decrypt', 'patch', 'open', 'read-open'],
      'first sync of an environment holding a secret': ['decrypt', 'read', 'patch', 'open', 'read-open'],
      'one value changed': ['decrypt', 'read', 'patch', 'open', 'read-open'],
      'a value holding ${': ['decrypt', 'read', 'encrypt-secrets', 'patch', 'open', 'read-open'],
      'no-op': ['decrypt'],
    });
  });
});

describe('paths the service refuses', () => {
  it.each(['context.x', 'imports.key', 'environments.prod'])(
    'config path %s is a config error at file:line:column, before any request',
    async (path) => {
      emu = await seededEmulator();
      const run = await syncRun(emu, {
        files: { '.github/lambda-h200-sync.yml': `secrets:\n  LAMBDA_LABS_REGION:\n    path: ${path}\n` },
      });
      expect(run.exitCode).toBe(1);
      expect(emu.requests).toEqual([]);
      const error = run.commands.find((c) => c.command === 'error' && c.properties.file);
      expect(error).toMatchObject({
        properties: { file: '.github/lambda-h200-sync.yml', line: '3', col: '5' },
        message: expect.stringMatching(/a key ESC reserves under values .*refuses the write/),
      });
    },
  );
});
