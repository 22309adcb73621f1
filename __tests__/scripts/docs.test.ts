import { readFileSync } from 'node:fs';
import { readmeFromAction } from '../../scripts/docs.js';

const README = readFileSync('README.md', 'utf8');
const ACTION = readFileSync('action.yml', 'utf8');

describe("the README's input and output tables", () => {
  it('equal action.yml (run `npm run docs` after changing an input or output)', async () => {
    expect(await readmeFromAction(README, ACTION)).toBe(README);
  });

  it('differ when action.yml changes, so the check above can fail', async () => {
    const changed = ACTION.replace('Lambda Cloud API base URL.', 'Where the Lambda Cloud API lives.');
    expect(changed).not.toBe(ACTION);
    const regenerated = await readmeFromAction(README, changed);
    expect(regenerated).not.toBe(README);
    expect(regenerated).toContain('Where the Lambda Cloud API lives.');
  });

  it('escape a pipe, which would end the cell', async () => {
    const piped = ACTION.replace('Lambda Cloud API base URL.', 'a | b');
    expect(await readmeFromAction(README, piped)).toContain('a \\| b');
  });
});
