import { parseWorkflow, secretReferences, type SecretReference } from '../../src/audit/workflow.js';
import { at } from './position.js';

/** References as `line:column-endColumn kind name`, the way a reader checks them against the file. */
function refs(text: string): string[] {
  const parsed = parseWorkflow('w.yml', text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return secretReferences(parsed.workflow).map(
    (r: SecretReference) => `${r.line}:${r.column}-${r.endColumn} ${r.kind}${r.name ? ` ${r.name}` : ''}`,
  );
}

describe('secretReferences', () => {
  it.each([
    ['a plain env value', 'env:\n  A: ${{ secrets.API_KEY }}\n', 'secrets.API_KEY', 'name API_KEY'],
    ['index syntax', "env:\n  A: ${{ secrets['API_KEY'] }}\n", "secrets['API_KEY']", 'name API_KEY'],
    [
      'index syntax in a single-quoted YAML scalar',
      "env:\n  A: '${{ secrets[''API_KEY''] }}'\n",
      "secrets[''API_KEY'']",
      'name API_KEY',
    ],
    [
      'a hyphenated name',
      'env:\n  A: ${{ secrets.special-secret }}\n',
      'secrets.special-secret',
      'name special-secret',
    ],
    ['any case', 'env:\n  A: ${{ SECRETS.Api_Key }}\n', 'SECRETS.Api_Key', 'name Api_Key'],
    [
      'a double-quoted scalar',
      'with:\n  credentials_json: "${{ secrets.GCP_KEY }}"\n',
      'secrets.GCP_KEY',
      'name GCP_KEY',
    ],
    ['a flow mapping', 'env: {A: "${{ secrets.X1 }}", B: \'${{ secrets.X2 }}\'}\n', 'secrets.X2', 'name X2'],
    [
      'an if without ${{ }}',
      "jobs:\n  j:\n    if: secrets.DEPLOY_KEY != ''\n",
      'secrets.DEPLOY_KEY',
      'name DEPLOY_KEY',
    ],
    ['toJSON(secrets)', 'env:\n  ALL: ${{ toJSON(secrets) }}\n', 'secrets', 'whole-context'],
    [
      'format with toJSON(secrets)',
      "with:\n  stuff: ${{ format('{0}', toJSON(secrets)) }}\n",
      'secrets',
      'whole-context',
    ],
    ['secrets[matrix.x]', 'env:\n  S: ${{ secrets[matrix.secret] }}\n', 'secrets[matrix.secret]', 'dynamic'],
    [
      'fromJSON of one secret',
      'with:\n  s: ${{ fromJSON(secrets.password).field }}\n',
      'secrets.password',
      'name password',
    ],
    [
      'secrets: inherit',
      'jobs:\n  call:\n    uses: ./.github/workflows/r.yml\n    secrets: inherit\n',
      'secrets: inherit',
      'inherit',
    ],
  ])('%s', (_name, text, needle, kind) => {
    expect(refs(text)).toContain(`${at(text, needle)} ${kind}`);
  });

  it('finds references inside a literal run block with continuations, at their own lines', () => {
    const text =
      'steps:\n  - run: |\n      aws codeartifact login \\\n        --domain-owner ${{ secrets.AWS_ACCOUNT_ID }} \\\n        --token ${{ secrets.TOKEN }}\n';
    expect(refs(text)).toEqual([
      `${at(text, 'secrets.AWS_ACCOUNT_ID')} name AWS_ACCOUNT_ID`,
      `${at(text, 'secrets.TOKEN')} name TOKEN`,
    ]);
  });

  it('finds references inside a folded scalar', () => {
    const text = 'steps:\n  - run: >-\n      echo one\n      ${{ secrets.FOLDED }}\n';
    expect(refs(text)).toEqual([`${at(text, 'secrets.FOLDED')} name FOLDED`]);
  });

  it('counts columns right after CRLF line ends', () => {
    const text = 'env:\r\n  A: x\r\n  B: ${{ secrets.CRLF_KEY }}\r\n';
    expect(refs(text)).toEqual(['3:10-26 name CRLF_KEY']);
  });

  it('finds every reference of an a || b || c chain', () => {
    const text = 'env:\n  T: ${{ secrets.A || secrets.B || secrets.GITHUB_TOKEN }}\n';
    expect(refs(text).map((r) => r.split(' ').at(-1))).toEqual(['A', 'B', 'GITHUB_TOKEN']);
  });

  it.each([
    ['text outside ${{ }}', 'run: python3 scripts/secrets.py "$SECRETS_CONTEXT"\n'],
    ['a YAML comment', '# uses ${{ secrets.NOT_A_REF }}\nenv:\n  A: b # ${{ secrets.NOR_THIS }}\n'],
    ['a string literal in an expression', "env:\n  A: ${{ contains('secrets.X', github.ref) }}\n"],
    ['another context property', 'env:\n  A: ${{ inputs.secrets }}\n'],
    ['an if that never names secrets', "if: github.event_name == 'push'\n"],
  ])('does not count %s', (_name, text) => {
    expect(refs(text)).toEqual([]);
  });
});
