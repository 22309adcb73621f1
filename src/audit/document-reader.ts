import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import {
  type LiteralToken,
  MappingToken,
  SequenceToken,
  StringToken,
} from '@actions/workflow-parser/templates/tokens/index';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Scalar } from 'yaml';

const enum Event {
  DocumentStart,
  DocumentEnd,
  SequenceStart,
  SequenceEnd,
  MappingStart,
  MappingEnd,
  Literal,
}

// The library's own conversion of a scalar to a token (private in its typings, so reached this way).
const literalToken = (
  YamlObjectReader as unknown as {
    getLiteralToken(fileId: number, range: TokenRange | undefined, node: Scalar): LiteralToken;
  }
).getLiteralToken;

/**
 * GitHub's YAML reader (`YamlObjectReader`) over a document we parsed already: the same events in
 * the same order (aliases read as what they name, one inside its own node skipped), made in one
 * walk into an array instead of nested generators, which cost more than the schema check itself.
 */
export class DocumentReader implements ObjectReader {
  private readonly events: Event[] = [];
  private readonly tokens: (LiteralToken | SequenceToken | MappingToken | undefined)[] = [];
  private next = 0;

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly fileId: number,
  ) {
    this.push(Event.DocumentStart);
    this.walk(doc.contents, new Set());
    this.push(Event.DocumentEnd);
  }

  allowLiteral(): LiteralToken | undefined {
    return this.take(Event.Literal) as LiteralToken | undefined;
  }
  allowSequenceStart(): SequenceToken | undefined {
    return this.take(Event.SequenceStart) as SequenceToken | undefined;
  }
  allowSequenceEnd(): boolean {
    return this.skip(Event.SequenceEnd);
  }
  allowMappingStart(): MappingToken | undefined {
    return this.take(Event.MappingStart) as MappingToken | undefined;
  }
  allowMappingEnd(): boolean {
    return this.skip(Event.MappingEnd);
  }
  validateStart(): void {
    if (!this.skip(Event.DocumentStart)) throw new Error('Expected start of reader');
  }
  validateEnd(): void {
    if (!this.skip(Event.DocumentEnd)) throw new Error('Expected end of reader');
  }

  private take(event: Event) {
    return this.events[this.next] === event ? this.tokens[this.next++] : undefined;
  }
  private skip(event: Event): boolean {
    if (this.events[this.next] !== event) return false;
    this.next++;
    return true;
  }
  private push(event: Event, token?: LiteralToken | SequenceToken | MappingToken): void {
    this.events.push(event);
    this.tokens.push(token);
  }

  /** As YamlObjectReader.getNodes: `resolving` holds the nodes the aliases above this one name. */
  private walk(node: unknown, resolving: Set<unknown>): void {
    if (isSeq(node) || isMap(node)) {
      const seq = isSeq(node);
      const range = this.rangeOf(node);
      if (seq) this.push(Event.SequenceStart, new SequenceToken(this.fileId, range, undefined));
      else this.push(Event.MappingStart, new MappingToken(this.fileId, range, undefined));
      for (const item of node.items) this.walk(item, resolving);
      this.push(seq ? Event.SequenceEnd : Event.MappingEnd);
    } else if (isScalar(node)) {
      this.push(Event.Literal, literalToken(this.fileId, this.rangeOf(node), node));
    } else if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target && !resolving.has(target)) this.walk(target, new Set(resolving).add(target));
    } else if (isPair(node)) {
      const key = node.key as Scalar | null;
      this.push(Event.Literal, new StringToken(this.fileId, this.rangeOf(key), key?.value as string, undefined));
      this.walk(node.value, resolving);
    }
  }

  private rangeOf(node: { range?: unknown } | null | undefined): TokenRange | undefined {
    const range = node?.range as [number, number] | undefined;
    if (range?.[0] === undefined || range[1] === undefined) return undefined;
    const start = this.lines.linePos(range[0]);
    const end = this.lines.linePos(range[1]);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  }
}
