// @ts-check
// `node scripts/release-notes.js v1.2.3`: prints CHANGELOG.md's section for 1.2.3, the notes of the
// GitHub release the release workflow publishes. Fails (exit 1, a message saying what to fix) when
// the tag is not vX.Y.Z, package.json names another version, or the section is missing or empty:
// a release is never published with notes that do not belong to it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The body of the `## <version>` section (the heading may go on: `## 1.2.3 - 2026-11-30`), trimmed.
 * @param {string} changelog
 * @param {string} version
 * @returns {string | undefined}
 */
export function changelogSection(changelog, version) {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n');
  const escaped = version.replace(/[.]/g, '\\.');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:[\\s(:-].*)?$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
  return body || undefined;
}

/**
 * @param {string} tag
 * @param {{ changelog: string, packageVersion: string }} repo
 * @returns {string} the release notes
 */
export function releaseNotes(tag, { changelog, packageVersion }) {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!match) throw new Error(`Tag ${tag} is not a release tag: releases are tagged vX.Y.Z, e.g. v1.2.3.`);
  const version = match[1];
  if (packageVersion !== version) {
    throw new Error(
      `package.json says version ${packageVersion}, the tag says ${version}: set "version": "${version}" in package.json (and package-lock.json, with npm version ${version} --no-git-tag-version), commit, then tag again.`,
    );
  }
  const section = changelogSection(changelog, version);
  if (!section) {
    throw new Error(
      `CHANGELOG.md has no section "## ${version}" with anything in it: rename "## Unreleased" to "## ${version}" (and start a new, empty "## Unreleased" above it), commit, then tag again.`,
    );
  }
  return `${section}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const root = new URL('..', import.meta.url);
    process.stdout.write(
      releaseNotes(process.argv[2] ?? '', {
        changelog: readFileSync(new URL('CHANGELOG.md', root), 'utf8'),
        packageVersion: JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version,
      }),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
