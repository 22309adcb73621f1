import { Composer, type CST, type Document, LineCounter, parseDocument } from 'yaml';
import { Parser as FastParser } from 'yaml-cst';

/** The options GitHub's own workflow reader parses with (`YamlObjectReader`): workflow-schema.ts reads the result with it. */
const GITHUB_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true } as const;

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

/**
 * What yaml 2's `parseDocument` (the version GitHub's workflow parser uses) makes of a workflow
 * file, in about a third of its time. yaml 2 lexes and parses through nested generators, which is most
 * of its cost; yaml 3's parser makes the same concrete syntax tree (the library's documented CST)
 * from arrays, and yaml 2's composer builds the document from it. A file with an error is parsed
 * again by yaml 2 alone, so an error is reported in exactly its words and place.
 */
export function parseYaml(text: string): ParsedYaml {
  try {
    const fast = composeFromFastParser(text);
    if (fast) return fast;
  } catch {
    // A fault in the newer parser must not decide the verdict: the older one gives it below.
  }
  const lines = new LineCounter();
  return { doc: parseDocument(text, { ...GITHUB_OPTIONS, lineCounter: lines }), lines };
}

/** The fast path alone: undefined when the text is not exactly one document without errors. */
export function composeFromFastParser(text: string): ParsedYaml | undefined {
  const lines = new LineCounter();
  const tokens = new FastParser(lines.addNewLine).parse(text) as unknown as CST.Token[];
  const docs = [...new Composer(GITHUB_OPTIONS).compose(tokens, true, text.length)];
  if (docs.length !== 1 || docs[0].errors.length) return undefined;
  return { doc: docs[0] as Document, lines };
}
