import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  visit,
  YAMLMap,
} from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { Change, ChangeAction, LegacyKey } from '../changes.js';
import { camelCase } from '../util/case.js';
import { holdsReference } from './interpolation.js';

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

/** The document to edit and send: the plain (encrypted) definition read with the etag the write carries. */
export interface WriteTarget {
  definition: string;
  /** Ciphertexts from `encrypt-secrets`, by secret name, for the values that cannot be plaintext. */
  ciphertexts: ReadonlyMap<string, string>;
}

export interface PlannedDocument {
  changes: Change[];
  /** Legacy keys the environment held before this edit (removed when pruning). */
  legacyFound: LegacyKey[];
  /** True when the definition must be written. */
  changed: boolean;
  /** True when the decrypted view shows secrets under values in plaintext, so it is not the definition to send back. */
  plaintextSecrets: boolean;
  /** Exports (environmentVariables names) that held something else, hand-written, that this edit replaces. */
  replacedExports: string[];
  /** The whole new definition to PATCH, made from the target; only with a target, and only when something changes. */
  yaml?: string;
}

/**
 * Compares the managed paths with the decrypted view of the environment and, given a target,
 * edits the target definition in place: sets only the paths that differ and leaves every other key,
 * import, comment, the key order, and every secret as it was (unmanaged and unchanged ones stay
 * the ciphertext they are). Values become explicit double-quoted `fn::secret` strings, never parsed
 * as YAML, so they round-trip byte for byte; a value ESC would read a reference in becomes the
 * target's ciphertext for it, never an escaped string.
 */
export function planDocument(
  decrypted: string,
  managed: readonly ManagedSecret[],
  legacy: LegacyOptions = { names: [], prune: false },
  target?: WriteTarget,
): PlannedDocument {
  const view = editable(parseDefinition(decrypted));
  const edited = target && editable(parseDefinition(target.definition));
  const legacyFound = findLegacyKeys(view.values, managed, legacy.names);
  const plaintextSecrets = holdsSecrets(view.values);
  const replacedExports: string[] = [];
  const changes: Change[] = managed.map((item) => {
    const valueChanged = secretChange(view, item);
    const exportState = exportStateOf(view.exports, item);
    if (edited && valueChanged) setSecret(edited, item, target.ciphertexts.get(item.secret));
    if (edited && exportState !== 'set') edited.exports.set(item.env, exportExpression(item.path));
    if (exportState === 'other') replacedExports.push(item.env);
    // A value new at its path whose export was already there (hand-written) updates that export.
    const action: ChangeAction =
      valueChanged === 'add' && exportState === 'other'
        ? 'update'
        : (valueChanged ?? (exportState === 'set' ? 'unchanged' : 'update'));
    return { secret: item.secret, path: item.path, exportPath: `environmentVariables.${item.env}`, action };
  });
  if (legacy.prune) {
    for (const key of legacyFound) {
      edited?.values.deleteIn(key.path.split('.'));
      changes.push({ secret: key.secret, path: key.path, action: 'remove' });
    }
  }
  const changed = changes.some((c) => c.action !== 'unchanged');
  return {
    changes,
    legacyFound,
    changed,
    plaintextSecrets,
    replacedExports,
    ...(changed && edited ? { yaml: edited.doc.toString({ lineWidth: 0 }) } : {}),
  };
}

/** A parsed definition with its `values` and `values.environmentVariables` mappings, created when absent. */
interface Editable {
  doc: Document;
  values: YAMLMap;
  exports: YAMLMap;
}

function editable(doc: Document): Editable {
  const values = childMap(doc, rootMap(doc), 'values', 'values');
  return { doc, values, exports: childMap(doc, values, 'environmentVariables', 'values.environmentVariables') };
}

