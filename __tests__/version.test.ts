import { readFileSync } from 'node:fs';
import { ACTION_VERSION, USER_AGENT } from '../src/version.js';

it("is package.json's version, and User-Agent carries it", () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(ACTION_VERSION).toBe(version);
  expect(USER_AGENT).toBe(`lambda-h200-sync/${version}`);
});
