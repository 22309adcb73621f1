import { pastClosing } from '../util/brackets.js';
import type { Span } from './expression-scan.js';

/** A command in a `run:` script that changes a manifest or lockfile instead of installing from it. */
export interface MutatingInstall extends Span {
  /** What was run, as a user would name it: "uv add", "npm install <pkg>". */
  command: string;
  /** The CI-safe way to get the same result. */
  instead: string;
}

interface Word extends Span {
  text: string;
}

const PYTHON_TOOL = 'pip install <pkg> or a pinned requirements file for a one-off tool';

/** Per tool: the subcommand that edits the manifest, and what to run in CI instead. */
const MUTATORS: { tool: string; sub: string[]; needsPackage?: boolean; global?: string[]; instead: string }[] = [
  { tool: 'uv', sub: ['add'], instead: `uv sync --locked (add the dependency in the repository), or ${PYTHON_TOOL}` },
  {
    tool: 'poetry',
    sub: ['add'],
    instead: `poetry install (or poetry sync) from the committed poetry.lock, or ${PYTHON_TOOL}`,
  },
  {
    tool: 'pipenv',
    sub: ['install'],
    needsPackage: true,
    instead: 'pipenv install --deploy (or pipenv sync) from the committed Pipfile.lock',
  },
  { tool: 'pdm', sub: ['add'], instead: 'pdm install --frozen-lockfile (or pdm sync) from the committed pdm.lock' },
  {
    tool: 'npm',
    sub: ['install', 'i', 'add', 'in', 'isntall'],
    needsPackage: true,
    global: ['-g', '--global', '--no-save'],
    instead: 'npm ci (add the package to package.json in the repository)',
  },
  {
    tool: 'yarn',
    sub: ['add'],
    instead: 'yarn install --immutable (Yarn 2+) or yarn install --frozen-lockfile (Yarn 1)',
  },
  { tool: 'pnpm', sub: ['add'], global: ['-g', '--global'], instead: 'pnpm install --frozen-lockfile' },
  { tool: 'bun', sub: ['add'], global: ['-g', '--global'], instead: 'bun install --frozen-lockfile' },
  {
    tool: 'cargo',
    sub: ['add'],
    instead: 'add the dependency to Cargo.toml in the repository and build with --locked',
  },
  {
    tool: 'go',
    sub: ['get'],
    instead: 'go mod download with go.mod and go.sum committed, or go install <pkg>@<version> for a tool',
  },
];

const MUTATING_SUBCOMMAND = new RegExp(`\\b(${[...new Set(MUTATORS.flatMap((m) => m.sub))].join('|')})\\b`);

/** Commands that start a throwaway project: an add after them edits that project, not the repository's. */
const PROJECT_INIT: Record<string, string[]> = {
  uv: ['init'],
  poetry: ['new', 'init'],
  pdm: ['init'],
  npm: ['init', 'create'],
  yarn: ['init', 'create'],
  pnpm: ['init', 'create'],
  bun: ['init', 'create'],
  cargo: ['new', 'init'],
  go: ['mod'],
};

// Wrappers that run the next word as the command.
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'exec', 'nice', 'then', 'do', 'else', '!']);
/** A directory that lives only for the job: a project made there is thrown away. */
export const TEMP_DIR = /mktemp|\/tmp\b|RUNNER_TEMP|runner\.temp|TMPDIR/;

/**
 * Scans a script (text[region]) command by command. In a literal block a line break ends a
 * command; in folded and plain scalars line breaks are spaces. A `\` at a line end continues it.
 */
export function findMutatingInstalls(
  text: string,
  region: Span,
  lineBreaksSeparate: boolean,
  startsInTempDir = false,
): MutatingInstall[] {
  const found: MutatingInstall[] = [];
  // Word-splitting every script is the costly part; most never name a subcommand that edits a manifest.
  if (!MUTATING_SUBCOMMAND.test(text.slice(region.start, region.end))) return found;
  let throwaway = startsInTempDir;
  for (const command of splitCommands(text, region, lineBreaksSeparate)) {
    const words = stripWrappers(command);
    if (words.length < 2) continue;
    // `./uv`, `.\uv.exe` and `/usr/local/bin/uv` are all uv.
    const tool = words[0].text
      .split(/[/\\]/)
      .pop()!
      .replace(/\.exe$/i, '');
    const sub = words[1].text;
    if (
      tool === 'cd' &&
      TEMP_DIR.test(
        words
          .slice(1)
          .map((w) => w.text)
          .join(' '),
      )
    )
      throwaway = true;
    if (PROJECT_INIT[tool]?.includes(sub) && (tool !== 'go' || words[2]?.text === 'init')) throwaway = true;
    if (throwaway) continue;
    const mutator = MUTATORS.find((m) => m.tool === tool && m.sub.includes(sub));
    if (!mutator) continue;
    const args = words.slice(2).map((w) => w.text);
    if (mutator.global && args.some((a) => mutator.global!.includes(a))) continue;
    if (mutator.needsPackage && !args.some((a) => !a.startsWith('-'))) continue;
    if (tool === 'uv' && args.includes('--script')) continue;
    found.push({
      start: words[0].start,
      end: command[command.length - 1].end,
      command: `${tool} ${sub}${mutator.needsPackage ? ' <pkg>' : ''}`,
      instead: mutator.instead,
    });
  }
  return found;
}

function stripWrappers(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && (WRAPPERS.has(words[i].text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text))) i++;
  return words.slice(i);
}

/** Shell-ish words grouped into commands, with their offsets; quotes keep a word whole. */
function splitCommands(text: string, region: Span, lineBreaksSeparate: boolean): Word[][] {
  const commands: Word[][] = [];
  let current: Word[] = [];
  const endCommand = (): void => {
    if (current.length) commands.push(current);
    current = [];
  };
  let i = region.start;
  while (i < region.end) {
    const ch = text[i];
    if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 3 : 2;
    } else if (ch === '\n') {
      if (lineBreaksSeparate) endCommand();
      i++;
    } else if (ch === '#' && (i === region.start || isSpace(text[i - 1]))) {
      // A shell comment runs to the end of the line.
      while (i < region.end && text[i] !== '\n') i++;
    } else if (SEPARATORS.has(ch)) {
      endCommand();
      i++;
    } else if (isSpace(ch)) {
      i++;
    } else {
      const start = i;
      while (i < region.end && !isSpace(text[i]) && !SEPARATORS.has(text[i])) {
        if (text[i] === '"' || text[i] === "'") {
          const close = text.indexOf(text[i], i + 1);
          i = close === -1 || close >= region.end ? region.end : close + 1;
        } else if (text[i] === '$' && text[i + 1] === '(') {
          // `$(mktemp -d)` stays one word.
          i = pastClosing(text, i + 1, region.end);
        } else {
          i++;
        }
      }
      current.push({ start, end: i, text: text.slice(start, i).replace(/^["']|["']$/g, '') });
    }
  }
  endCommand();
  return commands;
}

const SEPARATORS = new Set([';', '|', '&', '(', ')', '`']);
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
