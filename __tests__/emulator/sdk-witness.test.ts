// Pulumi's own TypeScript client (@pulumi/esc-sdk, a devDependency only, never bundled) as a witness:
// every call it makes against the emulator is answered the way it expects from the service.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Configuration, EscApi } from '@pulumi/esc-sdk';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';

const [ORG, PROJECT, ENV] = ['acme', 'lambda', 'h200'];
const KEY = 'secret_witness-0001';
const DOLLAR = 'p@ss${x}';

let emu: EscEmulator;
let api: EscApi;
let constructedBasePath: string | undefined;

/** The SDK's raw client, with the etag header the wrapper has no parameter for. */
const raw = () => (api as unknown as { rawApi: import('@pulumi/esc-sdk').EscRawApi }).rawApi;

beforeAll(async () => {
  emu = await startEscEmulator({ pathPrefix: '/pulumi' });
  const config = new Configuration({ accessToken: emu.token, basePath: emu.url });
  api = new EscApi(config);
  constructedBasePath = config.basePath;
  // Quirk: the constructor keeps only protocol and host (port and path prefix dropped); requests read
  // config.basePath when they are made, so setting it again restores them.
  config.basePath = `${emu.url}/api/esc`;
});
afterAll(() => emu.close());

describe('@pulumi/esc-sdk against the emulator', () => {
  test('quirk: the SDK constructor drops the port and path prefix of its base URL', () => {
    expect(constructedBasePath).toBe('http://127.0.0.1/api/esc');
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pulumi$/);
  });

  test('create: the service answers 204, which the SDK wrapper (expecting 200) reports as a failure; the raw client sees 204', async () => {
    await expect(api.createEnvironment(ORG, PROJECT, ENV)).rejects.toThrow('Failed to create environment');
    expect(emu.revisionCount(`${ORG}/${PROJECT}/${ENV}`)).toBe(1);
    const again = await raw()
      .createEnvironment(ORG, { project: PROJECT, name: 'second' })
      .catch((error: { response: { status: number } }) => error.response);
    expect(again.status).toBe(204);
  });

  test('update through the raw client with the etag read; a stale etag is refused with 409', async () => {
    const read = await raw().getEnvironment(ORG, PROJECT, ENV);
    expect(read.status).toBe(200);
    const etag = String(read.headers.etag);
    expect(etag).not.toBe('');
    const yaml = `values:\n  lambdaLabs:\n    apiKey:\n      fn::secret: ${KEY}\n    region: us-west-1\n  environmentVariables:\n    LAMBDA_LABS_API_KEY: \${lambdaLabs.apiKey}\n`;
    const written = await raw().updateEnvironmentYaml(ORG, PROJECT, ENV, yaml, { headers: { ETag: etag } });
    expect([written.status, written.data]).toEqual([200, {}]);
    expect(written.headers['pulumi-esc-revision']).toBe('2');
    const stale = await raw()
      .updateEnvironmentYaml(ORG, PROJECT, ENV, yaml, { headers: { ETag: etag } })
      .catch((error: { response: { status: number } }) => error.response);
    expect(stale.status).toBe(409);
  });

  test('read: the definition with the secret as ciphertext, parsed by the SDK', async () => {
    const env = await api.getEnvironment(ORG, PROJECT, ENV);
    expect(env?.yaml).not.toContain(KEY);
    expect(env?.definition).toMatchObject({
      values: { lambdaLabs: { apiKey: { 'fn::secret': { ciphertext: expect.stringMatching(/^ZXNjeA/) } } } },
    });
  });

  test('decrypt: the definition with the secret in plaintext', async () => {
    const env = await api.decryptEnvironment(ORG, PROJECT, ENV);
    expect(env?.definition).toMatchObject({ values: { lambdaLabs: { apiKey: { 'fn::secret': KEY } } } });
  });

  test('open and read: values the SDK turns into plain data, the secret marked', async () => {
    const opened = await api.openAndReadEnvironment(ORG, PROJECT, ENV);
    expect(opened?.values).toEqual({
      lambdaLabs: { apiKey: KEY, region: 'us-west-1' },
      environmentVariables: { LAMBDA_LABS_API_KEY: KEY },
    });
    expect(opened?.environment?.properties?.lambdaLabs.value.apiKey).toEqual({ value: KEY, secret: true });
    const session = await api.openEnvironment(ORG, PROJECT, ENV);
    const one = await api.readOpenEnvironmentProperty(ORG, PROJECT, ENV, String(session?.id), 'lambdaLabs.region');
    expect(one?.value).toBe('us-west-1');
  });

  test('the wrapper update (no etag) is answered 200, and a plaintext secret holding ${ is refused with its diagnostic', async () => {
    const fine = await api.updateEnvironmentYaml(ORG, PROJECT, ENV, 'values:\n  a: pa$$word\n');
    expect(fine).toEqual({});
    const refused = await raw()
      .updateEnvironmentYaml(ORG, PROJECT, ENV, `values:\n  a:\n    fn::secret: "${DOLLAR}"\n`)
      .catch((error: { response: { status: number; data: unknown } }) => error.response);
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({
      diagnostics: [{ summary: 'secret values must be string literals', path: 'values.a["fn::secret"]' }],
    });
    expect((await api.openAndReadEnvironment(ORG, PROJECT, ENV))?.values).toEqual({ a: 'pa$word' });
  });
});
