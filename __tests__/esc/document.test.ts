import { parseDocument } from 'yaml';
import { planDocument, type ManagedSecret } from '../../src/esc/document.js';
import { TRICKY_VALUES } from '../fixtures/values.js';

const managed = (secret: string, key: string, value: string): ManagedSecret => ({
  secret,
  path: `lambdaLabs.${key}`,
  env: secret,
  value,
});
const API_KEY = managed('LAMBDA_LABS_API_KEY', 'apiKey', 'secret_abc');
const REGION = managed('LAMBDA_LABS_REGION', 'region', 'us-west-1');

const EXISTING = `# Team environment: edited by hand too
imports:
  - shared/base
values:
  # keep this comment
  aws:
    region: eu-west-1 # trailing comment
  lambdaLabs:
    note: not managed
  environmentVariables:
    OTHER: plain
`;

function secretAt(yaml: string, path: string[]): unknown {
  return parseDocument(yaml).getIn(['values', ...path, 'fn::secret']);
}

describe('planDocument', () => {
  it('adds the managed paths and keeps everything else: keys, imports, comments, order', () => {
    const { yaml, changes } = planDocument(EXISTING, [API_KEY, REGION]);
    expect(changes.map((c) => c.action)).toEqual(['add', 'add']);
    const after = parseDocument(yaml!).toJS();
    const before = parseDocument(EXISTING).toJS();
    expect(after.imports).toEqual(before.imports);
    expect(after.values.aws).toEqual(before.values.aws);
    expect(after.values.lambdaLabs).toEqual({
      note: 'not managed',
      apiKey: { 'fn::secret': 'secret_abc' },
      region: { 'fn::secret': 'us-west-1' },
    });
    expect(after.values.environmentVariables).toEqual({
      OTHER: 'plain',
      LAMBDA_LABS_API_KEY: '${lambdaLabs.apiKey}',
      LAMBDA_LABS_REGION: '${lambdaLabs.region}',
    });
    for (const comment of ['# Team environment: edited by hand too', '# keep this comment', '# trailing comment'])
      expect(yaml).toContain(comment);
    expect(Object.keys(after)).toEqual(['imports', 'values']);
    expect(Object.keys(after.values)).toEqual(['aws', 'lambdaLabs', 'environmentVariables']);
  });

  it.each([
    ['an empty definition', ''],
    ['a comment only', '# nothing yet\n'],
    ['values: null', 'values:\n'],
  ])('creates values from %s', (_name, definition) => {
    const { yaml } = planDocument(definition, [API_KEY]);
    expect(secretAt(yaml!, ['lambdaLabs', 'apiKey'])).toBe('secret_abc');
  });

  it('plans nothing when the document already holds every value and export', () => {
    const { yaml: first } = planDocument(EXISTING, [API_KEY, REGION]);
    const again = planDocument(first!, [API_KEY, REGION]);
    expect(again.yaml).toBeUndefined();
    expect(again.changes.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
  });

  it.each([
    ['a changed value', (y: string) => y.replace('"us-west-1"', '"us-east-1"')],
    [
      'a plaintext value where a secret belongs',
      (y: string) => y.replace(/region:\n\s+fn::secret: "us-west-1"/, 'region: us-west-1'),
    ],
    ['a missing export', (y: string) => y.replace(/\n\s+LAMBDA_LABS_REGION: .*/, '')],
    ['a wrong export', (y: string) => y.replace('${lambdaLabs.region}', '${lambdaLabs.other}')],
  ])('updates only the entry with %s', (_name, damage) => {
    const synced = planDocument(EXISTING, [API_KEY, REGION]).yaml!;
    const damaged = damage(synced);
    expect(damaged).not.toBe(synced);
    const { yaml, changes } = planDocument(damaged, [API_KEY, REGION]);
    expect(changes.map((c) => [c.secret, c.action])).toEqual([
      ['LAMBDA_LABS_API_KEY', 'unchanged'],
      ['LAMBDA_LABS_REGION', 'update'],
    ]);
    expect(parseDocument(yaml!).toJS()).toEqual(parseDocument(synced).toJS());
  });

  it.each(TRICKY_VALUES)('keeps %s byte for byte', (_name, value) => {
    const { yaml } = planDocument('', [managed('S', 'v', value)]);
    expect(secretAt(yaml!, ['lambdaLabs', 'v'])).toBe(value);
    expect(planDocument(yaml!, [managed('S', 'v', value)]).yaml).toBeUndefined();
  });

  it.each([
    ['a list at the top level', '- a\n- b\n', /not a mapping at the top level/],
    ['values as a list', 'values:\n  - a\n', /values holds a list/],
    ['lambdaLabs as a string', 'values:\n  lambdaLabs: hello\n', /values\.lambdaLabs holds a string scalar/],
    [
      'a mapping where the secret goes',
      'values:\n  lambdaLabs:\n    apiKey:\n      nested: 1\n',
      /values\.lambdaLabs\.apiKey .*holds a mapping/,
    ],
    [
      'environmentVariables as a list',
      'values:\n  environmentVariables: [a]\n',
      /values\.environmentVariables holds a list/,
    ],
    ['YAML that does not parse', 'values: [unclosed\n', /does not parse as YAML \(line \d+, column \d+/],
  ])('refuses to write over %s', (_name, definition, message) => {
    expect(() => planDocument(definition, [API_KEY])).toThrow(message);
  });
});

describe('planDocument and legacy keys', () => {
  const LEGACY_NAMES = ['LAMBDA_API_KEY', 'LAMBDA_IP_ADDRESS'];
  const WITH_LEGACY = `values:
  LAMBDA_IP_ADDRESS: 192.0.2.1
  lambdaLabs:
    lambdaApiKey: old # from the first setup
    apiKey:
      fn::secret: secret_abc
  environmentVariables:
    LAMBDA_API_KEY: \${lambdaLabs.lambdaApiKey}
    LAMBDA_LABS_API_KEY: \${lambdaLabs.apiKey}
    KEEP: me
`;

  it('finds them by name and in camelCase, beside the managed keys, at the top and as exports', () => {
    const { legacyFound, yaml } = planDocument(WITH_LEGACY, [API_KEY], { names: LEGACY_NAMES, prune: false });
    expect(legacyFound).toEqual([
      { secret: 'LAMBDA_API_KEY', path: 'environmentVariables.LAMBDA_API_KEY' },
      { secret: 'LAMBDA_API_KEY', path: 'lambdaLabs.lambdaApiKey' },
      { secret: 'LAMBDA_IP_ADDRESS', path: 'LAMBDA_IP_ADDRESS' },
    ]);
    expect(yaml).toBeUndefined();
  });

  it('removes them when pruning, in the same edit, and keeps the rest', () => {
    const { changes, yaml } = planDocument(WITH_LEGACY, [API_KEY], { names: LEGACY_NAMES, prune: true });
    expect(changes.filter((c) => c.action === 'remove').map((c) => c.path)).toEqual([
      'environmentVariables.LAMBDA_API_KEY',
      'lambdaLabs.lambdaApiKey',
      'LAMBDA_IP_ADDRESS',
    ]);
    expect(parseDocument(yaml!).toJS()).toEqual({
      values: {
        lambdaLabs: { apiKey: { 'fn::secret': 'secret_abc' } },
        environmentVariables: { LAMBDA_LABS_API_KEY: '${lambdaLabs.apiKey}', KEEP: 'me' },
      },
    });
    expect(planDocument(yaml!, [API_KEY], { names: LEGACY_NAMES, prune: true }).yaml).toBeUndefined();
  });
});
