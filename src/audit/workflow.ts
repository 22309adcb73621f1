import { type Document, isMap, isScalar, isSeq, type LineCounter, type Scalar, visit, type YAMLMap } from 'yaml';
import {
  findExpressionSpans,
  findSecretRefs,
  type QuoteUnit,
  type RawSecretRef,
  type Span,
} from './expression-scan.js';
import { parseYaml } from './parse-yaml.js';

/** A workflow file parsed with positions. */
export interface ParsedWorkflow {
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

/** Where something stands in a file: 1-based line and column, end column exclusive. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type ReferenceKind = RawSecretRef['kind'] | 'inherit';

export interface SecretReference extends Position {
  kind: ReferenceKind;
  name?: string;
}

export type ParseOutcome = { workflow: ParsedWorkflow } | { error: { message: string; line: number; column: number } };

export function parseWorkflow(file: string, text: string): ParseOutcome {
  const { doc, lines } = parseYaml(text);
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    return { error: { message: `not valid YAML: ${error.message.split('\n')[0]}`, line, column: col } };
  }
  // Walking the tree costs time; a file without `*` has no alias.
  const alias = text.includes('*') ? aliasError(doc) : undefined;
  if (alias) {
    const { line, col } = lines.linePos(alias.offset);
    return { error: { message: alias.message, line, column: col } };
  }
  return { workflow: { file, text, doc, lines } };
}

/**
 * The first alias GitHub refuses, which the yaml library lets pass while parsing: one that names no
 * anchor before it, or one inside the very node it names (a value that would contain itself).
 */
function aliasError(doc: Document): { message: string; offset: number } | undefined {
  let found: { message: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, alias, path) {
      const target = alias.resolve(doc);
      const offset = alias.range?.[0] ?? 0;
      if (!target) found = { message: `alias *${alias.source} names no anchor defined before it`, offset };
      else if (path.includes(target))
        found = {
          message: `alias *${alias.source} is inside the node it names, so that node would contain itself`,
          offset,
        };
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

export function positionOf(workflow: ParsedWorkflow, span: Span): Position {
  const start = workflow.lines.linePos(span.start);
  const end = workflow.lines.linePos(span.end);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Every reference to the secrets context in the file, in order, at its true position. */
export function secretReferences(workflow: ParsedWorkflow): SecretReference[] {
  const found: SecretReference[] = [];
  const visit = (node: unknown, key: string | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const childKey = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (childKey === 'secrets' && isScalar(pair.value) && pair.value.value === 'inherit' && pair.value.range) {
          found.push({
            kind: 'inherit',
            ...positionOf(workflow, { start: (pair.key as Scalar).range![0], end: pair.value.range[1] }),
          });
          continue;
        }
        visit(pair.value, childKey);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, undefined);
    } else if (isScalar(node)) {
      for (const ref of scalarSecretRefs(workflow.text, node, key === 'if')) {
        found.push({ kind: ref.kind, ...(ref.name ? { name: ref.name } : {}), ...positionOf(workflow, ref) });
      }
    }
  };
  visit(workflow.doc.contents, undefined);
  return found;
}

/** Secret references in one scalar; an `if:` value is an expression even without `${{ }}`. */
export function scalarSecretRefs(text: string, node: Scalar, isCondition: boolean): RawSecretRef[] {
  if (!node.range || typeof node.value !== 'string') return [];
  const quote: QuoteUnit = node.type === 'QUOTE_SINGLE' ? "''" : "'";
  const [start, end] = node.range;
  const spans = findExpressionSpans(text, start, end, quote);
  if (isCondition && spans.length === 0) spans.push(contentSpan(text, node));
  return spans.flatMap((span) => findSecretRefs(text, span, quote));
}

/** The scalar's content in the raw text: without quotes, or after a block scalar's header line. */
export function contentSpan(text: string, node: Scalar): Span {
  const [start, end] = node.range!;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { start: start + 1, end: end - 1 };
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const newline = text.indexOf('\n', start);
    return { start: newline === -1 ? end : newline + 1, end };
  }
  return { start, end };
}

/**
 * Where each character of a scalar's value stands in the raw text: the value is the raw text less
 * indentation, quotes and escapes, with folded line breaks read as spaces, so a greedy walk finds
 * every character at its earliest match. Offsets past the value map to the scalar's end.
 */
export function rawOffsetOf(text: string, node: Scalar): (valueOffset: number) => number {
  const value = String(node.value);
  const { start, end } = contentSpan(text, node);
  let mapped: number[] | undefined;
  return (offset) => {
    if (!mapped) {
      mapped = [];
      let raw = start;
      for (const unit of value.split('')) {
        while (raw < end && text[raw] !== unit && !(unit === ' ' && text[raw] === '\n')) raw++;
        mapped.push(raw);
        if (raw < end) raw++;
      }
    }
    return mapped[offset] ?? end;
  };
}

/** One step of one job, with what the rules need: its `uses`, `with`, `run`, and the env it sees. */
export interface WorkflowStep {
  job: string;
  /** 0-based index in the job's steps. */
  index: number;
  name?: string;
  uses?: Scalar;
  run?: Scalar;
  /**
   * The step's `with:` as plain values, and the env keys it sees (workflow, job and step `env:`):
   * read when asked, as only a step that runs this action needs them.
   */
  inputs: () => Record<string, unknown>;
  envKeys: () => Set<string>;
  workingDirectory?: string;
  /** The shell that runs `run:`: the step's, else the job's or workflow's `defaults.run`, else the runner's default. */
  shell: string;
}

export function workflowSteps(workflow: ParsedWorkflow): WorkflowStep[] {
  const root = workflow.doc.contents;
  if (!isMap(root)) return [];
  const workflowEnv = mapKeys(root.get('env', true));
  const workflowRun = root.getIn(['defaults', 'run'], true);
  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return [];
  return jobs.items.flatMap((jobPair) => {
    const job = jobPair.value;
    if (!isMap(job)) return [];
    const jobEnv = mapKeys(job.get('env', true));
    const jobRun = job.getIn(['defaults', 'run'], true);
    const runsOn = job.get('runs-on');
    // GitHub's default: pwsh on Windows runners, bash elsewhere.
    const runnerShell = typeof runsOn === 'string' && /windows/i.test(runsOn) ? 'pwsh' : 'bash';
    const steps = job.get('steps', true);
    if (!isSeq(steps)) return [];
    return steps.items.flatMap((step, index): WorkflowStep[] => {
      if (!isMap(step)) return [];
      const field = fieldsOf(step);
      const uses = field('uses');
      const run = field('run');
      const withNode = field('with');
      const name = valueOf(field('name'));
      const workingDirectory =
        valueOf(field('working-directory')) ??
        runDefault(jobRun, 'working-directory') ??
        runDefault(workflowRun, 'working-directory');
      const shell = valueOf(field('shell')) ?? runDefault(jobRun, 'shell') ?? runDefault(workflowRun, 'shell');
      return [
        {
          job: String(isScalar(jobPair.key) ? jobPair.key.value : ''),
          index,
          ...(typeof name === 'string' ? { name } : {}),
          ...(isScalar(uses) ? { uses } : {}),
          ...(isScalar(run) ? { run } : {}),
          inputs: () => (isMap(withNode) ? (withNode.toJSON() as Record<string, unknown>) : {}),
          envKeys: () => new Set([...workflowEnv, ...jobEnv, ...mapKeys(field('env'))]),
          ...(typeof workingDirectory === 'string' ? { workingDirectory } : {}),
          shell: typeof shell === 'string' ? shell : runnerShell,
        },
      ];
    });
  });
}

/**
 * A mapping's values by key, read in one pass: a step is asked for seven keys, and `get` reads the
 * pairs from the start for each. The first pair of a key counts, as with `get`.
 */
function fieldsOf(map: YAMLMap): (key: string) => unknown {
  const fields = new Map<unknown, unknown>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (!fields.has(key)) fields.set(key, pair.value);
  }
  return (key) => fields.get(key);
}

/** What `get` without keepScalar gives: a scalar's value, any other node itself. */
const valueOf = (node: unknown): unknown => (isScalar(node) ? node.value : node);

function runDefault(defaults: unknown, key: string): unknown {
  return isMap(defaults) ? defaults.get(key) : undefined;
}

function mapKeys(node: unknown): string[] {
  return isMap(node) ? node.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : [])) : [];
}
