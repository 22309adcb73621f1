import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  parseWorkflow as githubParse,
  NoOperationTraceWriter,
} from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { auditFiles, loadAuditParsers } from '../../src/audit/audit.js';
import { documentEvents } from '../../src/audit/document-events.js';
import { parseWorkflow } from '../../src/audit/workflow.js';
import { workflowSchemaErrors } from '../../src/audit/workflow-schema.js';
import { lambdaH200Profile } from '../../src/profile/lambda-h200.js';
import { at } from './position.js';

const parsers = await loadAuditParsers();
const ctx = { legacy: lambdaH200Profile.legacy, required: [], requiredWithoutProfile: [], usesSelf: false };

/** Findings as `line:column rule: message` for one workflow file. */
const audit = async (text: string) =>
  (await auditFiles([{ path: 'w.yml', text }], ctx, parsers)).map(
    (f) => `${f.line}:${f.column} ${f.check}: ${f.message.replace(/^w\.yml:\d+:\d+: /, '')}`,
  );

const job = (steps: string, head = '') =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${head}    steps:\n${steps}`;

describe('files GitHub refuses', () => {
  it.each([
    [
      'an alias that names no anchor',
      'on: push\njobs:\n  build:\n    runs-on: *runner\n    steps:\n      - run: echo\n',
      '*runner',
      'workflow-parse: alias *runner names no anchor defined before it',
    ],
    [
      'an alias before its anchor',
      'on: push\njobs:\n  a:\n    runs-on: *os\n    steps: [{ run: echo }]\n  b:\n    runs-on: &os ubuntu-latest\n    steps: [{ run: echo }]\n',
      '*os',
      'workflow-parse: alias *os names no anchor defined before it',
    ],
    [
      'an alias inside the node it names',
      'on: push\njobs:\n  build: &job\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n    again: *job\n',
      '*job',
      'workflow-parse: alias *job is inside the node it names, so that node would contain itself',
    ],
    [
      'an alias inside the flow sequence it names',
      'on: push\njobs:\n  build:\n    runs-on: &labels [self-hosted, *labels]\n    steps:\n      - run: echo\n',
      '*labels',
      'workflow-parse: alias *labels is inside the node it names, so that node would contain itself',
    ],
    [
      'a YAML syntax error, at the yaml library position',
      'on: push\njobs:\n  build:\n    runs-on: [ubuntu-latest\n    steps:\n      - run: echo\n',
      'steps:',
      'workflow-parse: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      "secrets in a step's if:",
      job("      - if: secrets.DEPLOY_KEY != ''\n        run: ./deploy\n"),
      "secrets.DEPLOY_KEY != ''",
      "workflow-schema: GitHub refuses this workflow: Unrecognized named-value: 'secrets'",
    ],
    [
      "secrets in a job's if:",
      job('      - run: echo\n', '    if: ${{ secrets.TOKEN }}\n'),
      '${{ secrets.TOKEN }}',
      "workflow-schema: GitHub refuses this workflow: Unrecognized named-value: 'secrets'",
    ],
    [
      'with: without uses:',
      job('      - name: Upload\n        with:\n          path: dist\n'),
      'name: Upload',
      'workflow-schema: GitHub refuses this workflow: Required property is missing: uses',
    ],
    [
      'an unknown key in a step',
      job('      - run: echo\n        timeout: 5\n'),
      'timeout',
      "workflow-schema: GitHub refuses this workflow: Unexpected value 'timeout'",
    ],
    [
      'an invalid cron',
      "on:\n  schedule:\n    - cron: '61 * * * *'\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      "'61 * * * *'",
      "workflow-schema: GitHub refuses this workflow: Invalid cron expression. Expected format: '* * * * *' (minute hour day month weekday)",
    ],
  ])('%s', async (_name, text, needle, expected) => {
    expect(await audit(text)).toEqual([`${at(text, needle).split('-')[0]} ${expected}`]);
  });

  it('reports every schema error at its line, not only the first', async () => {
    const text = job('      - if: secrets.A\n        run: echo\n      - if: secrets.B\n        run: echo\n');
    expect((await audit(text)).map((f) => f.split(' ')[0])).toEqual([
      at(text, 'secrets.A').split('-')[0],
      at(text, 'secrets.B').split('-')[0],
    ]);
  });

  it('keeps the secret rules at their exact positions in a file GitHub refuses', async () => {
    const text = job("      - if: secrets.LAMBDA_API_KEY != ''\n        run: echo\n");
    expect(await audit(text)).toEqual([
      `${at(text, "secrets.LAMBDA_API_KEY != ''").split('-')[0]} workflow-schema: GitHub refuses this workflow: Unrecognized named-value: 'secrets'`,
      `${at(text, 'secrets.LAMBDA_API_KEY').split('-')[0]} legacy-secret: secrets.LAMBDA_API_KEY is a legacy secret, replaced by LAMBDA_LABS_API_KEY: reference secrets.LAMBDA_LABS_API_KEY instead.`,
    ]);
  });
});

describe('their neighbours, which GitHub accepts', () => {
  it.each([
    [
      'an alias to an anchor defined before it',
      'on: push\njobs:\n  a:\n    runs-on: &os ubuntu-latest\n    steps: [{ run: echo }]\n  b:\n    runs-on: *os\n    steps: [{ run: echo }]\n',
    ],
    [
      'secrets in a step env and in run',
      job('      - run: ./deploy "$KEY"\n        env:\n          KEY: ${{ secrets.DEPLOY_KEY }}\n'),
    ],
    ["env in a step's if:", job("      - if: env.KEY != ''\n        run: echo\n")],
    ['with: beside uses:', job('      - uses: actions/upload-artifact@v4\n        with:\n          path: dist\n')],
    [
      'a valid cron',
      "on:\n  schedule:\n    - cron: '0 3 * * 1'\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
    ],
  ])('%s', async (_name, text) => {
    expect(await audit(text)).toEqual([]);
  });
});

describe("GitHub's reader over our parse", () => {
  const dirs = ['__tests__/fixtures/corpus', '__tests__/fixtures/labelled'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') })),
  );

  it.each(files.map((f) => [f.path, f] as const))(
    '%s: the same errors as the library parsing the text itself',
    async (_name, file) => {
      const parsed = parseWorkflow(file.path, file.text);
      if ('error' in parsed) return; // refused before GitHub's reader runs (workflow-parse)
      const theirs = githubParse({ name: file.path, content: file.text }, new NoOperationTraceWriter());
      if (theirs.value)
        await convertWorkflowTemplate(theirs.context, theirs.value, undefined, {
          errorPolicy: ErrorPolicy.TryConversion,
        });
      const expected = theirs.context.errors
        .getErrors()
        .map((e) => `${e.range?.start.line ?? 1}:${e.range?.start.column ?? 1} ${e.rawMessage.split('\n')[0]}`)
        .filter((e, i, all) => all.findIndex((o) => o.split(' ')[0].split(':')[0] === e.split(':')[0]) === i);
      // Through a structured clone, as a schema thread receives the document.
      const document = structuredClone(documentEvents(parsed.workflow.doc, parsed.workflow.lines));
      expect(
        (await workflowSchemaErrors(file.path, document)).map((e) => `${e.line}:${e.column} ${e.message}`),
      ).toEqual(expected);
    },
  );
});
