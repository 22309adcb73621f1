import { readFileSync } from 'node:fs';
import { bundledPackageDirs, packageDir } from '../scripts/licenses.js';

const LOADERS =
  '/r/node_modules/@vercel/ncc/dist/ncc/loaders/empty-loader.js!/r/node_modules/@vercel/ncc/dist/ncc/loaders/ts-loader.js??ruleSet[1]';

describe('dist/licenses.txt', () => {
  it('names every package the bundles can contain (each runtime package of the lockfile), with its version and licence text', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { name?: string; version: string; dev?: boolean; license?: string }>;
    };
    // A package of type definitions only (@octokit/types, @octokit/openapi-types) has no code to bundle.
    const hasCode = (path: string) => {
      const manifest = JSON.parse(readFileSync(`${path}/package.json`, 'utf8')) as { main?: string; exports?: unknown };
      return Boolean(manifest.main) || manifest.exports !== undefined || !('types' in manifest);
    };
    // Runtime dependencies that no bundle can contain, each with why.
    const NEVER_BUNDLED: Record<string, string> = {
      'node_modules/dashdash': "sshpk's command-line tools (bin/sshpk-conv, …) only",
      'node_modules/getpass': "sshpk's command-line tools only",
    };
    const runtime = Object.entries(lock.packages).filter(
      ([path, p]) => path && !p.dev && hasCode(path) && !(path in NEVER_BUNDLED),
    );
    // The action's bundle and the preflight command's (dist/cli/) together hold every runtime package.
    const text = ['dist/licenses.txt', 'dist/cli/licenses.txt'].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(runtime.length).toBeGreaterThan(0);
    for (const [path, { name: realName, version, license }] of runtime) {
      // A package installed under an alias (yaml-cst is yaml 3) is listed by its own name.
      const name = realName ?? path.replace(/^.*node_modules\//, '');
      // The section's head, then (after any repository line) the licence file's text up to the next section.
      const head = `\n${name} ${version}\nLicense: ${license}\n`;
      expect({ name, listed: text.includes(head) }).toEqual({ name, listed: true });
      const body = text.slice(text.indexOf(head) + head.length).split(/\n-{72}\n/)[0];
      // A few packages (assert-plus, under sshpk) ship no licence file: then the licence package.json names is said.
      expect(body).toMatch(/permission|copyright|ships no licence file; package.json names \S+/i);
    }
  });
});

describe('scripts/licenses.js', () => {
  it.each([
    [
      'a module behind loaders',
      `${LOADERS}!/r/node_modules/@actions/core/lib/core.js`,
      '/r/node_modules/@actions/core',
    ],
    ['a concatenated module', `javascript/esm|${LOADERS}!/r/node_modules/zod/v4/index.js|f129`, '/r/node_modules/zod'],
    ['a nested dependency', '/r/node_modules/a/node_modules/b/lib/x.js', '/r/node_modules/a/node_modules/b'],
    ['an unscoped package', 'javascript/dynamic|/r/node_modules/yaml/dist/index.js', '/r/node_modules/yaml'],
    ['a Windows path', 'C:\\r\\node_modules\\@actions\\io\\lib\\io.js', 'C:/r/node_modules/@actions/io'],
    ['the project itself', `${LOADERS}!/r/src/main.ts|6b07`, undefined],
  ])('finds the package of %s', (_name, identifier, dir) => {
    expect(packageDir(identifier)).toBe(dir);
  });

  it('counts modules in an output chunk and those concatenated into one, not modules left out', () => {
    const stats = {
      modules: [
        {
          identifier: `${LOADERS}!/r/src/main.ts|1`,
          chunks: [792],
          modules: [{ identifier: '/r/node_modules/@actions/core/lib/core.js', chunks: [] }],
        },
        { identifier: '/r/node_modules/undici/index.js', chunks: [792] },
        { identifier: '/r/node_modules/yaml/dist/index.js', chunks: [815] },
        { identifier: '/r/node_modules/unused/index.js', chunks: [] },
      ],
    };
    expect(bundledPackageDirs(stats)).toEqual([
      '/r/node_modules/@actions/core',
      '/r/node_modules/undici',
      '/r/node_modules/yaml',
    ]);
  });
});
