import type { Parser } from 'web-tree-sitter';
import { findExpressionSpans, type Span } from './expression-scan.js';
import type { ShellNode } from './shell-parser.js';

/** A command in a `run:` script that changes a manifest or lockfile instead of installing from it. */
export interface MutatingInstall extends Span {
  /** What was run, as a user would name it: "uv add", "npm install <pkg>". */
  command: string;
  /** The CI-safe way to get the same result. */
  instead: string;
}

interface Tool {
  /** Subcommands that edit the manifest. */
  sub: string[];
  /** Only with a package named (`npm install` alone installs from the lockfile). */
  needsPackage?: boolean;
  /** Options, before or after the subcommand, whose value is the next word. */
  valueOptions?: string[];
  /** Options that make the install global or unsaved, so no manifest changes. */
  leavesManifest?: (option: string, value: string | undefined) => boolean;
  /** Options whose value names packages to add (`pipenv install -r requirements.txt` writes them into the Pipfile). */
  packageOptions?: string[];
  /** Subcommands that start a throwaway project: an add after them edits that project, not the repository's. */
  init?: string[];
  instead: string;
}

const PYTHON_TOOL = 'pip install <pkg> or a pinned requirements file for a one-off tool';
const GLOBAL_FLAG = (option: string) => option === '-g' || option === '--global';

/** Per tool: what edits the manifest, how its options read, and what to run in CI instead. */
const TOOLS = new Map<string, Tool>(
  Object.entries({
    uv: {
      sub: ['add'],
      valueOptions: [
        '--directory',
        '--project',
        '-p',
        '--python',
        '--cache-dir',
        '--config-file',
        '--color',
        '--group',
        '--optional',
        '--script',
      ],
      // A script's inline metadata is not the project's manifest.
      leavesManifest: (option) => option === '--script',
      init: ['init'],
      instead: `uv sync --locked (add the dependency in the repository), or ${PYTHON_TOOL}`,
    },
    poetry: {
      sub: ['add'],
      valueOptions: ['-C', '--directory', '-P', '--project', '-G', '--group', '-E', '--extras', '--source', '--python'],
      init: ['new', 'init'],
      instead: `poetry install (or poetry sync) from the committed poetry.lock, or ${PYTHON_TOOL}`,
    },
    pipenv: {
      sub: ['install'],
      needsPackage: true,
      valueOptions: ['--python', '--pypi-mirror', '--categories', '--extra-pip-args', '-r', '--requirements'],
      packageOptions: ['-r', '--requirements'],
      instead: 'pipenv install --deploy (or pipenv sync) from the committed Pipfile.lock',
    },
    pdm: {
      sub: ['add'],
      valueOptions: ['-p', '--project', '-G', '--group'],
      init: ['init'],
      instead: 'pdm install --frozen-lockfile (or pdm sync) from the committed pdm.lock',
    },
    npm: {
      sub: ['install', 'i', 'add', 'in', 'isntall'],
      needsPackage: true,
      valueOptions: [
        '--location',
        '--prefix',
        '--registry',
        '--cache',
        '--userconfig',
        '--loglevel',
        '--tag',
        '--omit',
        '--include',
        '--install-strategy',
        '-w',
        '--workspace',
      ],
      leavesManifest: (option, value) =>
        GLOBAL_FLAG(option) ||
        option === '--no-save' ||
        (option === '--location' && (value === 'global' || value === 'user')) ||
        ((option === '--save' || option === '--package-lock') && value === 'false'),
      init: ['init', 'create'],
      instead: 'npm ci (add the package to package.json in the repository)',
    },
    yarn: {
      sub: ['add'],
      valueOptions: ['--cwd'],
      init: ['init', 'create'],
      instead: 'yarn install --immutable (Yarn 2+) or yarn install --frozen-lockfile (Yarn 1)',
    },
    pnpm: {
      sub: ['add'],
      valueOptions: ['-C', '--dir', '-F', '--filter'],
      leavesManifest: GLOBAL_FLAG,
      init: ['init', 'create'],
      instead: 'pnpm install --frozen-lockfile',
    },
    bun: {
      sub: ['add'],
      valueOptions: ['--cwd'],
      leavesManifest: GLOBAL_FLAG,
      init: ['init', 'create'],
      instead: 'bun install --frozen-lockfile',
    },
    cargo: {
      sub: ['add'],
      valueOptions: ['--manifest-path', '-Z', '-F', '--features', '-p', '--package', '--rename', '--registry'],
      init: ['new', 'init'],
      instead: 'add the dependency to Cargo.toml in the repository and build with --locked',
    },
    go: {
      sub: ['get'],
      valueOptions: ['-C'],
      init: ['mod init'],
      instead: 'go mod download with go.mod and go.sum committed, or go install <pkg>@<version> for a tool',
    },
  } satisfies Record<string, Tool>),
);

