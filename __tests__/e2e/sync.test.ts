import { parseDocument } from 'yaml';
import { runAction } from '../../emulator/harness.js';
import { startEscEmulator } from '../../emulator/esc-server.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';
import { USER_AGENT } from '../../src/version.js';
import { EXISTING_ENVIRONMENT, H200_SECRETS } from '../fixtures/h200.js';
import { TRICKY_VALUES } from '../fixtures/values.js';
import {
  decryptedValues,
  ENV,
  leakNeedles,
  seededEmulator,
  routes,
  syncRun,
  userVisibleText,
  type Emulator,
} from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await seededEmulator();
});
afterEach(() => emu.close());

const MANAGED_PATHS = lambdaH200Profile.entries.map((e) => e.path.split('.')[1]);

describe('mode sync, end to end (dist/index.js through the runner harness against the ESC emulator)', () => {
  it('first sync: all ten land as secrets in one PATCH; everything else, comments included, unchanged', async () => {
    const before = emu.environment(ENV)!;
    const run = await syncRun(emu);

    expect(run.exitCode).toBe(0);
    // The environment holds a secret: the plain definition is read to send it back as its ciphertext.
    expect(routes(emu)).toEqual(['decrypt', 'read', 'patch', 'open', 'read-open']);
    expect(new Set(emu.requests.map((r) => r.headers['user-agent']))).toEqual(new Set([USER_AGENT]));
    expect(run.outputs).toMatchObject({
      changed: 'true',
      added: '10',
      updated: '0',
      unchanged: '0',
      revision: String(before.revision + 1),
    });

    const after = decryptedValues(emu) as { imports: unknown; values: Record<string, Record<string, unknown>> };
    const original = parseDocument(EXISTING_ENVIRONMENT).toJS();
    expect(after.imports).toEqual(original.imports);
    expect(after.values.pulumiConfig).toEqual(original.values.pulumiConfig);
    expect(after.values.aws).toEqual(original.values.aws);
    expect(Object.keys(after.values.lambdaLabs)).toEqual(MANAGED_PATHS);
    for (const entry of lambdaH200Profile.entries) {
      expect(after.values.lambdaLabs[entry.path.split('.')[1]]).toEqual({ 'fn::secret': H200_SECRETS[entry.secret] });
      expect(after.values.environmentVariables[entry.env]).toBe(`\${${entry.path}}`);
    }
    expect(after.values.environmentVariables.AWS_REGION).toBe('${aws.region}');
    const definition = emu.environment(ENV)!.definition;
    for (const comment of [
      '# Lambda H200 cluster: shared with the infra team',
      '# org-wide defaults',
      '# Pulumi program settings, not managed by the sync',
      '# used by the deploy job',
    ]) {
      expect(definition).toContain(comment);
    }
    // Stored encrypted: the plain definition holds no value of ours.
    for (const needle of leakNeedles(Object.values(H200_SECRETS), 8)) expect(definition).not.toContain(needle);
    expect(run.summary).toContain('| ➕ added | `LAMBDA_LABS_API_KEY` | `lambdaLabs.apiKey` | `LAMBDA_LABS_API_KEY` |');
  });

  it('same run again: one request, no PATCH, changed=false, no new revision', async () => {
    await syncRun(emu);
    const revisions = emu.revisionCount(ENV);
    emu.clearRequests();

    const run = await syncRun(emu);
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt']);
    expect(run.outputs).toMatchObject({
      changed: 'false',
      added: '0',
      updated: '0',
      unchanged: '10',
      revision: String(emu.environment(ENV)!.revision),
    });
    expect(emu.revisionCount(ENV)).toBe(revisions);
  });

  it('one secret changed: one PATCH, and only that path differs afterwards', async () => {
    await syncRun(emu);
    const before = decryptedValues(emu) as { values: { lambdaLabs: Record<string, unknown> } };
    emu.clearRequests();

    const run = await syncRun(emu, { env: { LAMBDA_LABS_MAX_CLUSTER_SIZE: '32' } });
    expect(run.exitCode).toBe(0);
    expect(routes(emu).filter((r) => r === 'patch')).toHaveLength(1);
    expect(run.outputs).toMatchObject({ changed: 'true', added: '0', updated: '1', unchanged: '9' });
    const after = decryptedValues(emu) as { values: { lambdaLabs: Record<string, unknown> } };
    expect(after.values.lambdaLabs.maxClusterSize).toEqual({ 'fn::secret': '32' });
    expect({
      ...after,
      values: { ...after.values, lambdaLabs: { ...after.values.lambdaLabs, maxClusterSize: null } },
    }).toEqual({
      ...before,
      values: { ...before.values, lambdaLabs: { ...before.values.lambdaLabs, maxClusterSize: null } },
    });
  });

  it('a writer between read and write: the PATCH gets 409, the action re-reads, and both changes are present', async () => {
    emu.onNextWrite(ENV, (yaml) => yaml.replace('eu-west-1', 'eu-central-1'));
    const run = await syncRun(emu);

    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt', 'read', 'patch', 'decrypt', 'read', 'patch', 'open', 'read-open']);
    expect(emu.requests[2].status).toBe(409);
    const after = decryptedValues(emu) as { values: { aws: { region: string }; lambdaLabs: Record<string, unknown> } };
    expect(after.values.aws.region).toBe('eu-central-1');
    expect(Object.keys(after.values.lambdaLabs)).toEqual(MANAGED_PATHS);
    expect(run.log).toContain('changed since it was read');
  });

  it('creates a missing environment, then syncs into it', async () => {
    const run = await syncRun(emu, { inputs: { environment: 'lynn-sophia/lambda/new-env' } });
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt', 'create', 'decrypt', 'patch', 'open', 'read-open']);
    expect(emu.revisionCount('lynn-sophia/lambda/new-env')).toBe(2);
    expect(run.summary).toContain('Created ESC environment lynn-sophia/lambda/new-env.');
  });

  it('with create-environment false, a missing environment is a clear error and nothing is written', async () => {
    const run = await syncRun(emu, {
      inputs: { environment: 'lynn-sophia/lambda/absent', 'create-environment': 'false' },
    });
    expect(run.exitCode).toBe(1);
    expect(routes(emu)).toEqual(['decrypt']);
    expect(run.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        message: expect.stringMatching(/lynn-sophia\/lambda\/absent was not found.*create-environment: true/),
      }),
    );
  });

  it('plan mode reads and compares, and never writes', async () => {
    const run = await syncRun(emu, { inputs: { mode: 'plan' } });
    expect(run.exitCode).toBe(0);
    expect(routes(emu)).toEqual(['decrypt']);
    expect(run.outputs).toMatchObject({ changed: 'true', added: '10' });
    expect(run.summary).toContain('a sync would write one update (10 to add');
  });

  it('a refused token fails with a message that says where the token came from', async () => {
    const run = await syncRun(emu, { inputs: { 'pulumi-access-token': 'pul-not-a-real-token' } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(
      /refused the access token .*401.*missing, expired or wrong\. It came from the pulumi-access-token input/,
    );
  });

  it('a token that may read but not write gets told which permission it needs', async () => {
    emu.addToken('pul-open-only', { login: 'reader', permissions: { '*': 'open' } });
    const run = await syncRun(emu, { inputs: { 'pulumi-access-token': 'pul-open-only' } });
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /403.*needs the write permission on lynn-sophia\/lambda\/h200/,
    );
  });

  it('a missing required secret stops the run before ESC is touched', async () => {
    const run = await syncRun(emu, { env: { LAMBDA_LABS_REGION: '' } });
    expect(run.exitCode).toBe(1);
    expect(emu.requests).toHaveLength(0);
    expect(run.outputs.missing).toBe('LAMBDA_LABS_REGION');
  });

  it.each(TRICKY_VALUES)('round-trips %s byte for byte', async (_name, value) => {
    const run = await syncRun(emu, { env: { LAMBDA_LABS_SHARED_FS_ID: value } });
    expect(run.exitCode).toBe(0);
    const after = decryptedValues(emu) as { values: { lambdaLabs: { sharedFsId: { 'fn::secret': string } } } };
    expect(after.values.lambdaLabs.sharedFsId['fn::secret']).toBe(value);
    expect(run.summary).toContain('Verified: every synced value reads back byte-equal and marked secret.');
  });

  it('keeps a self-hosted cloud-url with port and path prefix', async () => {
    const prefixed = await startEscEmulator({ pathPrefix: '/pulumi-cloud' });
    try {
      const run = await syncRun(prefixed);
      expect(run.exitCode).toBe(0);
      expect(prefixed.requests[0].path).toMatch(
        /^\/pulumi-cloud\/api\/esc\/environments\/lynn-sophia\/lambda\/h200\/decrypt/,
      );
    } finally {
      await prefixed.close();
    }
  });

  it('shows no value, nor any line of one, anywhere the user can read, and sends none outside fn::secret', async () => {
    const env = {
      ...H200_SECRETS,
      LAMBDA_LABS_ASG_NAME: 'line one\r\nline two',
      LAMBDA_LABS_SHARED_FS_ID: '  padded value  ',
    };
    const values = Object.values(env);
    const run = await syncRun(emu, { env });
    expect(run.exitCode).toBe(0);
    for (const needle of leakNeedles(values)) {
      for (const [where, text] of Object.entries(userVisibleText(run))) {
        if (text.includes(needle)) throw new Error(`a value leaked into ${where}`);
      }
      for (const request of emu.requests) {
        const outsideSecrets = request.body.replace(/fn::secret: *"(?:[^"\\]|\\.)*"/g, '');
        if (outsideSecrets.includes(needle) || JSON.stringify(request.headers).includes(needle))
          throw new Error(`a value left the client outside fn::secret in ${request.method} ${request.path}`);
      }
    }
    expect(leakNeedles(values, 1).filter((needle) => !run.masks.includes(needle))).toEqual([]);
  });
});

