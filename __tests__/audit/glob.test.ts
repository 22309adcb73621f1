import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expandGlobs, globToRegExp } from '../../src/audit/glob.js';

describe('expandGlobs', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'glob-'));
    for (const file of [
      '.github/workflows/a.yml',
      '.github/workflows/b.yaml',
      '.github/workflows/sub/c.yml',
      '.github/workflows/notes.md',
      'ci/d.yml',
      'node_modules/x/e.yml',
    ]) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    [
      ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
      ['.github/workflows/a.yml', '.github/workflows/b.yaml'],
    ],
    [['.github/**/*.yml'], ['.github/workflows/a.yml', '.github/workflows/sub/c.yml']],
    [
      ['**/*.yml', '!ci/**'],
      ['.github/workflows/a.yml', '.github/workflows/sub/c.yml'],
    ],
    [['./ci/d.yml'], ['ci/d.yml']],
    [['.github/workflows/[ab].y?ml'], ['.github/workflows/b.yaml']],
    [['nowhere/*.yml'], []],
  ])('%j → %j', (patterns, expected) => {
    expect(expandGlobs(patterns, root)).toEqual(expected);
  });
});

it.each([
  ['*.yml', 'a.yml', true],
  ['*.yml', 'x/a.yml', false],
  ['**/a.yml', 'a.yml', true],
  ['**/a.yml', 'x/y/a.yml', true],
  ['a?.yml', 'ab.yml', true],
  ['a.yml', 'aXyml', false],
])('globToRegExp(%s) matches %s: %s', (glob, path, matches) => {
  expect(globToRegExp(glob).test(path)).toBe(matches);
});
