import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** A symlink that matched a pattern but was not followed, and why. */
export interface SkippedLink {
  path: string;
  why: string;
}

/**
 * Files under `root` matching any of the globs (`*` and `?` within a path segment, `**` across
 * segments, `[abc]` classes), as sorted repo-relative paths with forward slashes. A leading `!`
 * excludes. Walks only below each pattern's literal prefix, so `.github/workflows/*.yml` reads
 * one directory. A symlink to a file is followed when its target is inside `root`; one that points
 * outside it (or nowhere) is not read, and is passed to `skipped`.
 */
export function expandGlobs(
  patterns: readonly string[],
  root: string,
  skipped: (link: SkippedLink) => void = () => undefined,
): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  const found = new Set<string>();
  const realRoot = realpathSync(root);
  for (const pattern of include) {
    const matcher = globToRegExp(pattern);
    const segments = pattern.replace(/^\.\//, '').split('/');
    const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
    const literalCount = firstGlob === -1 ? segments.length - 1 : firstGlob;
    const depth = pattern.includes('**') ? Infinity : segments.length - literalCount;
    for (const { path, why } of walk(root, realRoot, segments.slice(0, literalCount).join('/'), depth)) {
      if (!matcher.test(path) || exclude.some((e) => e.test(path))) continue;
      if (why) skipped({ path, why });
      else found.add(path);
    }
  }
  return [...found].sort();
}

function* walk(root: string, realRoot: string, dir: string, depth: number): Generator<{ path: string; why?: string }> {
  if (depth <= 0) return;
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isFile()) yield { path };
    else if (entry.isSymbolicLink()) yield { path, ...linkProblem(join(root, path), realRoot) };
    else if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
      yield* walk(root, realRoot, path, depth - 1);
  }
}

/** Why a symlink is not followed (its target is outside the workspace, missing, or not a file), or nothing. */
function linkProblem(link: string, realRoot: string): { why?: string } {
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    return { why: 'is a symlink to nothing (its target does not exist)' };
  }
  const rel = relative(realRoot, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return { why: 'is a symlink to a file outside the workspace' };
  return statSync(target).isFile() ? {} : { why: 'is a symlink to something other than a file' };
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  const text = glob.replace(/^\.\//, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '*' && text[i + 1] === '*') {
      source += text[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += text[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const close = text.indexOf(']', i);
      source += close === -1 ? '\\[' : `[${text.slice(i + 1, close).replace(/^!/, '^')}]`;
      if (close !== -1) i = close;
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
