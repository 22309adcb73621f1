import { secretNameProblem } from '../../src/validate/secret-name.js';

describe('secretNameProblem', () => {
  it.each([
    ['LAMBDA_LABS_API_KEY', undefined],
    ['lambda_labs_api_key', undefined],
    ['_PRIVATE', undefined],
    ['LAMBDA-API-KEY', /only letters, digits and underscores/],
    ['1PASSWORD_TOKEN', /may not start with a digit/],
    ['GITHUB_TOKEN', /GITHUB_/],
    ['github_app_key', /GITHUB_/],
    ['', /is empty/],
  ])('%j', (name, problem) => {
    const found = secretNameProblem(name);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
