import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
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
    // The CommonJS build reads __dirname, which an ES module bundle lacks: the chunk's directory stands in.
    (globalThis as { __dirname?: string }).__dirname ??= fileURLToPath(new URL('.', here));
    await Parser.init({ wasmBinary: wasm('web-tree-sitter/web-tree-sitter.wasm') });
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasm('tree-sitter-bash/tree-sitter-bash.wasm')));
    return parser;
  })();
  return loading;
}
