import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser } from './tree-sitter.cjs';

export type { Node as ShellNode } from 'web-tree-sitter';

// Kept in a variable so the bundler leaves the URLs below to run time (it would re-encode the binary files).
const here = import.meta.url;

/** A .wasm file: bundled, beside the chunk (the build copies it there); from source, in its package. */
function wasm(packagePath: string): Buffer {
  const beside = new URL(packagePath.slice(packagePath.lastIndexOf('/') + 1), here);
  return readFileSync(existsSync(beside) ? beside : createRequire(here).resolve(packagePath));
}

let loading: Promise<Parser> | undefined;

/**
 * tree-sitter with its bash grammar, both WebAssembly (see "Design notes" in the README for why
 * this parser). Loaded once per thread, on the first audit.
 */
export function loadShellParser(): Promise<Parser> {
  loading ??= (async () => {
    // Keep the WebAssembly on V8's baseline compiler (Liftoff). Left to tier up, V8 recompiles the
    // grammar's lexer, one huge function, with TurboFan in each thread: over the bench's 1,000 files
    // that cost 0.35 s of CPU and 35 MB on Node 20, and took the process to 700 MB on Node 24, for a
    // parse that is a small share of the audit. Process-wide, and only WebAssembly reads them; set
    // before the first module is compiled (every thread calls this before it loads the grammar).
    setFlagsFromString('--no-wasm-dynamic-tiering');
    setFlagsFromString('--no-wasm-tier-up');
    // The CommonJS build reads __dirname, which an ES module bundle lacks: the chunk's directory stands in.
    (globalThis as { __dirname?: string }).__dirname ??= fileURLToPath(new URL('.', here));
    await Parser.init({ wasmBinary: wasm('web-tree-sitter/web-tree-sitter.wasm') });
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasm('tree-sitter-bash/tree-sitter-bash.wasm')));
    return parser;
  })();
  return loading;
}
