import { consoleUrl, parseEnvironmentRef } from '../../src/esc/environment-ref.js';

describe('parseEnvironmentRef', () => {
  it.each([
    ['acme/lambda/h200', { org: 'acme', project: 'lambda', env: 'h200' }],
    ['acme/h200', { org: 'acme', project: 'default', env: 'h200' }],
    ['my-org/proj.v2/env_1', { org: 'my-org', project: 'proj.v2', env: 'env_1' }],
  ])('reads %s', (text, expected) => {
    expect(parseEnvironmentRef(text)).toEqual(expected);
  });

  it.each([
    ['a', /must be org\/project\/env .* it has 1 part/],
    ['', /it has 1 part/],
    ['a//b', /the project name is empty/],
    ['a/b/c/d', /it has 4 parts/],
    ['../x', /the organization name ".." is reserved/],
    ['acme/my env', /the environment name "my env" may hold only letters/],
    ['a/b/open', /the environment name "open" is reserved/],
    ['a/b/yaml', /"yaml" is reserved/],
    [`a/b/${'x'.repeat(101)}`, /101 characters long/],
  ])('refuses %j', (text, message) => {
    expect(() => parseEnvironmentRef(text)).toThrow(message);
  });
});

describe('consoleUrl', () => {
  it.each([
    ['Pulumi Cloud', 'https://api.pulumi.com', 'https://app.pulumi.com/acme/esc/lambda/h200'],
    ['a self-hosted Pulumi Cloud', 'https://pulumi.example.com', undefined],
    ['the emulator', 'http://127.0.0.1:8080', undefined],
  ])('links the environment page on %s only', (_name, cloudUrl, url) => {
    expect(consoleUrl(cloudUrl, { org: 'acme', project: 'lambda', env: 'h200' })).toBe(url);
  });
});