const MUTATING_WORD = new RegExp(
  `(?<![\\w-])(${[...new Set([...TOOLS.values()].flatMap((t) => t.sub))].join('|')})(?![\\w-])`,
);
/** Wrappers that run the rest of the line as the command. */
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'exec', 'nice', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A directory that lives only for the job: a project made there is thrown away. */
export const TEMP_DIR = /mktemp|\/tmp\b|RUNNER_TEMP|runner\.temp|TMPDIR/;
/** A `cd` target that leaves a temp directory for good: home, the previous directory, an absolute path, the workspace. */
const LEAVES_TEMP = /^(-|~.*|\/.*|["']?\$\{?GITHUB_WORKSPACE.*|.*github\.workspace.*)$/;
/** Nodes whose commands run in a child shell: a `cd` inside them ends with them. */
const CHILD_SHELLS = new Set(['subshell', 'command_substitution', 'process_substitution']);

interface Word extends Span {
  /** The word's text in the script as written (expressions included). */
  raw: string;
  /** Its value when it is literal text; undefined when it expands at run time. */
  value?: string;
}

/** `${{ … }}` replaced by as many underscores: one shell word, and every offset stays where it was. */
export function withoutExpressions(script: string): string {
  let out = '';
  let last = 0;
  for (const body of findExpressionSpans(script, 0, script.length, "'")) {
    const start = body.start - 3;
    const end = body.end + 2;
    out += script.slice(last, start) + '_'.repeat(end - start);
    last = end;
  }
  return out + script.slice(last);
}

/**
 * Parses a sh/bash script and walks its commands: those in pipelines, `&&`/`||` lists, `$(…)`,
 * backticks and subshells count; heredoc bodies and quoted text are not commands. A `cd` into a
 * temp directory, or a project initialised there, makes later installs in the same shell (or its
 * children) throwaway. Offsets are the script's.
 */
export function findMutatingInstalls(parser: Parser, script: string, startsInTempDir = false): MutatingInstall[] {
  // Parsing costs more than this test; most scripts never name a subcommand that edits a manifest.
  if (!MUTATING_WORD.test(script)) return [];
  const tree = parser.parse(withoutExpressions(script));
  if (!tree) return [];
  try {
    const found: MutatingInstall[] = [];
    /** Shells (as spans) whose working directory is a throwaway project by now. */
    let throwaway: Span[] = startsInTempDir ? [{ start: 0, end: script.length }] : [];
    const inThrowaway = (command: ShellNode) =>
      throwaway.some((s) => s.start <= command.startIndex && command.endIndex <= s.end);
    for (const command of tree.rootNode.descendantsOfType('command')) {
      const name = command.childForFieldName('name');
      if (!name) continue;
      const first = wordOf(name, script);
      if (!isHead(toolName(first.value))) continue;
      const words = withoutWrappers([first, ...command.childrenForFieldName('argument').map((w) => wordOf(w, script))]);
      const tool = toolName(words[0]?.value);
      if (isCd(tool)) {
        const target = words[1]?.raw ?? '~';
        const shell = shellOf(command);
        if (TEMP_DIR.test(target)) throwaway.push(shell);
        else if (LEAVES_TEMP.test(target))
          throwaway = throwaway.filter((s) => s.start !== shell.start || s.end !== shell.end);
        continue;
      }
      const spec = TOOLS.get(tool);
      if (!spec) continue;
      const line = readCommandLine(spec, words.slice(1));
      if (!line.sub) continue;
      if (spec.init?.some((init) => init === line.sub || init === `${line.sub} ${line.positionals[0]?.value}`)) {
        throwaway.push(shellOf(command));
        continue;
      }
      if (!spec.sub.includes(line.sub) || inThrowaway(command)) continue;
      if (line.options.some((o) => spec.leavesManifest?.(o.name, o.value))) continue;
      const namesPackage =
        line.positionals.some((p) => p.value !== undefined) ||
        line.options.some((o) => spec.packageOptions?.includes(o.name));
      if (spec.needsPackage && !namesPackage) continue;
      found.push({
        start: words[0].start,
        end: command.endIndex,
        command: `${tool} ${line.sub}${spec.needsPackage ? ' <pkg>' : ''}`,
        instead: spec.instead,
      });
    }
    return found;
  } finally {
    tree.delete();
  }
}

const isCd = (name: string | undefined) => name === 'cd' || name === 'pushd';

/** A command name the walk reads on: a tool, a wrapper that runs one, or a `cd`. */
const isHead = (name: string) => TOOLS.has(name) || WRAPPERS.has(name) || isCd(name);

/** A word whose text is its value: nothing quoted, escaped or expanded. */
const PLAIN_WORD = /^[\w./-]+$/;

/** `./uv`, `.\\uv.exe` and `/usr/local/bin/uv` are all uv. */
function toolName(word: string | undefined): string {
  return (word ?? '')
    .split(/[/\\]/)
    .pop()!
    .replace(/\.exe$/i, '');
}

function withoutWrappers(words: Word[]): Word[] {
  let i = 0;
  while (
    i < words.length &&
    words[i].value !== undefined &&
    (WRAPPERS.has(words[i].value!) || ASSIGNMENT.test(words[i].value!))
  ) {
    i++;
    // A wrapper's own flags (`sudo -E`) come before the command.
    while (i < words.length && words[i].value?.startsWith('-')) i++;
  }
  return words.slice(i);
}

/** The span of the shell a command runs in: the nearest subshell or substitution, else the whole script. */
function shellOf(command: ShellNode): Span {
  for (let node = command.parent; node; node = node.parent)
    if (CHILD_SHELLS.has(node.type) || !node.parent) return { start: node.startIndex, end: node.endIndex };
  return { start: command.startIndex, end: command.endIndex };
}

function wordOf(node: ShellNode, script: string): Word {
  const end = node.endIndex;
  const raw = script.slice(node.startIndex, end);
  // A plain word is its own value: read without asking the tree (each question is a call into WebAssembly).
  const value = PLAIN_WORD.test(raw) ? raw : raw.includes('${{') ? undefined : literal(node);
  return { start: node.startIndex, end, raw, value };
}

/** A word's value when nothing in it expands: plain words, quoted text, and the two joined. */
function literal(node: ShellNode): string | undefined {
  switch (node.type) {
    case 'command_name':
      return node.firstNamedChild ? literal(node.firstNamedChild) : undefined;
    case 'word':
    case 'number':
      return node.text.replace(/\\(.)/g, '$1');
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string':
      return node.namedChildren.every((c) => c?.type === 'string_content') ? node.text.slice(1, -1) : undefined;
    case 'concatenation': {
      const parts = node.namedChildren.map((c) => (c ? literal(c) : undefined));
      return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
    }
    default:
      return undefined;
  }
}

interface CommandLine {
  sub?: string;
  options: { name: string; value?: string }[];
  /** Operands after the subcommand, options' values excluded. */
  positionals: Word[];
}

/** Splits a tool's arguments into its subcommand, options (with their values, per the tool) and operands. */
function readCommandLine(tool: Tool, args: Word[]): CommandLine {
  const line: CommandLine = { options: [], positionals: [] };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.value;
    if (!optionsEnded && text === '--') {
      optionsEnded = true;
    } else if (!optionsEnded && text !== undefined && text.length > 1 && text.startsWith('-')) {
      const eq = text.indexOf('=');
      if (eq !== -1) line.options.push({ name: text.slice(0, eq), value: text.slice(eq + 1) });
      else if (tool.valueOptions?.includes(text)) line.options.push({ name: text, value: args[++i]?.value });
      else line.options.push({ name: text });
    } else if (line.sub === undefined) {
      // A subcommand that expands at run time cannot be told: read no further.
      if (text === undefined) return line;
      line.sub = text;
    } else {
      line.positionals.push(word);
    }
  }
  return line;
}
