import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startEscEmulator, type EscEmulator } from '../../emulator/esc-server.js';
import { call, create, open, patch } from './helpers.js';

let emu: EscEmulator;
beforeAll(async () => {
  emu = await startEscEmulator();
});
afterAll(() => emu.close());

/** Seeds `yaml` into a fresh environment and returns what open reads back. */
async function evaluate(name: string, yaml: string) {
  emu.seed(name, yaml);
  const answer = await open(emu, name);
  return { status: answer.status, body: answer.json() };
}

describe('open evaluates values', () => {
  test('an empty environment opens to {}', async () => {
    await create(emu, 'acme/app/empty');
    const answer = await open(emu, 'acme/app/empty');
    expect([answer.status, answer.json()]).toEqual([200, {}]);
  });

  test('scalars, lists and mappings become Values; secrets are plaintext and marked', async () => {
    const { status, body } = await evaluate(
      'acme/app/shapes',
      [
        'values:',
        '  text: hello',
        '  quoted: "0123"',
        '  number: 12',
        '  float: 1.5',
        '  flag: true',
        '  nothing: null',
        '  list: [a, 2, {fn::secret: s1}]',
        '  nested:',
        '    deeper:',
        '      pw:',
        '        fn::secret: s2',
        '  later: {fn::open::vault: {path: x}}',
        '',
      ].join('\n'),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      properties: {
        text: { value: 'hello' },
        quoted: { value: '0123' },
        number: { value: 12 },
        float: { value: 1.5 },
        flag: { value: true },
        nothing: { value: null },
        list: { value: [{ value: 'a' }, { value: 2 }, { value: 's1', secret: true }] },
        nested: { value: { deeper: { value: { pw: { value: 's2', secret: true } } } } },
        later: { value: null, unknown: true },
      },
    });
  });

  test('interpolation: whole references keep the Value and its secret flag; partial ones make strings', async () => {
    const { status, body } = await evaluate(
      'acme/app/interp',
      [
        'values:',
        '  lambdaLabs:',
        '    apiKey:',
        '      fn::secret: lk-123',
        '    region: us-east-1',
        '    zones: [a, b]',
        '    "dotted.key": dots',
        '  count: 3',
        '  environmentVariables:',
        '    LAMBDA_API_KEY: ${lambdaLabs.apiKey}',
        '    REGION: ${lambdaLabs.region}',
        '    URL: https://${lambdaLabs.region}.example/${lambdaLabs.zones[1]}?n=${count}',
        '    AUTH: Bearer ${lambdaLabs.apiKey}',
        '    DOTTED: ${lambdaLabs["dotted.key"]}',
        '    ZONES: ${lambdaLabs.zones}',
        '    CHAINED: ${environmentVariables.REGION}',
        '    LITERAL: $${not.a.reference}',
        '    COUNT: ${count}',
        '',
      ].join('\n'),
    );
    expect(status).toBe(200);
    expect(body.properties.environmentVariables).toEqual({
      value: {
        LAMBDA_API_KEY: { value: 'lk-123', secret: true },
        REGION: { value: 'us-east-1' },
        URL: { value: 'https://us-east-1.example/b?n=3' },
        AUTH: { value: 'Bearer lk-123', secret: true },
        DOTTED: { value: 'dots' },
        ZONES: { value: [{ value: 'a' }, { value: 'b' }] },
        CHAINED: { value: 'us-east-1' },
        LITERAL: { value: '${not.a.reference}' },
        COUNT: { value: 3 },
      },
    });
  });

  test('imports merge in order, mappings key by key, and own values win; `env` alone is the default project', async () => {
    emu.seed('acme/default/base', 'values:\n  region: eu\n  db: {host: base-host, port: 5432}\n  only: base\n');
    emu.seed('acme/shared/creds', 'values:\n  region: us\n  db:\n    password:\n      fn::secret: pw\n');
    const { status, body } = await evaluate(
      'acme/app/child',
      [
        'imports:',
        '  - base',
        '  - shared/creds',
        'values:',
        '  db:',
        '    host: own-host',
        '  url: postgres://${db.host}:${db.port}',
        '  password: ${db.password}',
        '',
      ].join('\n'),
    );
    expect(status).toBe(200);
    expect(body.properties).toEqual({
      region: { value: 'us' },
      db: { value: { host: { value: 'own-host' }, port: { value: 5432 }, password: { value: 'pw', secret: true } } },
      only: { value: 'base' },
      url: { value: 'postgres://own-host:5432' },
      password: { value: 'pw', secret: true },
    });
  });

  test('?property= reads one Value', async () => {
    emu.seed('acme/app/prop', 'values:\n  a:\n    b: [x, {fn::secret: y}]\n');
    const opened = await call(emu, 'POST', 'acme/app/prop/open?duration=1h30m');
    const { id } = opened.json();
    expect(typeof id).toBe('string');
    const one = await call(emu, 'GET', `acme/app/prop/open/${id}?property=a.b[1]`);
    expect([one.status, one.json()]).toEqual([200, { value: 'y', secret: true }]);
    const missing = await call(emu, 'GET', `acme/app/prop/open/${id}?property=a.c`);
    expect(missing.status).toBe(404);
  });

  test.each([
    ['an unknown reference', 'values:\n  a: ${nope.x}\n', /unknown property nope/, 'values.a', 2],
    ['a cyclic reference', 'values:\n  a: ${b}\n  b: ${a}\n', /cyclic reference/, undefined, 2],
    ['an unterminated reference', 'values:\n  a: x${b\n', /missing closing brace/, 'values.a', 2],
    ['a reference cut by a space', 'values:\n  b: 1\n  a: ${b }\n', /missing closing brace/, 'values.a', 3],
    [
      'a missing import',
      'imports:\n  - nowhere\nvalues: {}\n',
      /unknown environment "default\/nowhere"/,
      'imports[0]',
      2,
    ],
    [
      'a missing import in the mapping form',
      'imports:\n  - app/gone: {merge: false}\n',
      /unknown environment/,
      'imports[0]',
      2,
    ],
    ['a self import', 'imports:\n  - app/errs\n', /cyclic import/, 'imports[0]', 2],
  ])(
    '%s is refused at write with a 400 diagnostic, as the service checks it then',
    async (_label, yaml, summary, path, line) => {
      await create(emu, 'acme/app/errs').catch(() => undefined);
      const before = emu.environment('acme/app/errs');
      const answer = await patch(emu, 'acme/app/errs', yaml);
      expect(answer.status).toBe(400);
      const [first] = answer.json().diagnostics;
      expect(first.summary).toMatch(summary);
      if (path) expect(first.path).toBe(path);
      expect(first.range.begin.line).toBe(line);
      expect(emu.environment('acme/app/errs')).toEqual(before);
      expect(() => emu.seed('acme/app/errs', yaml)).toThrow(summary);
    },
  );

  test('an import deleted after the write is a 400 diagnostic on open', async () => {
    emu.seed('acme/app/short-lived', 'values:\n  a: 1\n');
    emu.seed('acme/app/importer', 'imports:\n  - app/short-lived\n');
    expect((await call(emu, 'DELETE', 'acme/app/short-lived')).status).toBe(204);
    const answer = await open(emu, 'acme/app/importer');
    expect(answer.status).toBe(400);
    expect(answer.json().diagnostics[0]).toMatchObject({
      summary: 'unknown environment "app/short-lived"',
      path: 'imports[0]',
    });
  });

  test('both import forms: a string merges, `{merge: false}` imports without merging', async () => {
    emu.seed('acme/app/merged', 'values:\n  a: from-merged\n  both: merged\n');
    emu.seed('acme/app/unmerged', 'values:\n  b: from-unmerged\n  both: unmerged\n');
    const { status, body } = await evaluate(
      'acme/app/both-forms',
      'imports:\n  - app/merged\n  - app/unmerged: {merge: false}\n  - app/unmerged:\nvalues:\n  own: 1\n',
    );
    expect(status).toBe(200);
    // The third import (a one-key mapping with no options) merges like a string.
    expect(body.properties).toEqual({
      a: { value: 'from-merged' },
      b: { value: 'from-unmerged' },
      both: { value: 'unmerged' },
      own: { value: 1 },
    });
    const unmergedOnly = await evaluate('acme/app/unmerged-only', 'imports:\n  - app/unmerged: {merge: false}\n');
    expect(unmergedOnly).toEqual({ status: 200, body: {} });
  });

  test.each([
    ['pa$$word', 'pa$word'],
    ['$${x}', '${x}'],
    ['$$$${x}', '$${x}'],
    ['a$$', 'a$'],
    ['$', '$'],
    ['cost: $5', 'cost: $5'],
  ])('in a plain string %j opens as %j: `$$` is a literal `$`', async (written, opened) => {
    const { body } = await evaluate('acme/app/dollars', `values:\n  v: ${JSON.stringify(written)}\n`);
    expect(body.properties.v).toEqual({ value: opened });
  });

  test('an import the token cannot see is unknown to it', async () => {
    emu.seed('acme/app/secret-base', 'values:\n  a: 1\n');
    emu.seed('acme/app/uses-it', 'imports:\n  - app/secret-base\n');
    emu.addToken('t-partial', { login: 'partial', permissions: { 'acme/*': 'open', 'acme/app/secret-base': 'none' } });
    const denied = await open(emu, 'acme/app/uses-it', 't-partial');
    expect(denied.status).toBe(400);
    expect(denied.json().diagnostics[0].summary).toMatch(/unknown environment/);
    expect((await open(emu, 'acme/app/uses-it')).json()).toEqual({ properties: { a: { value: 1 } } });
  });

  test('open sessions belong to their environment and expire', async () => {
    emu.seed('acme/app/sess', 'values:\n  a: 1\n');
    emu.seed('acme/app/other', 'values:\n  a: 2\n');
    const { id } = (await call(emu, 'POST', 'acme/app/sess/open?duration=300ms')).json();
    expect((await call(emu, 'GET', `acme/app/other/open/${id}`)).status).toBe(404);
    expect((await call(emu, 'GET', `acme/app/sess/open/${id}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await call(emu, 'GET', `acme/app/sess/open/${id}`)).status).toBe(404);
  });

  test.each(['', '5', '-1m', '0s', 'abc'])('duration %j is refused', async (duration) => {
    emu.seed('acme/app/dur', 'values:\n  a: 1\n');
    const answer = await call(emu, 'POST', `acme/app/dur/open?duration=${duration}`);
    expect(answer.status).toBe(400);
  });

  test('open evaluates the revision current when it was opened', async () => {
    emu.seed('acme/app/snap', 'values:\n  a: 1\n');
    const { id } = (await call(emu, 'POST', 'acme/app/snap/open')).json();
    emu.seed('acme/app/snap', 'values:\n  a: 2\n');
    expect((await call(emu, 'GET', `acme/app/snap/open/${id}`)).json()).toEqual({ properties: { a: { value: 1 } } });
  });
});
