// The `imports` list in both of ESC's forms (pulumi/esc ast/environment.go ImportDecl):
// `- proj/env` and `- proj/env: {merge: false}` (a one-key mapping, its value null or a mapping).
import { isMap, isScalar, isSeq } from 'yaml';

/**
 * @typedef {{ name: string, merge: boolean, node: unknown, index: number }} ImportEntry
 * @typedef {{ index: number, node: unknown, summary: string }} ImportProblem
 */

/**
 * @param {unknown} imports the `imports` node (a list, when valid)
 * @returns {{ entries: ImportEntry[], problems: ImportProblem[] }}
 */
export function readImports(imports) {
  /** @type {ImportEntry[]} */
  const entries = [];
  /** @type {ImportProblem[]} */
  const problems = [];
  if (!isSeq(imports)) return { entries, problems };
  imports.items.forEach((node, index) => {
    if (isScalar(node) && typeof node.value === 'string') {
      entries.push({ name: qualify(node.value), merge: true, node, index });
      return;
    }
    if (!isMap(node)) {
      problems.push({ index, node, summary: 'import must be a string or an object' });
      return;
    }
    if (node.items.length !== 1) {
      problems.push({ index, node, summary: 'import must have a single key' });
      return;
    }
    const [pair] = node.items;
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string') {
      problems.push({ index, node, summary: 'import must be a string or an object' });
      return;
    }
    const meta = pair.value;
    /** @type {unknown} */
    let merge = true;
    if (isMap(meta)) {
      const unknownKey = meta.items.find((p) => !isScalar(p.key) || p.key.value !== 'merge');
      if (unknownKey) {
        problems.push({
          index,
          node,
          summary: `unknown import option ${String(unknownKey.key)}; only merge is allowed`,
        });
        return;
      }
      merge = meta.get('merge') ?? true;
    } else if (meta !== null && !(isScalar(meta) && meta.value === null)) {
      problems.push({ index, node, summary: 'the options of an import must be an object, such as {merge: false}' });
      return;
    }
    if (typeof merge !== 'boolean') {
      problems.push({ index, node, summary: 'merge must be true or false' });
      return;
    }
    entries.push({ name: qualify(key), merge, node, index });
  });
  return { entries, problems };
}

/**
 * `env` alone means the `default` project.
 * @param {string} ref
 */
function qualify(ref) {
  return ref.includes('/') ? ref : `default/${ref}`;
}
