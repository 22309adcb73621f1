import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, patch } from './helpers.js';

let emu: EscEmulator;
const ENV = 'acme/app/dev';
const STORED = 'values:\n  kept: yes\n';

beforeAll(async () => {
  emu = await startEscEmulator();
  emu.seed(ENV, STORED);
  // Imports must name environments that exist.
  for (const imported of ['acme/default/base', 'acme/other/shared', 'acme/shared/base', 'acme/default/lambda']) {
    emu.seed(imported, '');
  }
});
afterAll(() => emu.close());

describe('document checks answer 400 with diagnostics and store nothing', () => {
  // [label, document, summary, path, begin line, begin column]
  const cases: [string, string, RegExp, string | undefined, number, number][] = [
    ['unterminated flow sequence', 'values:\n  a: [1,\n', /flow sequence/i, undefined, 3, 1],
    ['unterminated quote', 'values:\n  a: "open\n', /quote/i, undefined, 3, 1],
    ['duplicate key', 'values:\n  a: 1\n  a: 2\n', /unique/i, undefined, 3, 3],
    ['two documents', 'a: 1\n---\nb: 2\n', /single YAML document/, undefined, 2, 1],
    ['tab indentation', 'values:\n\tx: 1\n', /tab/i, undefined, 2, 1],
    ['top level a list', '- a\n- b\n', /top level .* mapping/, undefined, 1, 1],
    ['top level a scalar', 'just text\n', /top level .* mapping/, undefined, 1, 1],
    ['imports a mapping', 'imports:\n  a: b\n', /imports must be a list/, 'imports', 2, 3],
    [
      'an import whose options are not a mapping',
      'imports:\n  - base\n  - {base: 1}\n',
      /options of an import must be an object/,
      'imports[1]',
      3,
      5,
    ],
    [
      'an import mapping of two keys',
      'imports:\n  - {base: {}, lambda: {}}\n',
      /import must have a single key/,
      'imports[0]',
      2,
      5,
    ],
    [
      'an import option other than merge',
      'imports:\n  - base: {marge: false}\n',
      /unknown import option/,
      'imports[0]',
      2,
      5,
    ],
    [
      'an import merge that is not a boolean',
      'imports:\n  - base: {merge: no way}\n',
      /merge must be true or false/,
      'imports[0]',
      2,
      5,
    ],
    ['an import that is a list', 'imports:\n  - [base]\n', /import must be a string or an object/, 'imports[0]', 2, 5],
    ['an import that is a number', 'imports:\n  - 12\n', /import must be a string/, 'imports[0]', 2, 5],
    ['values a list', 'values:\n  - a\n', /values must be a mapping/, 'values', 2, 3],
    ['values a scalar', 'values: 3\n', /values must be a mapping/, 'values', 1, 9],
    [
      'a number secret',
      'values:\n  a:\n    fn::secret: 12\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      3,
      17,
    ],
    [
      'a boolean secret',
      'values:\n  a:\n    fn::secret: true\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      3,
      17,
    ],
    [
      'a list secret',
      'values:\n  a:\n    fn::secret: [x]\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      3,
      17,
    ],
    [
      'a mapping secret',
      'values:\n  a:\n    fn::secret: {x: y}\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      3,
      17,
    ],
    [
      'an empty secret',
      'values:\n  a:\n    fn::secret:\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      3,
      16,
    ],
    [
      'a secret in a list',
      'values:\n  l: [{fn::secret: 1}]\n',
      /^secret values must be string literals$/,
      'values.l[0]["fn::secret"]',
      2,
      20,
    ],
    [
      'a secret beside another key',
      'values:\n  a:\n    fn::secret: x\n    other: y\n',
      /^illegal call to builtin function: "fn::secret" must be the only key within its containing object$/,
      'values.a',
      3,
      5,
    ],
    [
      'any builtin beside another key',
      'values:\n  a:\n    b: 1\n    fn::toJSON: x\n',
      /^illegal call to builtin function: "fn::toJSON" must be the only key/,
      'values.a',
      3,
      5,
    ],
    ['an unknown builtin', 'values:\n  a:\n    fn::bogus: x\n', /^'fn::' is a reserved prefix$/, 'values.a', 3, 5],
    [
      'an unknown builtin deep in a list',
      'values:\n  a: [1, {fn::Secrets: x}]\n',
      /^'fn::' is a reserved prefix$/,
      'values.a[1]',
      2,
      11,
    ],
    [
      'a builtin directly under values',
      'values:\n  fn::secret: x\n',
      /^builtin function call "fn::secret" not allowed at the top level$/,
      'values["fn::secret"]',
      2,
      3,
    ],
    ...(['imports', 'context', 'environments'].map((key) => [
      `the reserved key ${key} under values`,
      `values:\n  ok: 1\n  ${key}:\n    x: 1\n`,
      new RegExp(`^"${key}" is a reserved key$`),
      `values.${key}`,
      3,
      3,
    ]) as [string, string, RegExp, string, number, number][]),
    [
      'a reference in a plaintext secret',
      'values:\n  region: x\n  a:\n    fn::secret: pw-${region}\n',
      /^secret values must be string literals$/,
      'values.a["fn::secret"]',
      4,
      17,
    ],
    ['an unknown reference', 'values:\n  a: ${nope}\n', /^unknown property nope$/, 'values.a', 2, 6],
    ['a missing import', 'imports:\n  - nowhere\n', /^unknown environment "default\/nowhere"$/, 'imports[0]', 2, 5],
  ];

  test.each(cases)('%s', async (_label, document, summary, path, line, column) => {
    const before = emu.environment(ENV);
    const answer = await patch(emu, ENV, document);
    expect(answer.status).toBe(400);
    const { diagnostics } = answer.json();
    expect(diagnostics.length).toBeGreaterThanOrEqual(1);
    const [first] = diagnostics;
    expect(first.summary).toMatch(summary);
    expect(first.path).toBe(path);
    expect(first.range).toMatchObject({ environment: 'app/dev', begin: { line, column } });
    expect(first.range.end.byte).toBeGreaterThanOrEqual(first.range.begin.byte);
    expect(emu.environment(ENV)).toEqual(before);
    expect(emu.environment(ENV)?.definition).toBe(STORED);
  });

  test('byte offsets count UTF-8 bytes while columns count characters', async () => {
    const answer = await patch(emu, ENV, 'values:\n  ü: [{fn::secret: 1}]\n');
    const [first] = answer.json().diagnostics;
    expect(first.path).toBe('values["ü"][0]["fn::secret"]');
    expect(first.range.begin).toEqual({ line: 2, column: 20, byte: 8 + 19 + 1 });
  });

  test('seed throws on an invalid document and stores nothing, not even a new environment', () => {
    expect(() => emu.seed(ENV, 'values: [1]\n')).toThrow(/values must be a mapping/);
    expect(emu.environment(ENV)?.definition).toBe(STORED);
    expect(() => emu.seed('acme/app/never', '- a\n')).toThrow(/top level/);
    expect(emu.environment('acme/app/never')).toBeUndefined();
  });

  test('seed into a new environment makes revision 2 on top of the empty creation', () => {
    expect(emu.seed('acme/app/seeded', 'values:\n  a: 1\n')).toEqual({
      revision: 2,
      etag: emu.environment('acme/app/seeded')?.etag,
    });
    expect(emu.revisionCount('acme/app/seeded')).toBe(2);
  });

  test.each([
    ['empty', ''],
    ['comments only', '# nothing yet\n'],
    ['null imports and values', 'imports:\nvalues:\n'],
    ['imports and values', 'imports:\n  - base\n  - other/shared\nvalues:\n  a: 1\n'],
    ['both import forms', 'imports:\n  - base\n  - other/shared: {merge: false}\n  - shared/base:\n'],
    ['a known builtin', 'values:\n  a:\n    fn::toJSON: [1]\n  b:\n    fn::open::aws-login: {oidc: {}}\n'],
    ['an unknown top-level key (a warning for the service)', 'values:\n  a: 1\nextra: 2\n'],
    ['keys that merely start like reserved ones', 'values:\n  imported: 1\n  contexts: 2\n  env: 3\n'],
  ])('%s is a valid document', async (_label, document) => {
    const answer = await patch(emu, ENV, document);
    expect(answer.status).toBe(200);
    expect(emu.environment(ENV)?.definition).toBe(document);
    emu.seed(ENV, STORED);
  });
});

