import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Scalar } from 'yaml';

/** One step of GitHub's YAML reader, as the template reader takes them. */
export const enum Event {
  DocumentStart,
  DocumentEnd,
  SequenceStart,
  SequenceEnd,
  MappingStart,
  MappingEnd,
  /** A key whose value is a string. */
  Key,
  /** A key whose value is not a string (a number, or nothing for a key that is a collection): in `others`. */
  OtherKey,
  String,
  /** A string with the source text GitHub's tokens keep, next in the pool. */
  StringWithSource,
  /** As StringWithSource, then the block scalar header (`|-`, `>+`). */
  StringWithHeader,
  Number,
  True,
  False,
  Null,
}

/**
 * What GitHub's YAML reader (`YamlObjectReader`) reads from a document, in a form a worker thread
 * takes at almost no cost (typed arrays move, one string is copied once): the events in order; the
 * start and end offset of each node that has a token (-1 without); the strings one after another in
 * one pool, with their lengths; the numbers; the rare key that is not a string; and where each line
 * starts, to turn offsets into lines and columns.
 */
export interface DocumentEvents {
  events: Uint8Array;
  offsets: Int32Array;
  pool: string;
  lengths: Int32Array;
  numbers: Float64Array;
  others: unknown[];
  lineStarts: Int32Array;
}

/** The buffers of a document's events, which postMessage moves to the other thread instead of copying. */
export const transferables = (doc: DocumentEvents): ArrayBuffer[] =>
  [doc.events, doc.offsets, doc.lengths, doc.numbers, doc.lineStarts].map((array) => array.buffer as ArrayBuffer);

/**
 * The events of a document we parsed already, in one walk, as GitHub's reader makes them: aliases
 * read as what they name, and one inside the node it names skipped.
 */
export function documentEvents(doc: Document, lines: LineCounter): DocumentEvents {
  const events: Event[] = [];
  const offsets: number[] = [];
  const strings: string[] = [];
  const numbers: number[] = [];
  const others: unknown[] = [];
  const at = (node: { range?: unknown } | null | undefined) => {
    const range = node?.range as [number?, number?] | undefined;
    if (range?.[0] === undefined || range[1] === undefined) offsets.push(-1, -1);
    else offsets.push(range[0], range[1]);
  };
  const walk = (node: unknown, resolving: Set<unknown>): void => {
    if (isSeq(node) || isMap(node)) {
      const seq = isSeq(node);
      events.push(seq ? Event.SequenceStart : Event.MappingStart);
      at(node);
      for (const item of node.items) walk(item, resolving);
      events.push(seq ? Event.SequenceEnd : Event.MappingEnd);
    } else if (isScalar(node)) {
      at(node);
      events.push(literal(node, strings, numbers));
    } else if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target && !resolving.has(target)) walk(target, new Set(resolving).add(target));
    } else if (isPair(node)) {
      const key = (node.key as Scalar | null)?.value;
      at(node.key as Scalar | null);
      if (typeof key === 'string') strings.push(key);
      else others.push(key);
      events.push(typeof key === 'string' ? Event.Key : Event.OtherKey);
      walk(node.value, resolving);
    }
  };
  events.push(Event.DocumentStart);
  walk(doc.contents, new Set());
  events.push(Event.DocumentEnd);
  const lengths = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) lengths[i] = strings[i].length;
  // The constructors copy plain arrays fast; `from` goes through the iterator.
  return {
    events: new Uint8Array(events),
    offsets: new Int32Array(offsets),
    pool: strings.join(''),
    lengths,
    numbers: new Float64Array(numbers),
    others,
    lineStarts: new Int32Array(lines.lineStarts),
  };
}

/** A scalar's event, its strings and number pushed where the reader takes them (as YamlObjectReader.getLiteralToken reads it). */
function literal(node: Scalar, strings: string[], numbers: number[]): Event {
  const value = node.value;
  if (value === null || value === undefined) return Event.Null;
  if (typeof value === 'number') {
    numbers.push(value);
    return Event.Number;
  }
  if (typeof value === 'boolean') return value ? Event.True : Event.False;
  if (typeof value !== 'string') throw new Error(`Unexpected value type '${typeof value}' when reading object`);
  strings.push(value);
  const src = node.srcToken as
    { source?: unknown; type?: string; props?: { type: string; source?: string }[] } | undefined;
  if (!src || !('source' in src) || typeof src.source !== 'string') return Event.String;
  strings.push(src.source);
  const header =
    src.type === 'block-scalar' ? src.props?.find((p) => p.type === 'block-scalar-header')?.source : undefined;
  if (!header) return Event.StringWithSource;
  strings.push(header);
  return Event.StringWithHeader;
}
