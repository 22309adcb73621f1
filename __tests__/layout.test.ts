import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The seams of src/ that ARCHITECTURE.md draws, checked on the import graph itself. */

const SRC = resolve('src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(SRC, f));

/** Every relative import of a file, static or dynamic, type-only included, as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
}

const edges = files.flatMap((file) => importsOf(file).map((to) => ({ from: relative(SRC, file), to })));

/** A folder of src/ (esc, report, …), or a file at the top of src/, which stands alone. */
const unit = (path: string): string => (path.includes('/') ? `${path.split('/')[0]}/` : path);

/** The loops of a graph, each as the list of its nodes (strongly connected components of two or more). */
function loops(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function folderGraph(list: readonly { from: string; to: string }[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of list) {
    const [a, b] = [unit(from), unit(to)];
    if (!graph.has(a)) graph.set(a, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  return graph;
}

it('reads the imports of src/ (a check that could not see an import would prove nothing)', () => {
  expect(edges).toContainEqual({ from: 'main.ts', to: 'report/publish.ts' });
  expect(edges).toContainEqual({ from: 'main.ts', to: 'modes/sync.ts' }); // a dynamic import
  expect(edges).toContainEqual({ from: 'modes/sync.ts', to: 'report/run-report.ts' }); // a type-only import
});

it('has no import loop between the folders of src/', () => {
  expect(loops(folderGraph(edges))).toEqual([]);
});

it('finds a loop when there is one, so the check above can fail', () => {
  const withLoop = [...edges, { from: 'esc/client.ts', to: 'modes/sync.ts' }];
  expect(loops(folderGraph(withLoop))).toEqual([['esc/', 'modes/']]);
});

it('keeps the reporter apart from ESC: it shows data and fetches nothing', () => {
  expect(edges.filter((e) => e.from.startsWith('report/') && e.to.startsWith('esc/'))).toEqual([]);
});

it('reads environment variables only through RunnerEnv', () => {
  const direct = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ at: `${relative(SRC, file)}:${i + 1}`, line }))
      .filter(({ line }) => /process\.env(\.[A-Za-z_]|\[\s*['"`])/.test(line))
      .map(({ at }) => at),
  );
  expect(direct).toEqual([]);
});
