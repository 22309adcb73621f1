import { closest } from '../../src/util/closest.js';

describe('closest', () => {
  it.each([
    ['enviroment', ['environment', 'profile'], 'environment'],
    ['SECRETS', ['secrets', 'legacy'], 'secrets'],
    ['xyz', ['environment', 'profile'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
