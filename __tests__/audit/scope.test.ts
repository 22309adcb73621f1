import { changedScope, inScope } from '../../src/audit/scope.js';

const AUDITED = ['.github/workflows/deploy.yml', '.github/workflows/test.yml'];
const CONFIG = '.github/lambda-h200-sync.yml';

describe('audit scope: the workflow files a pull request changes', () => {
  it.each([
    [
      'one of two modified',
      [{ filename: '.github/workflows/test.yml', status: 'modified' }],
      ['.github/workflows/test.yml'],
    ],
    [
      'an added file',
      [{ filename: '.github/workflows/deploy.yml', status: 'added' }],
      ['.github/workflows/deploy.yml'],
    ],
    [
      'a file renamed to an audited name',
      [{ filename: '.github/workflows/deploy.yml', status: 'renamed' }],
      ['.github/workflows/deploy.yml'],
    ],
    ['a removed file (not in the checkout)', [{ filename: '.github/workflows/test.yml', status: 'removed' }], []],
    ['only files that are not workflows', [{ filename: 'src/index.ts', status: 'modified' }], []],
    ['the config file (every workflow is checked against it)', [{ filename: CONFIG, status: 'modified' }], AUDITED],
    ['the config file, removed', [{ filename: CONFIG, status: 'removed' }], AUDITED],
  ])('%s', (_, changed, expected) => {
    const scope = changedScope(AUDITED, changed, CONFIG);
    expect(AUDITED.filter((file) => inScope(scope, file))).toEqual(expected);
  });

  it('says why every file counts when the config file changed', () => {
    expect(changedScope(AUDITED, [{ filename: CONFIG, status: 'modified' }], `./${CONFIG}`)).toMatchObject({
      kind: 'changed',
      reason: 'config',
    });
  });

  it('counts every file when the scope is all, and a finding without a file always', () => {
    expect(inScope({ kind: 'all' }, 'anything.yml')).toBe(true);
    expect(inScope(changedScope(AUDITED, [], CONFIG), undefined)).toBe(true);
  });
});
