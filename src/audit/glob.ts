import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files under `root` matching any of the globs (`*` and `?` within a path segment, `**` across
 * segments, `[abc]` classes), as sorted repo-relative paths with forward slashes. A leading `!`
 * excludes. Walks only below each pattern's literal prefix, so `.github/workflows/*.yml` reads
 * one directory.
 */
export function expandGlobs(patterns: readonly string[], root: string): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  const found = new Set<string>();
  for (const pattern of include) {
    const matcher = globToRegExp(pattern);
    const segments = pattern.replace(/^\.\//, '').split('/');
    const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
    const literalCount = firstGlob === -1 ? segments.length - 1 : firstGlob;
    const depth = pattern.includes('**') ? Infinity : segments.length - literalCount;
    for (const file of walk(root, segments.slice(0, literalCount).join('/'), depth)) {
      if (matcher.test(file) && !exclude.some((e) => e.test(file))) found.add(file);
    }
  }
  return [...found].sort();
}

function* walk(root: string, dir: string, depth: number): Generator<string> {
  if (depth <= 0) return;
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isFile()) yield path;
    else if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
      yield* walk(root, path, depth - 1);
  }
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
