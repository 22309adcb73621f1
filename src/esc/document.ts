import { type Document, isMap, isScalar, LineCounter, parseDocument, Scalar, YAMLMap } from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { Change, ChangeAction, LegacyKey } from '../changes.js';
import { camelCase } from '../util/case.js';

/** One secret to place in the environment: its value at `values.<path>`, exported as `environmentVariables.<env>`. */
export interface ManagedSecret {
  secret: string;
  path: string;
  env: string;
  value: string;
}

export interface LegacyOptions {
  /** Legacy secret names (PRODUCT.md) to look for. */
  names: readonly string[];
  /** Remove what is found, in the same write. */
  prune: boolean;
}

export interface PlannedDocument {
  changes: Change[];
  /** Legacy keys the environment held before this edit (removed when pruning). */
  legacyFound: LegacyKey[];
  /** The whole new definition to PATCH; undefined when nothing changes. */
  yaml?: string;
}

/**
 * Edits an environment definition in place: sets only the managed paths and leaves every other
 * key, import, comment and the key order as they were. Values become explicit double-quoted
 * `fn::secret` strings, never parsed as YAML, so they round-trip byte for byte.
 */
export function planDocument(
  definition: string,
  managed: readonly ManagedSecret[],
  legacy: LegacyOptions = { names: [], prune: false },
): PlannedDocument {
  const doc = parseDefinition(definition);
  const values = childMap(doc, rootMap(doc), 'values', 'values');
  const exports = childMap(doc, values, 'environmentVariables', 'values.environmentVariables');
  const legacyFound = findLegacyKeys(values, managed, legacy.names);
  const changes: Change[] = managed.map((item) => {
    const valueChanged = setSecret(doc, values, item);
    const exportChanged = setExport(exports, item);
    const action: ChangeAction = valueChanged ?? (exportChanged ? 'update' : 'unchanged');
    return { secret: item.secret, path: item.path, exportPath: `environmentVariables.${item.env}`, action };
  });
  if (legacy.prune) {
    for (const key of legacyFound) {
      values.deleteIn(key.path.split('.'));
      changes.push({ secret: key.secret, path: key.path, action: 'remove' });
    }
  }
  const changed = changes.some((c) => c.action !== 'unchanged');
  return { changes, legacyFound, ...(changed ? { yaml: doc.toString({ lineWidth: 0 }) } : {}) };
}

/**
 * Where a legacy name may have been stored: as an export (environmentVariables.NAME), at the top of
 * values, or beside the managed keys (lambdaLabs.NAME), by its own name or in camelCase
 * (LAMBDA_API_KEY → lambdaApiKey).
 */
function findLegacyKeys(values: YAMLMap, managed: readonly ManagedSecret[], names: readonly string[]): LegacyKey[] {
  const parents = [
    '',
    'environmentVariables',
    ...new Set(managed.map((m) => m.path.split('.').slice(0, -1).join('.')).filter(Boolean)),
  ];
  return names.flatMap((secret) =>
    parents.flatMap((parent) => {
      const parentNode = parent ? values.getIn(parent.split('.'), true) : values;
      if (!isMap(parentNode)) return [];
      const spellings = parent === 'environmentVariables' ? [secret] : [secret, camelCase(secret)];
      return parentNode.items
        .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
        .filter((key) => spellings.some((s) => s.toLowerCase() === key.toLowerCase()))
        .map((key) => ({ secret, path: parent ? `${parent}.${key}` : key }));
    }),
  );
}

/** The interpolation that exports a managed path as an environment variable. */
export const exportExpression = (path: string): string => `\${${path}}`;

function parseDefinition(definition: string): Document {
  const lines = new LineCounter();
  const doc = parseDocument(definition, { prettyErrors: false, lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    // The code and position only: the parser's message can quote the text, and this text holds decrypted secrets.
    throw new ConfigurationError(
      `The ESC environment's definition does not parse as YAML (line ${line}, column ${col}: ${error.code}); refusing to write. Fix it in Pulumi Cloud first.`,
    );
  }
  return doc;
}

function rootMap(doc: Document): YAMLMap {
  if (isNullish(doc.contents)) doc.contents = new YAMLMap();
  if (!isMap(doc.contents)) {
    throw new ConfigurationError(
      `The ESC environment's definition is not a mapping at the top level; refusing to write.`,
    );
  }
  return doc.contents;
}

/** The mapping under `key`, created when absent; anything else there is refused rather than overwritten. */
function childMap(doc: Document, parent: YAMLMap, key: string, where: string): YAMLMap {
  const node = parent.get(key, true);
  if (isNullish(node)) {
    const created = doc.createNode({}) as YAMLMap;
    parent.set(key, created);
    return created;
  }
  if (!isMap(node)) {
    throw new ConfigurationError(
      `ESC path ${where} holds ${describeNode(node)} where a mapping is needed; refusing to write so nothing there is lost.`,
    );
  }
  return node;
}

/** Sets values.<path> to the secret; returns 'add', 'update', or undefined when it already holds it. */
function setSecret(doc: Document, values: YAMLMap, item: ManagedSecret): ChangeAction | undefined {
  const keys = item.path.split('.');
  const leafKey = keys.pop()!;
  let parent = values;
  keys.forEach((key, i) => {
    parent = childMap(doc, parent, key, `values.${keys.slice(0, i + 1).join('.')}`);
  });
  const current = parent.get(leafKey, true);
  if (isNullish(current)) {
    parent.set(leafKey, secretNode(doc, item.value));
    return 'add';
  }
  if (secretString(current) === item.value) return undefined;
  if (isMap(current) && !isSecretMap(current)) {
    throw new ConfigurationError(
      `ESC path values.${item.path} (for ${item.secret}) holds a mapping where a secret string is expected; refusing to write so nothing there is lost.`,
    );
  }
  parent.set(leafKey, secretNode(doc, item.value));
  return 'update';
}

function setExport(exports: YAMLMap, item: ManagedSecret): boolean {
  const wanted = exportExpression(item.path);
  const current = exports.get(item.env, true);
  if (isScalar(current) && current.value === wanted) return false;
  exports.set(item.env, wanted);
  return true;
}

function secretNode(doc: Document, value: string): YAMLMap {
  const node = doc.createNode({ 'fn::secret': value }) as YAMLMap;
  // Double quotes escape every character, so CR, trailing spaces and final newlines survive exactly.
  (node.items[0].value as Scalar).type = Scalar.QUOTE_DOUBLE;
  return node;
}

const isSecretMap = (node: YAMLMap): boolean =>
  node.items.length === 1 && isScalar(node.items[0].key) && node.items[0].key.value === 'fn::secret';

function secretString(node: unknown): string | undefined {
  if (!isMap(node) || !isSecretMap(node)) return undefined;
  const value = node.items[0].value;
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

const isNullish = (node: unknown): boolean => node == null || (isScalar(node) && node.value == null);

const describeNode = (node: unknown): string =>
  isScalar(node) ? `a ${typeof node.value} scalar` : isMap(node) ? 'a mapping' : 'a list';
