import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { composeFromFastParser, parseYaml } from '../../src/audit/parse-yaml.js';

/** What yaml 2 alone makes of the text, with the options GitHub's reader uses: the reference. */
const reference = (text: string) => {
  const lines = new LineCounter();
  return {
    doc: parseDocument(text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true, lineCounter: lines }),
    lines,
  };
};

/** Everything a rule or GitHub's reader reads of a parse: values, node kinds, ranges, sources, errors, line starts. */
function shape({ doc, lines }: { doc: Document; lines: LineCounter }): string {
  const nodes: string[] = [];
  visit(doc, (_key, node) => {
    const n = node as { constructor: { name: string }; range?: unknown; type?: string; tag?: string; anchor?: string };
    const cst = isNode(node) ? (node.srcToken as { type?: string; source?: string } | undefined) : undefined;
    nodes.push(
      JSON.stringify([
        n?.constructor.name,
        n?.range,
        n?.type,
        n?.tag,
        n?.anchor,
        isScalar(node) && typeof node.value !== 'object' ? node.value : null,
        isScalar(node) ? node.source : null,
        cst?.type,
        cst?.source,
      ]),
    );
  });
  let value: unknown;
  try {
    value = JSON.parse(JSON.stringify(doc.toJS({ maxAliasCount: -1 })));
  } catch (error) {
    value = `throws ${(error as Error).message}`;
  }
  return JSON.stringify({
    errors: doc.errors.map((e) => [e.code, e.pos, e.message]),
    value,
    nodes,
    range: doc.range,
    lineStarts: lines.lineStarts,
  });
}

const VALID: [string, string][] = [
  ['a workflow', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'],
  ['anchors and aliases', 'x: &a { k: v }\ny: *a\nz: [&b 1, *b]\n'],
  ['an alias to no anchor (the document composes; the audit refuses it later)', 'a: *nowhere\n'],
  ['block scalars with headers', 'a: |-\n  one\n  two\nb: >+2\n    folded\n\nc: |\n  ${{ secrets.X }}\n'],
  ['quoted scalars and escapes', `a: "tab\\t \\u00e9 \\"q\\""\nb: 'it''s'\nc: "multi\n  line"\n`],
  ['flow collections over lines', 'a: [\n  1,\n  { b: c, d: [e] },\n]\nf: { g: h,\n  i: j }\n'],
  ['a pair inside a flow sequence', 'a: [k: v, x]\n'],
  ['explicit and empty keys', '? complex\n: value\n? [a, b]\n: seq key\nempty:\n'],
  ['comments everywhere', '# head\na: 1 # trailing\n# between\nb:\n  # inside\n  - 2\n'],
  ['CRLF line ends', 'on: push\r\njobs:\r\n  a:\r\n    steps:\r\n      - run: |\r\n          echo 1\r\n'],
  ['a byte-order mark', '\ufeffon: push\n'],
  ['tags and directives', '%YAML 1.2\n---\na: !!str 1\nb: !custom x\n'],
  ['a document end marker', 'a: 1\n...\n'],
  ['an empty file', ''],
  ['only a comment', '# nothing\n'],
  ['duplicate keys (GitHub reports them, not the parser)', 'a: 1\na: 2\n'],
  ['numbers, booleans and nulls', 'a: 0x1f\nb: 1e3\nc: true\nd: ~\ne: null\nf: .inf\n'],
  ['unicode text', 'name: "déploiement 🚀"\nrun: echo 日本\n'],
];

const BROKEN: [string, string][] = [
  ['an unclosed flow sequence', 'a: [1, 2\nb: 3\n'],
  ['a bad indent', 'a:\n  b: 1\n c: 2\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['an unterminated quote', 'a: "open\n'],
  ['a tab as indentation', 'a:\n\tb: 1\n'],
  ['a multi-line implicit key', 'a\nb: 1\n'],
  ['a reserved character', 'a: @x\n'],
  ['a block scalar header with extra characters', 'a: | x\n  y\n'],
  ['a mapping in a compact mapping', 'a: b: c\n'],
];

/** Every workflow file the repository holds: the corpus, the labelled cases, the examples and our own. */
const files = [
  '__tests__/fixtures/corpus',
  '__tests__/fixtures/labelled',
  'examples/workflows',
  '.github/workflows',
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

/** Seeded edits of those files (an inserted, deleted or replaced YAML indicator), so the same mutants every run. */
function mutants(count: number): string[] {
  let seed = 20261130;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [':', '[', ']', '{', '}', '"', "'", '\t', ' ', '\n', '- ', '&a ', '*a', '? ', '|', '>', '#', ',', '!'];
  return Array.from({ length: count }, () => {
    let text = files[random(files.length)];
    for (let edits = 1 + random(3); edits > 0; edits--) {
      const at = random(text.length + 1);
      const piece = pieces[random(pieces.length)];
      const edit = random(3);
      if (edit === 0) text = text.slice(0, at) + piece + text.slice(at);
      else if (edit === 1) text = text.slice(0, at) + text.slice(at + 1 + random(5));
      else text = text.slice(0, at) + piece + text.slice(at + 1);
    }
    return text;
  });
}

describe('parseYaml: the same document as yaml 2 alone', () => {
  it.each([...VALID, ...BROKEN])('%s', (_name, text) => {
    expect(shape(parseYaml(text))).toEqual(shape(reference(text)));
  });

  it('on every workflow file in the repository', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const text of files) expect(shape(parseYaml(text))).toEqual(shape(reference(text)));
  });

  it('on 500 seeded mutants of those files, a third of them broken; the fast path errs exactly where yaml 2 does', () => {
    let broken = 0;
    const differentDocument: string[] = [];
    const differentVerdict: string[] = [];
    for (const text of mutants(500)) {
      const expected = reference(text);
      const hasError = expected.doc.errors.length > 0;
      if (hasError) broken++;
      if (shape(parseYaml(text)) !== shape(expected)) differentDocument.push(text);
      if ((composeFromFastParser(text) === undefined) !== hasError) differentVerdict.push(text);
    }
    expect(broken).toBeGreaterThan(125);
    expect(differentDocument).toEqual([]);
    expect(differentVerdict).toEqual([]);
  });
});

describe('the fast path itself', () => {
  it.each(VALID)('takes %s', (_name, text) => {
    const fast = composeFromFastParser(text);
    expect(fast).toBeDefined();
    expect(shape(fast!)).toEqual(shape(reference(text)));
  });

  it.each(BROKEN)('leaves %s to yaml 2', (_name, text) => {
    expect(reference(text).doc.errors).not.toEqual([]);
    expect(composeFromFastParser(text)).toBeUndefined();
  });
});
