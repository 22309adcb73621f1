import { readFileSync } from 'node:fs';
import { inputVariable, parseCommands, parseFileCommands } from '../emulator/harness.js';
import { ACTION_VERSION } from '../src/version.js';

describe('runner harness protocol pieces', () => {
  it.each([
    ['pulumi-access-token', 'INPUT_PULUMI-ACCESS-TOKEN'],
    ['fail-on', 'INPUT_FAIL-ON'],
    ['my input', 'INPUT_MY_INPUT'],
  ])('names input %s as %s', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });

  it('parses workflow commands with escaped data and properties', () => {
    const stdout = 'plain line\n::error file=a.yml,line=3,title=x%3Ay%2Cz::first%0Asecond 100%25\n::add-mask::k%0D\n';
    expect(parseCommands(stdout)).toEqual([
      { command: 'error', properties: { file: 'a.yml', line: '3', title: 'x:y,z' }, message: 'first\nsecond 100%' },
      { command: 'add-mask', properties: {}, message: 'k\r' },
    ]);
  });

  it('parses file commands in heredoc and name=value form', () => {
    const text =
      'changed<<ghadelimiter_1\ntrue\nghadelimiter_1\nmulti<<ghadelimiter_2\na\nb\nghadelimiter_2\nplain=1\n';
    expect(parseFileCommands(text)).toEqual({ changed: 'true', multi: 'a\nb', plain: '1' });
  });
});

it('sends the package version in User-Agent', () => {
  expect(ACTION_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
