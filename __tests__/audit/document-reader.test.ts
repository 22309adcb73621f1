import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import { documentEvents } from '../../src/audit/document-events.js';
import { DocumentReader } from '../../src/audit/document-reader.js';
import { parseYaml } from '../../src/audit/parse-yaml.js';

/** Every event a reader gives, in order, as GitHub's template reader takes them. */
function events(reader: ObjectReader): string[] {
  const seen: string[] = [];
  // Each token's own fields: its toJSON gives the value alone.
  const token = (t: object) => {
    const { file, range, value, source, blockScalarHeader } = t as Record<string, unknown>;
    return JSON.stringify({ type: t.constructor.name, file, range, value, source, blockScalarHeader });
  };
  reader.validateStart();
  for (;;) {
    const literal = reader.allowLiteral();
    if (literal) seen.push(token(literal));
    else {
      const collection = reader.allowSequenceStart() ?? reader.allowMappingStart();
      if (collection) seen.push(token(collection));
      else if (reader.allowSequenceEnd()) seen.push(']');
      else if (reader.allowMappingEnd()) seen.push('}');
      else break;
    }
  }
  reader.validateEnd();
  return seen;
}

const FILE_ID = 3;

it.each([
  ['a workflow', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'],
  ['scalars of each type', 'a: 1\nb: true\nc: ~\nd: "q"\ne: 1.5\nf:\n'],
  ['block scalars, whose header GitHub keeps', 'a: |-\n  one\nb: >+\n  two\n\nc: |2\n    three\n'],
  ['an alias, read as what it names', 'x: &a { k: [1, 2] }\ny: *a\n'],
  ['an alias inside the node it names, skipped', 'a: &s [1, *s]\n'],
  ['an alias to an anchor after it, read as nothing', 'a: *later\nb: &later 1\n'],
  ['a pair inside a flow sequence', 'a: [k: v, x]\n'],
  ['keys that are not scalars', '? [a, b]\n: v\n'],
  ['keys that are not strings', '1: a\ntrue: b\n~: c\n1.5: d\n'],
  ['an empty key and empty strings', '"": ""\nb: \'\'\n'],
  [
    'strings with astral and multi-line text, one after another in the pool',
    'a: "😀 x"\nb: "é\\n😀"\nc: plain\n  folded 😀\n',
  ],
  ['special numbers', 'a: .nan\nb: -.inf\nc: -0\nd: 0x1F\n'],
  ['an empty document', ''],
  ['a top-level sequence', '- 1\n- [2]\n'],
])('%s: the same events as GitHub’s reader parsing the text itself', (_name, text) => {
  const { doc, lines } = parseYaml(text);
  // Through a structured clone, as a schema thread receives the document.
  const document = structuredClone(documentEvents(doc, lines));
  expect(events(new DocumentReader(document, FILE_ID))).toEqual(events(new YamlObjectReader(FILE_ID, text)));
});

it('refuses to start or end where GitHub’s reader does', () => {
  const { doc, lines } = parseYaml('a: 1\n');
  const reader = new DocumentReader(documentEvents(doc, lines), FILE_ID);
  expect(() => reader.validateEnd()).toThrow('Expected end of reader');
  reader.validateStart();
  expect(() => reader.validateStart()).toThrow('Expected start of reader');
});
