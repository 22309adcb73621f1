import { readFileSync } from 'node:fs';
import { changelogSection, releaseNotes } from '../scripts/release-notes.js';

const CHANGELOG = `# Changelog

## Unreleased

- Something new.

## 1.1.0 - 2026-12-01

- Added a thing.
- Fixed another.

## [1.0.1]

## 1.0.0

The first release.
`;

describe('release notes from CHANGELOG.md', () => {
  it.each([
    ['a heading with a date', '1.1.0', '- Added a thing.\n- Fixed another.'],
    ['the last section', '1.0.0', 'The first release.'],
    ['an empty section', '1.0.1', undefined],
    ['a version not there', '2.0.0', undefined],
    ['a version that is only a prefix of another', '1.1', undefined],
  ])('%s', (_name, version, body) => {
    expect(changelogSection(CHANGELOG, version)).toBe(body);
  });

  it.each([
    ['a tag that is not vX.Y.Z', 'v1.1', '1.1.0', /Tag v1.1 is not a release tag/],
    ['a pre-release tag', 'v1.1.0-rc.1', '1.1.0', /not a release tag/],
    ['package.json at another version', 'v1.1.0', '1.0.0', /package.json says version 1.0.0, the tag says 1.1.0/],
    ['no section for the version', 'v2.0.0', '2.0.0', /no section "## 2.0.0".*rename "## Unreleased" to "## 2.0.0"/],
    ['an empty section', 'v1.0.1', '1.0.1', /no section "## 1.0.1" with anything in it/],
  ])('refuses %s, saying what to fix', (_name, tag, packageVersion, message) => {
    expect(() => releaseNotes(tag, { changelog: CHANGELOG, packageVersion })).toThrow(message);
  });

  it("gives this repository's current version its notes", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const notes = releaseNotes(`v${version}`, {
      changelog: readFileSync('CHANGELOG.md', 'utf8'),
      packageVersion: version,
    });
    expect(notes).toMatch(/^- /m);
    expect(notes).not.toMatch(/^## /m);
  });
});