describe('authentication without a long-lived token', () => {
  it.each([
    ['the default token type', {}],
    [
      "pulumi/auth-actions' URN as the token type",
      { 'oidc-requested-token-type': 'urn:pulumi:token-type:access_token:organization' },
    ],
  ])(
    'exchanges the GitHub OIDC token for a Pulumi token for the environment organisation, given %s',
    async (_name, inputs) => {
      const run = await runAction({
        inputs: { environment: ENV, 'cloud-url': emu.url, ...inputs },
        env: { ...H200_SECRETS },
        idToken: true,
      });
      expect(run.exitCode).toBe(0);
      expect(run.idTokenAudiences).toEqual(['urn:pulumi:org:lynn-sophia']);
      expect(routes(emu)).toEqual(['POST /api/oauth/token', 'decrypt', 'read', 'patch', 'open', 'read-open']);
      const exchange = JSON.parse(emu.requests[0].body);
      expect(exchange).toMatchObject({
        audience: 'urn:pulumi:org:lynn-sophia',
        requested_token_type: 'urn:pulumi:token-type:access_token:organization',
      });
      const issued = emu.requests[1].headers.authorization.replace('token ', '');
      expect(run.masks).toContain(issued);
    },
  );

  it('without a token and without id-token permission, says how to give it one', async () => {
    const run = await runAction({ inputs: { environment: ENV, 'cloud-url': emu.url }, env: { ...H200_SECRETS } });
    expect(run.exitCode).toBe(1);
    expect(emu.requests).toHaveLength(0);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /No Pulumi access token: set the pulumi-access-token input .* `permissions: id-token: write`/,
    );
  });
});