/** Whether any `fn::secret` sits under `values` (in the decrypted view, those show plaintext). */
function holdsSecrets(node: unknown): boolean {
  if (isMap(node)) return isSecretMap(node) || node.items.some((pair) => holdsSecrets(pair.value));
  if (isSeq(node)) return node.items.some(holdsSecrets);
  return false;
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
  // yaml's own duplicate-key check compares each key with every earlier one: quadratic in a mapping's
  // size (16,000 keys took seconds). Duplicates are still refused, found in one pass below.
  const doc = parseDocument(definition, { prettyErrors: false, lineCounter: lines, uniqueKeys: false });
  const error = doc.errors[0] ?? firstDuplicateKey(doc);
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    // The code and position only: the parser's message can quote the text, and this text holds decrypted secrets.
    throw new ConfigurationError(
      `The ESC environment's definition does not parse as YAML (line ${line}, column ${col}: ${error.code}); refusing to write. Fix it in Pulumi Cloud first.`,
    );
  }
  return doc;
}

/**
 * The first scalar key repeated in its mapping, as the error yaml would have reported, in one pass:
 * a definition with a duplicate key would be misread (which of the two does ESC take?), so it is refused.
 */
function firstDuplicateKey(doc: Document): { pos: [number, number]; code: string } | undefined {
  let found: { pos: [number, number]; code: string } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          const at = key.range?.[0] ?? 0;
          found = { pos: [at, at + 1], code: 'DUPLICATE_KEY' };
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return found;
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
      `ESC path ${where} holds ${describeNode(node, doc)} where a mapping is needed; refusing to write so nothing there is lost.`,
    );
  }
  return node;
}

/** 'add' or 'update' when values.<path> does not hold the secret yet, undefined when it does. */
function secretChange({ doc, values }: Editable, item: ManagedSecret): ChangeAction | undefined {
  const current = leafParent(doc, values, item).get(leafKey(item), true);
  if (isNullish(current)) return 'add';
  if (secretString(current) === item.value) return undefined;
  // A scalar (a value written by hand) or a secret is replaced; anything else would be lost.
  if (!isScalar(current) && !(isMap(current) && isSecretMap(current))) {
    throw new ConfigurationError(
      `ESC path values.${item.path} (for ${item.secret}) holds ${describeNode(current, doc)} where a secret string is expected; refusing to write so nothing there is lost.`,
    );
  }
  return 'update';
}

function setSecret({ doc, values }: Editable, item: ManagedSecret, ciphertext: string | undefined): void {
  leafParent(doc, values, item).set(leafKey(item), secretNode(doc, item, ciphertext));
}

const leafKey = (item: ManagedSecret): string => item.path.split('.').at(-1)!;

/** The mapping that holds values.<path>'s last key, its parents created when absent. */
function leafParent(doc: Document, values: YAMLMap, item: ManagedSecret): YAMLMap {
  const keys = item.path.split('.').slice(0, -1);
  let parent = values;
  keys.forEach((key, i) => {
    parent = childMap(doc, parent, key, `values.${keys.slice(0, i + 1).join('.')}`);
  });
  return parent;
}

/** `set`: the export is ours; `absent`: nothing there; `other`: something else, written by hand, that the edit replaces. */
function exportStateOf(exports: YAMLMap, item: ManagedSecret): 'set' | 'absent' | 'other' {
  const current = exports.get(item.env, true);
  if (isNullish(current)) return 'absent';
  return isScalar(current) && current.value === exportExpression(item.path) ? 'set' : 'other';
}

function secretNode(doc: Document, item: ManagedSecret, ciphertext: string | undefined): YAMLMap {
  if (ciphertext !== undefined) return doc.createNode({ 'fn::secret': { ciphertext } }) as YAMLMap;
  // Escaping the `$` would change what is stored; the caller must have obtained its ciphertext.
  if (holdsReference(item.value)) throw new Error(`${item.secret} holds \${ and has no ciphertext to write`);
  const node = doc.createNode({ 'fn::secret': item.value }) as YAMLMap;
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

/** What a node is, in words: "a list", "a mapping", "a string scalar", "an alias (*base) of a mapping". */
function describeNode(node: unknown, doc: Document): string {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return `an alias (*${node.source}) of ${target ? describeNode(target, doc) : 'nothing'}`;
  }
  if (isScalar(node)) return `a ${node.value === null ? 'null' : typeof node.value} scalar`;
  if (isMap(node)) return isSecretMap(node) ? 'a secret' : 'a mapping';
  if (isSeq(node)) return 'a list';
  return 'a node of another kind';
}
