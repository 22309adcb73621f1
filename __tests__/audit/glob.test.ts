import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    outside = mkdtempSync(join(tmpdir(), 'glob-outside-'));
    writeFileSync(join(outside, 'x.yml'), '');
    mkdirSync(join(root, 'linked'));
    symlinkSync('../ci/d.yml', join(root, 'linked/inside.yml'));
    symlinkSync(join(outside, 'x.yml'), join(root, 'linked/outside.yml'));
    symlinkSync('../nowhere.yml', join(root, 'linked/broken.yml'));
    symlinkSync('../ci', join(root, 'linked/dir.yml'));
  });
  let outside: string;
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('follows a symlinked file inside the workspace, and names each link it does not follow', () => {
    const skipped: string[] = [];
    expect(expandGlobs(['linked/*.yml'], root, ({ path, why }) => skipped.push(`${path} ${why}`))).toEqual([
      'linked/inside.yml',
    ]);
    expect(skipped.sort()).toEqual([
      'linked/broken.yml is a symlink to nothing (its target does not exist)',
      'linked/dir.yml is a symlink to something other than a file',
      'linked/outside.yml is a symlink to a file outside the workspace',
    ]);
  });

  it.each([
    [
      ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
      ['.github/workflows/a.yml', '.github/workflows/b.yaml'],
    ],
    [['.github/**/*.yml'], ['.github/workflows/a.yml', '.github/workflows/sub/c.yml']],
    [
      ['**/*.yml', '!ci/**', '!linked/**'],
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