describe('re-encoding on write', () => {
  test('comments, key order, imports, flow style and quoting survive; indentation becomes two spaces', async () => {
    const input = [
      '# Lambda Cloud H200 credentials',
      'imports:',
      '    - shared/base   # org-wide defaults',
      '    - lambda',
      'values:',
      '    # zebra before apple on purpose',
      '    zebra: 1',
      '    apple: "0123"',
      '    flow: {b: 2, a: [x, y]}',
      '',
      '    lambdaLabs:',
      '        region: us-east-1',
      '        note: |',
      '            first',
      '              indented',
      '    environmentVariables:',
      '        LAMBDA_REGION: ${lambdaLabs.region}',
      '# trailing comment',
      '',
    ].join('\n');
    const expected = [
      '# Lambda Cloud H200 credentials',
      'imports:',
      '  - shared/base # org-wide defaults',
      '  - lambda',
      'values:',
      '  # zebra before apple on purpose',
      '  zebra: 1',
      '  apple: "0123"',
      '  flow: {b: 2, a: [x, y]}',
      '',
      '  lambdaLabs:',
      '    region: us-east-1',
      '    note: |',
      '      first',
      '        indented',
      '  environmentVariables:',
      '    LAMBDA_REGION: ${lambdaLabs.region}',
      // The yaml package sets a document's closing comment off with a blank line; stable across writes.
      '',
      '# trailing comment',
      '',
    ].join('\n');
    expect((await patch(emu, ENV, input)).status).toBe(200);
    expect(emu.environment(ENV)?.definition).toBe(expected);
    const read = await call(emu, 'GET', ENV);
    expect(read.text).toBe(expected);
    expect(read.headers.get('content-type')).toMatch(/yaml/);

    expect((await patch(emu, ENV, read.text)).status).toBe(200);
    expect(emu.environment(ENV)?.definition).toBe(expected);
  });
});
