import { parseDocument } from 'yaml';
import { planDocument, type LegacyOptions, type ManagedSecret } from '../../src/esc/document.js';
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

/** Plans against `definition` as both the decrypted view and the definition edited, as for an environment holding no ciphertext. */
const edit = (definition: string, items: ManagedSecret[], legacy?: LegacyOptions) =>
  planDocument(definition, items, legacy, { definition, ciphertexts: new Map() });

function secretAt(yaml: string, path: string[]): unknown {
  return parseDocument(yaml).getIn(['values', ...path, 'fn::secret']);
}

describe('planDocument', () => {
  it('adds the managed paths and keeps everything else: keys, imports, comments, order', () => {
    const { yaml, changes } = edit(EXISTING, [API_KEY, REGION]);
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
    const { yaml } = edit(definition, [API_KEY]);
    expect(secretAt(yaml!, ['lambdaLabs', 'apiKey'])).toBe('secret_abc');
  });

  it('plans nothing when the document already holds every value and export', () => {
    const { yaml: first } = edit(EXISTING, [API_KEY, REGION]);
    const again = edit(first!, [API_KEY, REGION]);
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
    const synced = edit(EXISTING, [API_KEY, REGION]).yaml!;
    const damaged = damage(synced);
    expect(damaged).not.toBe(synced);
    const { yaml, changes } = edit(damaged, [API_KEY, REGION]);
    expect(changes.map((c) => [c.secret, c.action])).toEqual([
      ['LAMBDA_LABS_API_KEY', 'unchanged'],
      ['LAMBDA_LABS_REGION', 'update'],
    ]);
    expect(parseDocument(yaml!).toJS()).toEqual(parseDocument(synced).toJS());
  });

  it.each(TRICKY_VALUES)('keeps %s byte for byte', (_name, value) => {
    const { yaml } = edit('', [managed('S', 'v', value)]);
    expect(secretAt(yaml!, ['lambdaLabs', 'v'])).toBe(value);
    expect(edit(yaml!, [managed('S', 'v', value)]).yaml).toBeUndefined();
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
    [
      'a list where the secret goes',
      'values:\n  lambdaLabs:\n    apiKey: [a, b]\n',
      /values\.lambdaLabs\.apiKey \(for LAMBDA_LABS_API_KEY\) holds a list where a secret string is expected/,
    ],
    [
      'an alias of a mapping where the secret goes',
      'base: &base {a: 1}\nvalues:\n  lambdaLabs:\n    apiKey: *base\n',
      /values\.lambdaLabs\.apiKey \(for LAMBDA_LABS_API_KEY\) holds an alias \(\*base\) of a mapping where/,
    ],
    [
      'an alias of a list where a mapping is needed',
      'base: &list [a]\nvalues:\n  lambdaLabs: *list\n',
      /values\.lambdaLabs holds an alias \(\*list\) of a list where a mapping is needed/,
    ],
    [
      'a duplicate key, found in one pass',
      'values:\n  a: 1\n  b: 2\n  a: 3\n',
      /does not parse as YAML \(line 4, column 3: DUPLICATE_KEY\)/,
    ],
    ['YAML that does not parse', 'values: [unclosed\n', /does not parse as YAML \(line \d+, column \d+/],
  ])('refuses to write over %s', (_name, definition, message) => {
    expect(() => edit(definition, [API_KEY])).toThrow(message);
  });
});

describe('planDocument and hand-written exports', () => {
  it('replaces a hand-written export of a new secret, as an update of that export, and names it', () => {
    const definition = 'values:\n  environmentVariables:\n    LAMBDA_LABS_API_KEY: typed-by-hand\n';
    const { changes, replacedExports, yaml } = edit(definition, [API_KEY, REGION]);
    expect(changes.map((c) => [c.secret, c.action])).toEqual([
      ['LAMBDA_LABS_API_KEY', 'update'],
      ['LAMBDA_LABS_REGION', 'add'],
    ]);
    expect(replacedExports).toEqual(['LAMBDA_LABS_API_KEY']);
    expect(parseDocument(yaml!).getIn(['values', 'environmentVariables', 'LAMBDA_LABS_API_KEY'])).toBe(
      '${lambdaLabs.apiKey}',
    );
  });

  it('names nothing when the exports are the action’s own', () => {
    const synced = edit('', [API_KEY]).yaml!;
    expect(edit(synced, [API_KEY]).replacedExports).toEqual([]);
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
    const { legacyFound, yaml } = edit(WITH_LEGACY, [API_KEY], { names: LEGACY_NAMES, prune: false });
    expect(legacyFound).toEqual([
      { secret: 'LAMBDA_API_KEY', path: 'environmentVariables.LAMBDA_API_KEY' },
      { secret: 'LAMBDA_API_KEY', path: 'lambdaLabs.lambdaApiKey' },
      { secret: 'LAMBDA_IP_ADDRESS', path: 'LAMBDA_IP_ADDRESS' },
    ]);
    expect(yaml).toBeUndefined();
  });

  it('removes them when pruning, in the same edit, and keeps the rest', () => {
    const { changes, yaml } = edit(WITH_LEGACY, [API_KEY], { names: LEGACY_NAMES, prune: true });
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
    expect(edit(yaml!, [API_KEY], { names: LEGACY_NAMES, prune: true }).yaml).toBeUndefined();
  });
});

describe('planDocument edits the encrypted definition, compared through the decrypted view', () => {
  const CIPHER = (name: string) => `ZXNjeAAAAAE${name}AAAA`;
  const DECRYPTED = `values:
  other:
    fn::secret: unmanaged-plaintext
  lambdaLabs:
    apiKey:
      fn::secret: secret_abc
    region:
      fn::secret: eu-west-1
  environmentVariables:
    LAMBDA_LABS_API_KEY: \${lambdaLabs.apiKey}
    LAMBDA_LABS_REGION: \${lambdaLabs.region}
`;
  const DEFINITION = `values:
  other:
    fn::secret:
      ciphertext: ${CIPHER('other')}
  lambdaLabs:
    apiKey:
      fn::secret:
        ciphertext: ${CIPHER('apiKey')}
    region:
      fn::secret:
        ciphertext: ${CIPHER('region')}
  environmentVariables:
    LAMBDA_LABS_API_KEY: \${lambdaLabs.apiKey}
    LAMBDA_LABS_REGION: \${lambdaLabs.region}
`;

  it('sends back unmanaged and unchanged secrets as the ciphertext they were, only the change as plaintext', () => {
    const plan = planDocument(DECRYPTED, [API_KEY, REGION], undefined, {
      definition: DEFINITION,
      ciphertexts: new Map(),
    });
    expect(plan.changes.map((c) => c.action)).toEqual(['unchanged', 'update']);
    expect(plan.plaintextSecrets).toBe(true);
    expect(plan.yaml).toBe(
      DEFINITION.replace(/region:\n\s+fn::secret:\n\s+ciphertext: \S+/, 'region:\n      fn::secret: "us-west-1"'),
    );
    expect(plan.yaml).not.toContain('unmanaged-plaintext');
    expect(plan.yaml).not.toContain('secret_abc');
  });

  it('compares without a target and makes no document: plan mode', () => {
    const plan = planDocument(DECRYPTED, [API_KEY, REGION]);
    expect([plan.changed, plan.yaml]).toEqual([true, undefined]);
  });

  it('an environment without secrets under values has nothing to hide in its decrypted view', () => {
    expect(planDocument(EXISTING, [API_KEY]).plaintextSecrets).toBe(false);
  });

  it.each(['a${x}', '${lambdaLabs.region}', 'a${', 'x$$${y}z', '$$${'])(
    'writes %j, which ESC would read a reference in, as the ciphertext given for it',
    (value) => {
      const item = managed('LAMBDA_LABS_ASG_NAME', 'asgName', value);
      const plan = planDocument(DECRYPTED, [item], undefined, {
        definition: DEFINITION,
        ciphertexts: new Map([['LAMBDA_LABS_ASG_NAME', CIPHER('asg')]]),
      });
      expect(parseDocument(plan.yaml!).toJS().values.lambdaLabs.asgName).toEqual({
        'fn::secret': { ciphertext: CIPHER('asg') },
      });
      expect(plan.yaml).not.toContain(`fn::secret: ${JSON.stringify(value)}`);
      // Without its ciphertext it is never written in a form the service would refuse or change.
      expect(() => edit('', [item])).toThrow('LAMBDA_LABS_ASG_NAME holds ${ and has no ciphertext to write');
    },
  );

  it.each(['pa$$word', '$$', '$${x}', 'a$b', '$', 'cost: $5 {x}'])(
    'never escapes `$`: %j is written as the plaintext it is',
    (value) => {
      const { yaml } = edit('', [managed('S', 'v', value)]);
      expect(yaml).toContain(`fn::secret: ${JSON.stringify(value)}`);
      expect(secretAt(yaml!, ['lambdaLabs', 'v'])).toBe(value);
    },
  );

  it('a value stored as ciphertext reads back equal through the decrypted view: nothing to write', () => {
    const item = managed('LAMBDA_LABS_API_KEY', 'apiKey', 'secret_abc');
    const plan = planDocument(DECRYPTED, [item], undefined, { definition: DEFINITION, ciphertexts: new Map() });
    expect([plan.changed, plan.yaml]).toEqual([false, undefined]);
  });
});
