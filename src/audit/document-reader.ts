import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import {
  BooleanToken,
  type LiteralToken,
  MappingToken,
  NullToken,
  NumberToken,
  SequenceToken,
  StringToken,
} from '@actions/workflow-parser/templates/tokens/index';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import { LineCounter } from 'yaml';
import { type DocumentEvents, Event } from './document-events.js';

/**
 * GitHub's YAML reader (`YamlObjectReader`) over a document's events (document-events.ts): the
 * same tokens, made one at a time as GitHub's template reader asks for them, instead of through
 * one generator per level of nesting, which cost more than the schema check itself.
 */
export class DocumentReader implements ObjectReader {
  private readonly lines = new LineCounter();
  private event = 0;
  private node = 0;
  private string = 0;
  private poolAt = 0;
  private number = 0;
  private other = 0;

  constructor(
    private readonly doc: DocumentEvents,
    private readonly fileId: number,
  ) {
    for (const start of doc.lineStarts) this.lines.addNewLine(start);
  }

  allowLiteral(): LiteralToken | undefined {
    const event = this.doc.events[this.event];
    if (event < Event.Key) return undefined;
    this.event++;
    const range = this.range();
    switch (event) {
      case Event.Null:
        return new NullToken(this.fileId, range, undefined);
      case Event.Number:
        return new NumberToken(this.fileId, range, this.doc.numbers[this.number++], undefined);
      case Event.True:
      case Event.False:
        return new BooleanToken(this.fileId, range, event === Event.True, undefined);
      case Event.OtherKey:
        // GitHub's reader makes every key a string token, whatever its value.
        return new StringToken(this.fileId, range, this.doc.others[this.other++] as string, undefined);
      case Event.Key:
      case Event.String:
        return new StringToken(this.fileId, range, this.nextString(), undefined);
      default: {
        const value = this.nextString();
        const source = this.nextString();
        const header = event === Event.StringWithHeader ? this.nextString() : undefined;
        return new StringToken(this.fileId, range, value, undefined, source, header);
      }
    }
  }
  allowSequenceStart(): SequenceToken | undefined {
    return this.skip(Event.SequenceStart) ? new SequenceToken(this.fileId, this.range(), undefined) : undefined;
  }
  allowSequenceEnd(): boolean {
    return this.skip(Event.SequenceEnd);
  }
  allowMappingStart(): MappingToken | undefined {
    return this.skip(Event.MappingStart) ? new MappingToken(this.fileId, this.range(), undefined) : undefined;
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

  private skip(event: Event): boolean {
    if (this.doc.events[this.event] !== event) return false;
    this.event++;
    return true;
  }
  private nextString(): string {
    const length = this.doc.lengths[this.string++];
    this.poolAt += length;
    return this.doc.pool.slice(this.poolAt - length, this.poolAt);
  }
  /** The next node's range, as GitHub's reader gives it: lines and columns, or nothing without offsets. */
  private range(): TokenRange | undefined {
    const start = this.doc.offsets[2 * this.node];
    const end = this.doc.offsets[2 * this.node++ + 1];
    if (start < 0) return undefined;
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
  }
}