describe('a failure says whose fault it is, in the headline and the report file', () => {
  it.each<{ kind: string; cause: string; inputs: Record<string, string>; arrange: () => void }>([
    {
      kind: 'setup',
      cause: 'a refused token',
      inputs: { 'pulumi-access-token': 'pul-not-a-real-token' },
      arrange: () => {},
    },
    {
      kind: 'service',
      cause: 'Pulumi Cloud answering 503 to every read',
      inputs: { timeout: '4' },
      arrange: () => emu.injectFault({ route: 'decrypt', times: Infinity, fault: { kind: 'status', status: 503 } }),
    },
  ])('$kind: $cause', async ({ kind, inputs, arrange }) => {
    arrange();
    const run = await syncRun(emu, { inputs });
    expect(run.exitCode).toBe(1);
    const { failure } = JSON.parse(run.reportFile!) as {
      failure: { kind: string; message: string; requestId?: string };
    };
    expect(failure.kind).toBe(kind);
    const error = run.commands.find((c) => c.command === 'error')?.message;
    expect(run.summary).toMatch(/^### ❌ Sync of `lynn-sophia\/lambda\/h200` failed\n/);
    expect(run.summary).toContain(`\n\n${error}\n`);
    expect(error?.startsWith(failure.message)).toBe(true);
    if (kind === 'service') {
      expect(failure.requestId).toMatch(/^[\w-]+$/);
      expect(error).toMatch(/This was not caused by your setup.*a re-run may pass/);
    } else {
      expect(error).toBe(failure.message);
    }
  });
});
