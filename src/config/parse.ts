import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { type Finding, findingAt } from '../findings.js';
import { closest } from '../util/closest.js';
import type { ConfigSource } from './read.js';
import { type Config, configSchema, ENTRY_KEYS, TOP_LEVEL_KEYS } from './schema.js';

export interface ParsedConfig {
  config?: Config;
  /** One error per problem, each at file:line:column. */
  findings: Finding[];
  /** file:line:column of a key, for findings the resolver makes later (unknown secret names, duplicate paths). */
  locate: (path: readonly string[]) => { line: number; column: number };
}

/** Parses and validates the config file strictly; every problem becomes a finding at its position. */
export function parseConfig(source: ConfigSource): ParsedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: readonly string[]): { line: number; column: number } => at(keyOffset(doc, path));
  const finding = (position: { line: number; column: number }, message: string): Finding =>
    findingAt({ file: source.file, ...position }, 'config', 'error', message);

  if (doc.errors.length) {
    return {
      findings: doc.errors.map((e) => finding(at(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`)),
      locate,
    };
  }
  // Before toJS: `__proto__` would be dropped there, `toString` and `constructor` misread later.
  const reserved = reservedNames(doc).map(({ offset, where, name }) =>
    finding(
      at(offset),
      `${where} "${name}" is the name of a built-in property of JavaScript objects (${RESERVED.slice(0, 3).join(', ')}, …); the action cannot tell it apart safely, so choose another name`,
    ),
  );
  if (reserved.length) return { findings: reserved, locate };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml refuses an alias bomb ("Excessive alias count") here, after parsing.
    return { findings: [finding(at(0), `cannot be read: ${(error as Error).message.split('\n')[0]}`)], locate };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { config: result.data, findings: [], locate };
  const findings = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        finding(locate([...issue.path.map(String), key]), unknownKeyMessage(issue.path, key)),
      );
    }
    return [
      finding(
        at(valueOffset(doc, issue.path)),
        `${formatPath(issue.path)} ${issueMessage(issue, valueAt(data, issue.path))}`,
      ),
    ];
  });
  return { findings, locate };
}

/** Names every JavaScript object already has a property of (toString, constructor, __proto__, …), compared ignoring case. */
const RESERVED = ['toString', 'constructor', '__proto__', ...Object.getOwnPropertyNames(Object.prototype)].filter(
  (name, i, all) => all.indexOf(name) === i,
);
const isReserved = (name: string): boolean => RESERVED.some((r) => r.toLowerCase() === name.toLowerCase());

/** Secret names (keys and `secret:`), legacy names and replacements, `env:` names and path keys that are reserved. */
function reservedNames(doc: Document): { offset: number; where: string; name: string }[] {
  const found: { offset: number; where: string; name: string }[] = [];
  const check = (node: unknown, where: string, names: (text: string) => string[] = (t) => [t]): void => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    for (const name of names(node.value))
      if (isReserved(name)) found.push({ offset: node.range?.[0] ?? 0, where, name });
  };
  const secrets = doc.get('secrets', true);
  if (isMap(secrets)) {
    for (const pair of secrets.items) {
      check(pair.key, 'secret name');
      if (!isMap(pair.value)) continue;
      check(pair.value.get('secret', true), 'secret name');
      check(pair.value.get('env', true), 'environment variable name');
      check(pair.value.get('path', true), 'path key', (path) => path.split('.'));
    }
  }
  const legacy = doc.get('legacy', true);
  if (isMap(legacy)) {
    for (const pair of legacy.items) {
      check(pair.key, 'legacy secret name');
      check(pair.value, 'secret name');
    }
  }
  return found;
}

function unknownKeyMessage(parent: readonly PropertyKey[], key: string): string {
  const allowed =
    parent.length === 0 ? TOP_LEVEL_KEYS : parent.length === 2 && parent[0] === 'secrets' ? ENTRY_KEYS : [];
  const guess = closest(key, allowed);
  const where = parent.length ? ` in ${formatPath(parent)}` : '';
  return `unknown key "${key}"${where}${guess ? `; did you mean "${guess}"?` : allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
}

function issueMessage(issue: z.core.$ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const hint =
        issue.expected === 'string' && (typeof received === 'number' || typeof received === 'boolean')
          ? ` (write it in quotes: "${String(received)}")`
          : '';
      return `must be ${article(issue.expected)}${hint}; it is ${describe(received)}`;
    }
    case 'invalid_value': {
      const guess = typeof received === 'string' ? closest(received, issue.values.map(String)) : undefined;
      return `must be one of ${issue.values.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`;
    }
    default:
      return issue.message;
  }
}

const article = (type: string): string =>
  ({ object: 'a mapping', record: 'a mapping', array: 'a list', boolean: 'true or false' })[type] ?? `a ${type}`;

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.length ? path.map(String).join('.') : 'the config file';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Offset of the node at `path`, or of its nearest existing ancestor. */
function valueOffset(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as Node | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

/** Offset of the key at the end of `path` (where an unknown key is written), else of its value. */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number {
  const parent = doc.getIn(path.slice(0, -1) as (string | number)[], true);
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
  const key = pair?.key as Node | undefined;
  return key?.range ? key.range[0] : valueOffset(doc, path);
}
